/**
 * Two items of Avstemming sharing their key (Kode, Ref, År, Finansieringskilde): two economy plan lines Ref D-9 in
 * 2027 that no measure claims. The user's Status and Kommentar (SPEC §10) stay with the line they were given to when
 * finance sorts the economy plan (the lines' order, hence the items', changes) or changes one line's amount — never
 * swapped onto the other line's row, where a reviewed «Akseptert» would look like work done.
 */
import { kr } from '../../../src/domain/model/money';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { miljoteamPlan, plainTexts } from '../../helpers/reconciliationSheet';

const { wb, plan } = miljoteamPlan(false);

/** Line Ref D-9 in 2027 at Økonomiplan!I`row`, `amount` kr, matching no measure. */
const line = (amount: number, row: number): ReconciliationItem => ({
  code: 'economy-plan-line-unmatched',
  class: 'mismatch',
  severity: 'warning',
  ref: 'D-9',
  year: 2027,
  measures: kr(0),
  economyPlan: kr(amount),
  difference: kr(-amount),
  cells: { economyPlan: `Økonomiplan!I${row}` },
});

const run = (items: ReconciliationItem[], on: WorkbookSnapshot) =>
  applyEdits(on, editsOf(planReconciliation(items, plan, on, plainTexts)));

/** Økonomiplan (J), Status (O) and Kommentar (P) of each body row (the plan is in 1000 kr). */
const rows = (on: WorkbookSnapshot) =>
  on.sheets
    .find((s) => s.sheet === 'Avstemming')
    ?.values.slice(1)
    .map((r) => [r[9], r[14], r[15]]);

/** Line I3 (100 000 kr) accepted with a comment, line I4 (250 000 kr) corrected with another. */
function reviewed(): WorkbookSnapshot {
  const first = run([line(100_000, 3), line(250_000, 4)], wb);
  expect(rows(first)).toEqual([
    [100, 'Åpen', null],
    [250, 'Åpen', null],
  ]);
  let edited = setCell(first, 'Avstemming', 'O2', 'Akseptert');
  edited = setCell(edited, 'Avstemming', 'P2', 'Godkjent av økonomi');
  edited = setCell(edited, 'Avstemming', 'O3', 'Rettet');
  return setCell(edited, 'Avstemming', 'P3', 'Flyttet til 2028');
}

describe('Avstemming: items sharing a key keep their own Status and Kommentar', () => {
  it('the economy plan sorted (the 250 000 kr line now first): each line keeps its own', () => {
    const again = run([line(250_000, 3), line(100_000, 4)], reviewed());
    expect(rows(again)).toEqual([
      [250, 'Rettet', 'Flyttet til 2028'],
      [100, 'Akseptert', 'Godkjent av økonomi'],
    ]);
  });

  it('the second line’s amount changed to the first’s old one, order kept: each line keeps its own', () => {
    const again = run([line(100_000, 3), line(100_000, 4)], reviewed());
    expect(rows(again)).toEqual([
      [100, 'Akseptert', 'Godkjent av økonomi'],
      [100, 'Rettet', 'Flyttet til 2028'],
    ]);
  });

  it('the first line’s amount changed, order kept: each line keeps its own (by order, as before)', () => {
    const again = run([line(120_000, 3), line(250_000, 4)], reviewed());
    expect(rows(again)).toEqual([
      [120, 'Akseptert', 'Godkjent av økonomi'],
      [250, 'Rettet', 'Flyttet til 2028'],
    ]);
  });
});
