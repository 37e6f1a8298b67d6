import { validatePlan } from '../../../src/domain/validate/plan';
import { makeInvestment, makePlan, th } from '../../helpers/plan';
import { describeRules, type RuleCase } from './case';

const INV = 'Tiltak investering';
const inv = makeInvestment;
const plan = (...investment: ReturnType<typeof inv>[]) => makePlan({ operating: [], investment });

/** Verdal 6.2 "4 Småhus": Kostnadsramme 3 mill typed as 3 000 thousand, Lån typed as 3 (thousand), spent in year 1. */
const smaahus = (o: Parameters<typeof inv>[0] = {}) =>
  inv({
    measure: '4 Småhus',
    ref: '20',
    budget: th(3000),
    years: [th(3000), null, null, null],
    finVat: null,
    finGrant: null,
    finLoan: th(3),
    ...o,
  });

const cases: RuleCase[] = [
  {
    name: 'costed, no amounts',
    code: 'costed-without-amounts',
    fail: plan(inv({ budget: null, years: [null, null, null, null], finVat: null, finGrant: null, finLoan: null })),
    pass: plan(inv()),
    sheet: INV,
    cell: 'F2',
    measureId: 'I-001',
  },
  {
    name: 'to be assessed, but a budget',
    code: 'amounts-without-costing',
    fail: plan(inv({ costStatus: 'Må utredes' })),
    pass: plan(
      inv({
        costStatus: 'Må utredes',
        budget: null,
        years: [null, null, null, null],
        finVat: null,
        finGrant: null,
        finLoan: null,
      }),
    ),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
  {
    name: 'phasing short',
    code: 'investment-phasing',
    fail: plan(inv({ years: [th(1000), th(1500), null, null] })),
    pass: plan(inv()),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
  {
    name: 'phasing with before and after',
    code: 'investment-phasing',
    fail: plan(inv({ before: th(500), after: th(500) })),
    pass: plan(inv({ before: th(500), years: [th(500), th(1500), null, null], after: th(500) })),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
  {
    name: 'financing short',
    code: 'investment-financing-sum',
    fail: plan(inv({ finLoan: th(1000) })),
    pass: plan(inv()),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
  {
    name: 'VAT on rental housing',
    code: 'vat-on-rental',
    fail: plan(inv({ purpose: 'Utleiebolig' })),
    pass: plan(inv({ purpose: 'Utleiebolig', finVat: null, finLoan: th(2000) })),
    sheet: INV,
    cell: 'P2',
    measureId: 'I-001',
  },
  {
    name: 'VAT above 20 %',
    code: 'vat-share',
    fail: plan(inv({ finVat: th(601), finLoan: th(1399) })),
    pass: plan(inv({ finVat: th(600), finLoan: th(1400) })),
    sheet: INV,
    cell: 'P2',
    measureId: 'I-001',
  },
  {
    name: 'budget under 100 000 kr',
    code: 'below-investment-threshold',
    fail: plan(
      inv({
        budget: th(99.999),
        years: [th(99.999), null, null, null],
        finVat: null,
        finGrant: null,
        finLoan: th(99.999),
      }),
    ),
    pass: plan(
      inv({ budget: th(100), years: [th(100), null, null, null], finVat: null, finGrant: null, finLoan: th(100) }),
    ),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
  {
    name: 'costed without project number',
    code: 'project-missing',
    fail: plan(inv({ project: '' })),
    pass: plan(
      inv({
        project: '',
        costStatus: 'Må utredes',
        budget: null,
        years: [null, null, null, null],
        finVat: null,
        finGrant: null,
        finLoan: null,
      }),
    ),
    sheet: INV,
    cell: 'G2',
    measureId: 'I-001',
  },
  {
    name: 'Verdal 6.2 4 Småhus',
    code: 'unit-suspect',
    fail: plan(smaahus()),
    pass: plan(smaahus({ finLoan: th(3000) })),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
  {
    name: 'Kostnadsramme typed in mill kr',
    code: 'unit-suspect',
    fail: plan(smaahus({ budget: th(3), finLoan: th(3000) })),
    pass: plan(smaahus({ budget: th(3000), finLoan: th(3000) })),
    sheet: INV,
    cell: 'I2',
    measureId: 'I-001',
  },
];

describeRules('investment rules', cases);

describe('investment rules, details', () => {
  it('the default project has no finding', () => {
    expect(validatePlan(plan(inv()))).toEqual([]);
  });

  it('Verdal 6.2 4 Småhus: unit-suspect at Kostnadsramme and no investment-financing-sum', () => {
    const findings = validatePlan(plan(smaahus()));
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['unit-suspect', 'I2']]);
    expect(findings[0]?.params).toMatchObject({
      column: 'Kostnadsramme',
      expected: 3_000_000,
      actual: 3_000,
      side: 'financing',
      from: 3_000,
      proposed: 3_000_000,
      rule: 'investment-financing-sum',
    });
  });

  it('unit-suspect on the budget side proposes converting the budget', () => {
    const f = validatePlan(plan(smaahus({ budget: th(3), finLoan: th(3000) }))).find((x) => x.code === 'unit-suspect');
    expect(f?.params).toMatchObject({ side: 'base', from: 3_000, proposed: 3_000_000 });
  });

  it('vat-share params carry the 20 % limit', () => {
    const f = validatePlan(plan(inv({ finVat: th(601), finLoan: th(1399) }))).find((x) => x.code === 'vat-share');
    expect(f?.params).toMatchObject({ vat: 601_000, budget: 3_000_000, limit: 600_000, percent: 20 });
  });
});
