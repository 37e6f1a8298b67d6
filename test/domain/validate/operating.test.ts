import { validatePlan } from '../../../src/domain/validate/plan';
import { makeOperating, makePlan, th } from '../../helpers/plan';
import { describeRules, type RuleCase } from './case';

const OP = 'Tiltak drift';
const op = makeOperating;
const plan = (...operating: ReturnType<typeof op>[]) => makePlan({ operating, investment: [] });
/** An Engangs row financed on its period sum, so the full-year rules stay quiet. */
const oneOff = (o: Parameters<typeof op>[0] = {}) =>
  op({ kind: 'Engangs', fullYear: null, years: [th(500), null, null, null], finNew: th(500), ...o });

const cases: RuleCase[] = [
  {
    name: 'costed, no amounts',
    code: 'costed-without-amounts',
    fail: plan(op({ years: [null, null, null, null], fullYear: null, finNew: th(0) })),
    pass: plan(op()),
    sheet: OP,
    cell: 'G2',
    measureId: 'D-001',
  },
  {
    name: 'not costed, an amount in 2028',
    code: 'amounts-without-costing',
    fail: plan(op({ costStatus: 'Må utredes', years: [th(0), th(100), null, null], fullYear: null, finNew: null })),
    pass: plan(op({ costStatus: 'Må utredes', years: [null, null, null, null], fullYear: null, finNew: th(0) })),
    sheet: OP,
    cell: 'I2',
    measureId: 'D-001',
  },
  {
    name: 'no status at all, an amount in 2028',
    code: 'amounts-without-costing',
    fail: plan(op({ costStatus: '', years: [th(0), th(100), null, null], fullYear: null, finNew: null })),
    pass: plan(op({ costStatus: '', years: [null, null, null, null], fullYear: null, finNew: th(0) })),
    sheet: OP,
    cell: 'I2',
    measureId: 'D-001',
  },
  {
    name: 'not costed, only Nye midler',
    code: 'amounts-without-costing',
    fail: plan(op({ costStatus: 'Ukjent', years: [null, null, null, null], fullYear: null })),
    pass: plan(op()),
    sheet: OP,
    cell: 'Q2',
    measureId: 'D-001',
  },
  {
    name: 'financing below full year',
    code: 'financing-sum',
    fail: plan(op({ finNew: th(2000) })),
    pass: plan(op()),
    sheet: OP,
    cell: 'M2',
    measureId: 'D-001',
  },
  {
    name: 'financing vs period sum',
    code: 'financing-sum',
    fail: plan(oneOff({ finNew: th(400) })),
    pass: plan(oneOff()),
    sheet: OP,
    cell: 'L2',
    measureId: 'D-001',
  },
  {
    name: 'financing with zero base',
    code: 'financing-sum',
    fail: plan(oneOff({ years: [th(0), null, null, null], finOther: th(10), finNew: null })),
    pass: plan(oneOff()),
    sheet: OP,
    cell: 'L2',
    measureId: 'D-001',
  },
  {
    name: 'new money against a saving',
    code: 'financing-sign',
    fail: plan(oneOff({ years: [th(-100), null, null, null], finReallocation: th(-200), finNew: th(100) })),
    pass: plan(oneOff({ years: [th(-100), null, null, null], finReallocation: th(-100), finNew: null })),
    sheet: OP,
    cell: 'Q2',
    measureId: 'D-001',
  },
  {
    // Sum periode 1 − 1 = 0 and no Helårsvirkning: the financing −1 + 1 adds up to 0, yet no year can carry the 1.
    name: 'new money on a base of 0 (r18)',
    code: 'financing-sign',
    fail: plan(oneOff({ years: [th(1), th(-1), null, null], finReallocation: th(-1), finNew: th(1) })),
    pass: plan(oneOff({ years: [th(1), th(-1), null, null], finNew: null })),
    sheet: OP,
    cell: 'Q2',
    measureId: 'D-001',
  },
  {
    name: '2029 above full year',
    code: 'year-exceeds-full-year',
    fail: plan(op({ years: [th(600), th(1200), th(2500), th(2400)] })),
    pass: plan(op()),
    sheet: OP,
    cell: 'J2',
    measureId: 'D-001',
  },
  {
    name: 'saving deeper than full year',
    code: 'year-exceeds-full-year',
    fail: plan(op({ years: [th(-3000), th(-2400), th(-2400), th(-2400)], fullYear: th(-2400), finNew: th(-2400) })),
    pass: plan(op({ years: [th(-600), th(-2400), th(-2400), th(-2400)], fullYear: th(-2400), finNew: th(-2400) })),
    sheet: OP,
    cell: 'H2',
    measureId: 'D-001',
  },
  {
    name: 'last year short of full year',
    code: 'full-year-not-reached',
    fail: plan(op({ years: [th(600), th(1200), th(1800), th(2000)] })),
    pass: plan(op()),
    sheet: OP,
    cell: 'K2',
    measureId: 'D-001',
  },
  {
    name: 'lasting, no full year given',
    code: 'full-year-not-reached',
    fail: plan(op({ fullYear: null, finNew: th(6000) })),
    pass: plan(oneOff()),
    sheet: OP,
    cell: 'K2',
    measureId: 'D-001',
  },
  {
    name: 'one-off with full year',
    code: 'one-off-full-year',
    fail: plan(op({ kind: 'Engangs' })),
    pass: plan(oneOff()),
    sheet: OP,
    cell: 'M2',
    measureId: 'D-001',
  },
  {
    name: 'new money without frame',
    code: 'frame-missing',
    fail: plan(op({ frame: '' })),
    pass: plan(op({ frame: '', finNew: null, finReallocation: th(2400) })),
    sheet: OP,
    cell: 'T2',
    measureId: 'D-001',
  },
  {
    name: 'Nye midler typed in mill kr (2,4 in a 1000 kr workbook)',
    code: 'unit-suspect',
    fail: plan(op({ finNew: th(2.4) })),
    pass: plan(op()),
    sheet: OP,
    cell: 'M2',
    measureId: 'D-001',
  },
];

