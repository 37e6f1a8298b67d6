/**
 * Review r29 (medium, both paths — judgement): an older Sammendrag (head without Plannavn, one row shorter) written
 * anew keeps her note in its cell while the product's rows move one down under it, so the note silently annotates
 * another row: «sjekk totalen» typed in L12 beside «Alle seksjoner» ends beside «Organisasjon», with no word.
 *
 * By hand, old layout (the new one without row 2): Drift per seksjon title A8, header A9, «Samfunn og tjenester» A10,
 * «Organisasjon» A11, «Alle seksjoner» A12. Her note in L12 stands beside «Alle seksjoner». New layout: title A9,
 * header A10, A11 Samfunn, A12 Organisasjon, A13 Alle seksjoner. So after the rewrite L12 stands beside
 * «Organisasjon». Expected: her note still beside «Alle seksjoner» (L13), or the run refuses naming Sammendrag!L12
 * — SPEC §11: the product writes around her cell or refuses naming it; moving its own row away from under her note
 * changes what the note says. (summaryOldHead.test.ts documented the drift as intended; this review disagreed.)
 *
 * Fixed (docs/spec.md §11, the owner's decision): the run is refused, naming Sammendrag!L12 and L13, the cell beside
 * «Alle seksjoner» after the run.
 */
import { planSummary } from '../../../src/domain/sheets/summary';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { exampleWithSummary, oldSummaryLayout } from '../../helpers/oldSummary';
import { setCell } from '../../helpers/workbook';

const { plan, totals, fresh } = exampleWithSummary();
const oldLayout = (): WorkbookSnapshot => oldSummaryLayout(fresh, true);

const valueAt = (w: WorkbookSnapshot, row: number, col: number): unknown =>
  w.sheets.find((s) => s.sheet === 'Sammendrag')?.values[row - 1]?.[col - 1] ?? null;

test('her note beside «Alle seksjoner» (L12) refuses the run, naming L12 and L13 beside the same row after it', () => {
  const old = oldLayout();
  expect([valueAt(old, 12, 1), valueAt(old, 12, 12)]).toEqual(['Alle seksjoner', null]);
  const noted = setCell(old, 'Sammendrag', 'L12', 'sjekk totalen');
  expect(planSummary(plan, totals, noted)).toEqual({
    ok: false,
    blocked: [{ sheet: 'Sammendrag', cell: 'L12', rowMoves: { to: 'L13' } }],
  });
});
