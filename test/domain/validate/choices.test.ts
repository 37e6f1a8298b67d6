/**
 * The choice columns the rules act on (SPEC §4 Type, §5 Formål): a value typed outside the choices turns
 * rules off without a word (an unknown Type is neither Varig nor Engangs; «Utleie» is not Utleiebolig), so it
 * is an error at its own cell. Known values in another case are the choice (parseChoice), not errors.
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { makeInvestment, makeOperating, makePlan } from '../../helpers/plan';
import { describeRules, type RuleCase } from './case';

const OP = 'Tiltak drift';
const INV = 'Tiltak investering';
const ops = (...operating: ReturnType<typeof makeOperating>[]) => makePlan({ operating, investment: [] });
const invs = (...investment: ReturnType<typeof makeInvestment>[]) => makePlan({ operating: [], investment });

// Canonical operating columns: ID A, Seksjon B, Prioritet C, Ref. D, Tiltak E, Type F.
// Canonical investment columns: ID A … Kostnadsstatus F, Prosjektnr G, Formål H.
const cases: RuleCase[] = [
  {
    name: 'Type «Engang» (a typo of Engangs)',
    code: 'type-invalid',
    fail: ops(makeOperating({ kind: 'Engang' })),
    pass: ops(makeOperating({ kind: 'varig' })),
    sheet: OP,
    cell: 'F2',
    measureId: 'D-001',
  },
  {
    // Not only costed rows: the Type is what a roll forward goes by whatever the status.
    name: 'Type «Permanent» on a row still to be costed',
    code: 'type-invalid',
    fail: ops(makeOperating({ row: 4, kind: 'Permanent', costStatus: 'Må utredes', years: [null, null, null, null] })),
    pass: ops(makeOperating({ row: 4, kind: 'Varig', costStatus: 'Må utredes', years: [null, null, null, null] })),
    sheet: OP,
    cell: 'F4',
    measureId: 'D-001',
  },
  {
    name: 'Formål «Utleie» (not Utleiebolig)',
    code: 'purpose-invalid',
    fail: invs(makeInvestment({ purpose: 'Utleie' })),
    pass: invs(makeInvestment({ purpose: ' utleiebolig ' })),
    sheet: INV,
    cell: 'H2',
    measureId: 'I-001',
  },
];

describeRules('choice columns', cases);

describe('choice columns, what is not an error', () => {
  it('an empty Type (SPEC §4: Varig) and an empty Formål (§5 names no default rule) give no finding', () => {
    const p = makePlan({ operating: [makeOperating({ kind: '' })], investment: [makeInvestment({ purpose: '' })] });
    const codes = validatePlan(p).map((f) => f.code);
    expect(codes).not.toContain('type-invalid');
    expect(codes).not.toContain('purpose-invalid');
  });

  it('quotes the value as typed and the choices, in their canonical spelling', () => {
    const p = makePlan({
      operating: [makeOperating({ kind: ' Engang ' })],
      investment: [makeInvestment({ purpose: 'Utleie' })],
    });
    const params = validatePlan(p)
      .filter((f) => f.code === 'type-invalid' || f.code === 'purpose-invalid')
      .map((f) => [f.code, f.params]);
    expect(params).toEqual([
      ['type-invalid', { value: 'Engang', allowed: 'Varig, Engangs' }],
      ['purpose-invalid', { value: 'Utleie', allowed: 'Utleiebolig, Omsorgsbolig, Lokaler, Annet' }],
    ]);
  });
});