describeRules('operating rules', cases);

describe('operating rules, details', () => {
  it('Verdal 6.1 miljøteam (600/1 200/1 800/2 400, full year 2 400, all new money) has no finding', () => {
    expect(validatePlan(plan(op()))).toEqual([]);
  });

  it('unit-suspect replaces financing-sum and carries both amounts and the proposal', () => {
    const findings = validatePlan(plan(op({ finNew: th(2.4) })));
    expect(findings.map((f) => f.code)).toEqual(['unit-suspect']);
    expect(findings[0]?.params).toMatchObject({
      expected: 2_400_000,
      actual: 2_400,
      side: 'financing',
      proposed: 2_400_000,
    });
  });

  it('the identity rules skip rows that are not Beregnet', () => {
    const codes = validatePlan(plan(op({ costStatus: 'Må utredes', finNew: th(1), frame: '', kind: 'Engangs' }))).map(
      (f) => f.code,
    );
    expect(codes).toEqual(['amounts-without-costing']);
  });

  it('reports each financing column with the wrong sign', () => {
    const row = oneOff({
      years: [th(-100), null, null, null],
      finJoint: th(50),
      finReallocation: th(-250),
      finNew: th(100),
    });
    const cells = validatePlan(plan(row))
      .filter((f) => f.code === 'financing-sign')
      .map((f) => f.cell);
    expect(cells).toEqual(['N2', 'Q2']);
  });

  it('financing-sum params: base, financing and the difference', () => {
    const f = validatePlan(plan(op({ finNew: th(2000) }))).find((x) => x.code === 'financing-sum');
    expect(f?.params).toMatchObject({
      column: 'Helårsvirkning',
      base: 2_400_000,
      financing: 2_000_000,
      difference: -400_000,
    });
  });

  it('new money on a base of 0 says why every year gets 0, beside financing-sum when the financing is not 0', () => {
    const zero = validatePlan(
      plan(oneOff({ years: [th(1), th(-1), null, null], finReallocation: th(-1), finNew: th(1) })),
    );
    expect(zero.map((f) => [f.code, f.cell, f.params])).toEqual([
      [
        'financing-sign',
        'Q2',
        { column: 'Nye midler', amount: 1000, base: 0, baseColumn: 'Sum periode', reason: 'zero-base' },
      ],
    ]);
    const alone = validatePlan(plan(oneOff({ years: [th(0), null, null, null], finNew: th(1) })));
    expect(alone.map((f) => `${f.code} ${f.cell}`)).toEqual(['financing-sum L2', 'financing-sign Q2']);
    // The other columns on a base of 0 feed no year: no sign rule for them (as before).
    const others = validatePlan(
      plan(oneOff({ years: [th(1), th(-1), null, null], finJoint: th(1), finOther: th(-1), finNew: null })),
    );
    expect(others).toEqual([]);
  });
});
