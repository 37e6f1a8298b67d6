/**
 * A total row among many rows with no text (review of aceb4d8..451f611): each textless row not costed asked for the
 * rows above it (`table.filter`) and summed them, so 2 000 such rows took 6.8 s and 10 000 took 206 s (measured);
 * now running sums made once per table (rowsAboveOf). What this asserts is the verdict at that size, worked by
 * hand; its speed is the bench's and the review's measurement, not an assertion here (10 000 rows ran in seconds
 * before the fix only by leaving the amounts out, which now returns before any sum).
 *
 * 2 000 rows (sheet rows 2–2001), no text, no ID, 1 000 kr in 2027 each (amounts in kroner: 1 000 000 kr):
 * row 2 has no row above, row 3 one (a total needs two), row r ≥ 4 has (r − 2) rows above summing to
 * (r − 2) × 1 000 000 ≠ 1 000 000: none is a total row. Row 2002: 2 000 × 1 000 000 = 2 000 000 000 kr in 2027,
 * the sum of the 2 000 rows above, the other amounts 0 as theirs: a total row, the only one.
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { makeOperating, makePlan, th } from '../../helpers/plan';

const N = 2_000;
/** Sheet row `r`, `first` thousand kroner in 2027. */
const row = (r: number, first: number) =>
  makeOperating({
    row: r,
    id: '',
    priority: null,
    ref: '',
    measure: '',
    section: '',
    costStatus: '',
    years: [th(first), null, null, null],
    periodSum: th(first),
    fullYear: null,
    finNew: null,
  });

it('2 000 textless rows of 1 000 000 kr are no total rows; the row of 2 000 000 000 kr under them is', () => {
  const rows = Array.from({ length: N }, (_, i) => row(i + 2, 1_000));
  const findings = validatePlan(makePlan({ operating: [...rows, row(N + 2, 2_000_000)], investment: [] }));
  const totals = findings.filter((f) => f.code === 'amounts-without-costing' && f.params.reason === 'total-row');
  expect(totals.map((f) => f.cell)).toEqual([`H${N + 2}`]);
  expect(findings.filter((f) => f.code === 'amounts-without-costing')).toHaveLength(N + 1);
});
