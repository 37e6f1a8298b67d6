import { validatePlan } from '../../../src/domain/validate/plan';
import { isKnownRef, planRefSet } from '../../../src/domain/validate/rows';
import { makeInvestment, makeOperating, makePlan } from '../../helpers/plan';
import { describeRules, type RuleCase } from './case';

const OP = 'Tiltak drift';
const INV = 'Tiltak investering';
const op = makeOperating;
const plan = (...operating: ReturnType<typeof op>[]) => makePlan({ operating, investment: [] });

const cases: RuleCase[] = [
  {
    name: 'empty ID',
    code: 'id-missing',
    fail: plan(op({ id: ' ' })),
    pass: plan(op()),
    sheet: OP,
    cell: 'A2',
    measureId: undefined,
  },
  {
    name: 'same ID in both tables',
    code: 'id-duplicate',
    fail: makePlan({ operating: [op()], investment: [makeInvestment({ id: 'D-001', row: 5 })] }),
    pass: makePlan(),
    sheet: INV,
    cell: 'A5',
    measureId: 'D-001',
  },
  {
    name: 'same ID twice in one table',
    code: 'id-duplicate',
    fail: plan(op(), op({ row: 3, priority: 2 })),
    pass: plan(op(), op({ row: 3, priority: 2, id: 'D-002' })),
    sheet: OP,
    cell: 'A3',
    measureId: 'D-001',
  },
  {
    // As the reconciliation matches IDs (§10: case and outer spaces aside), d-001 is D-001 again.
    name: 'same ID up to case in one table',
    code: 'id-duplicate',
    fail: plan(op(), op({ row: 3, priority: 2, id: 'd-001' })),
    pass: plan(op(), op({ row: 3, priority: 2, id: 'd-002' })),
    sheet: OP,
    cell: 'A3',
    measureId: 'd-001',
  },
  {
    name: 'no section',
    code: 'section-invalid',
    fail: plan(op({ section: '' })),
    pass: plan(op()),
    sheet: OP,
    cell: 'B2',
    measureId: 'D-001',
  },
  {
    name: 'section not in list',
    code: 'section-invalid',
    fail: plan(op({ section: 'Bolig' })),
    pass: makePlan({ operating: [op({ section: 'Bolig' })], investment: [], lists: { sections: [] } }),
    sheet: OP,
    cell: 'B2',
    measureId: 'D-001',
  },
  {
    name: 'no section with an empty list',
    code: 'section-invalid',
    fail: makePlan({ operating: [op({ section: '' })], investment: [], lists: { sections: [] } }),
    pass: makePlan({ operating: [op()], investment: [], lists: { sections: [] } }),
    sheet: OP,
    cell: 'B2',
    measureId: 'D-001',
  },
  {
    name: 'no priority',
    code: 'priority-invalid',
    fail: plan(op({ priority: null })),
    pass: plan(op()),
    sheet: OP,
    cell: 'C2',
    measureId: 'D-001',
  },
  {
    name: 'fractional priority',
    code: 'priority-invalid',
    fail: plan(op({ priority: 1.5 })),
    pass: plan(op()),
    sheet: OP,
    cell: 'C2',
    measureId: 'D-001',
  },
  {
    name: 'priority 0',
    code: 'priority-invalid',
    fail: plan(op({ priority: 0 })),
    pass: plan(op()),
    sheet: OP,
    cell: 'C2',
    measureId: 'D-001',
  },
  {
    name: 'priority twice in a section',
    code: 'priority-duplicate',
    fail: plan(op(), op({ row: 3, id: 'D-002' })),
    pass: plan(op(), op({ row: 3, id: 'D-002', section: 'Organisasjon' })),
    sheet: OP,
    cell: 'C3',
    measureId: 'D-002',
  },
  {
    name: 'same priority in the two tables is fine',
    code: 'priority-duplicate',
    fail: plan(op(), op({ row: 3, id: 'D-002' })),
    pass: makePlan({ operating: [op()], investment: [makeInvestment()] }),
    sheet: OP,
    cell: 'C3',
    measureId: 'D-002',
  },
  {
    name: 'no measure text',
    code: 'measure-missing',
    fail: plan(op({ measure: '' })),
    pass: plan(op()),
    sheet: OP,
    cell: 'E2',
    measureId: 'D-001',
  },
  {
    name: 'no status',
    code: 'status-invalid',
    fail: plan(op({ costStatus: '' })),
    pass: plan(op()),
    sheet: OP,
    cell: 'G2',
    measureId: 'D-001',
  },
  {
    name: 'unknown status (investment)',
    code: 'status-invalid',
    fail: makePlan({ operating: [], investment: [makeInvestment({ costStatus: 'Kanskje' })] }),
    pass: makePlan({ operating: [], investment: [makeInvestment()] }),
    sheet: INV,
    cell: 'F2',
    measureId: 'I-001',
  },
  {
    name: 'no responsible',
    code: 'responsible-missing',
    fail: plan(op({ responsible: '' })),
    pass: plan(op()),
    sheet: OP,
    cell: 'R2',
    measureId: 'D-001',
  },
  {
    name: 'area not in list',
    code: 'area-invalid',
    fail: plan(op({ areas: ['Oppvekst', 'Kultur'] })),
    pass: makePlan({ operating: [op({ areas: ['Kultur'] })], investment: [], lists: { areas: [] } }),
    sheet: OP,
    cell: 'S2',
    measureId: 'D-001',
  },
  {
    name: 'unknown frame',
    code: 'frame-invalid',
    fail: plan(op({ frame: 'R9' })),
    pass: plan(op({ frame: 'R1' })),
    sheet: OP,
    cell: 'T2',
    measureId: 'D-001',
  },
  {
    name: 'priorities 1, 3',
    code: 'priority-gap',
    fail: plan(op(), op({ row: 3, id: 'D-002', priority: 3 })),
    pass: plan(op(), op({ row: 3, id: 'D-002', priority: 2 })),
    sheet: OP,
    cell: 'C2',
    measureId: 'D-001',
  },
  {
    name: 'priorities starting at 2',
    code: 'priority-gap',
    fail: plan(op({ section: 'Organisasjon', priority: 2 })),
    pass: plan(op({ section: 'Organisasjon' })),
    sheet: OP,
    cell: 'C2',
    measureId: 'D-001',
  },
  {
    name: 'no plan area',
    code: 'area-missing',
    fail: plan(op({ areas: [] })),
    pass: plan(op()),
    sheet: OP,
    cell: 'S2',
    measureId: 'D-001',
  },
  {
    name: 'ref not in tblHandlingsplan',
    code: 'ref-unknown',
    fail: makePlan({ operating: [op({ ref: '14' })], investment: [], planRefs: ['1', '2'] }),
    pass: makePlan({ operating: [op({ ref: '7.1/15' })], investment: [], planRefs: ['15'] }),
    sheet: OP,
    cell: 'D2',
    measureId: 'D-001',
  },
  {
    name: 'ref without tblHandlingsplan is not checked',
    code: 'ref-unknown',
    fail: makePlan({ operating: [op({ ref: '99' })], investment: [], planRefs: [] }),
    pass: makePlan({ operating: [op({ ref: '99' })], investment: [], planRefs: null }),
    sheet: OP,
    cell: 'D2',
    measureId: 'D-001',
  },
];

