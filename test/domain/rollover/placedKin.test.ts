/**
 * A product table the workbook lacks is written beside the others of its canonical sheet
 * (rollover/placed.ts placements), where its kin moved (a review found it at its canonical place, offset 0).
 * Innstillinger moved down 2 rows and right 3 columns under a title (A1) — tblInnstillinger D3:E10,
 * tblSeksjoner G3:G5, tblPlanomrader I3:I8, tblRammeomrader K3:L8 — and no tblAnsvarlige (an older plan).
 * The roll adds tblAnsvarlige (header + one empty row) at its canonical K1:K2: in the title rows, glued on top of
 * the moved tblRammeomrader (K3:L8), and over any note of hers in K1:K2 (then the roll is refused as blocked).
 * At the kin's offset (2 rows, 3 columns) it would be N3:N4, in line with the other lists.
 */
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { readPlan } from '../../../src/domain/read/plan';
import { exampleContent } from '../../../src/domain/example/example';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { columnLetter, columnNumber, parseA1, parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import type { Edit } from '../../../src/domain/model/edits';

function moved(edits: readonly Edit[], sheet: string, rows: number, cols: number): Edit[] {
  const cell = (a1: string) => {
    const at = parseA1(a1);
    return at ? toA1(at.row + rows, at.col + cols) : a1;
  };
  const range = (ref: string) => {
    const b = parseRange(ref);
    return b && ref.includes(':') ? toRange(b.top + rows, b.left + cols, b.bottom + rows, b.right + cols) : cell(ref);
  };
  return edits.flatMap((e): Edit[] => {
    if (!('sheet' in e) || e.sheet !== sheet) return [e];
    if (e.kind === 'freezeRows') return [{ ...e, rows: e.rows + rows }];
    if (e.kind === 'setColumnWidth') return [{ ...e, column: columnLetter(columnNumber(e.column) + cols) }];
    if (e.kind === 'setCells') return [{ ...e, origin: cell(e.origin) }];
    if (e.kind === 'createTable') return [{ ...e, ref: range(e.ref) }];
    if ('range' in e) return [{ ...e, range: range(e.range) } as Edit];
    return [e];
  });
}

it('a missing list is placed with its kin, and the roll is not refused', () => {
  const made = planWorkbook(exampleContent({ startYear: 2027, unit: '1000 kr' }));
  // Drop tblAnsvarlige (K1:K6 as made): its cells, table, header style and name.
  const without = made.filter((e) => {
    if (e.kind === 'createTable') return e.name !== 'tblAnsvarlige';
    if (e.kind === 'defineName') return !e.ref.startsWith('tblAnsvarlige');
    if (e.kind === 'setCells' && e.sheet === 'Innstillinger') return !e.origin.startsWith('K');
    if (e.kind === 'setStyle' && e.sheet === 'Innstillinger') return !e.range.startsWith('K');
    return true;
  });
  const wb = applyEdits(EMPTY_WORKBOOK, [
    ...moved(without, 'Innstillinger', 2, 3),
    { kind: 'setCells', sheet: 'Innstillinger', origin: 'A1', values: [['Innstillinger for planen']] },
  ]);
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  const r = planRolledWorkbook(wb, plan, { date: '2027-01-15', findings, into: 'source' });
  const ref = r.edits.flatMap((e) => (e.kind === 'createTable' && e.name === 'tblAnsvarlige' ? [e.ref] : []));
  expect(ref).toEqual(['N3:N4']);
  expect(r.blocked).toEqual([]);
  expect(r.crowded).toEqual([]);
});