describeRules('row rules', cases);

describe('row rules, counts', () => {
  it('reports each unknown area and each later duplicate', () => {
    const p = plan(op({ areas: ['Kultur', 'Idrett'] }), op({ row: 3, id: 'D-002' }), op({ row: 4, id: 'D-003' }));
    const codes = validatePlan(p).map((f) => `${f.code}@${f.cell}`);
    expect(codes.filter((c) => c.startsWith('area-invalid'))).toEqual(['area-invalid@S2', 'area-invalid@S2']);
    expect(codes.filter((c) => c.startsWith('priority-duplicate'))).toEqual([
      'priority-duplicate@C3',
      'priority-duplicate@C4',
    ]);
  });

  it('does not report a gap twice for duplicates or for rows without a section', () => {
    const p = plan(
      op(),
      op({ row: 3, id: 'D-002' }),
      op({ row: 4, id: 'D-003', priority: 2 }),
      op({ row: 5, id: 'D-004', section: '', priority: 7 }),
    );
    expect(validatePlan(p).map((f) => f.code)).not.toContain('priority-gap');
  });

  it.each([
    ['15', ['15'], true],
    ['7.1/15', ['7.1'], true],
    ['7.1/15', ['7.1/15'], true],
    [' 15 ', ['15'], true],
    ['7.2/16', ['7.1', '15'], false],
  ])('isKnownRef(%p, %p) = %p', (ref, refs, known) => {
    expect(isKnownRef(ref, planRefSet(refs) ?? new Set())).toBe(known);
  });
});
