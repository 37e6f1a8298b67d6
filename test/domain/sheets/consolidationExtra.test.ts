/**
 * A column the user added to «Avstemming planer» right of the product's (O «Saksbehandler», the table grown to
 * A1:O3) travels with its item on the next run, as on Avstemming (docs/spec.md §10, repository addition).
 */
import { consolidationFormulaValues, planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Consolidation, ConsolidationItem } from '../../../src/domain/model/consolidation';
import { CONSOLIDATION_TABLE, type ConsolidationSheetText } from '../../../src/domain/model/consolidationColumns';
import { kr } from '../../../src/domain/model/money';
import { setCell } from '../../helpers/workbook';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const texts: ConsolidationSheetText = {
  explain: (i) => `forklaring ${i.ref}`,
  severity: (s) => s,
  code: (c) => c,
  class: (c) => c,
  codeOf: (t) => t,
  kept: (reason) => `kept:${reason}`,
  review: (r) => `review:${r.kind}`,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
};

const frame = (ref: string): ConsolidationItem => ({
  code: 'frame-total',
  class: 'mismatch',
  severity: 'error',
  ref,
  year: 2029,
  measures: kr(3_800_000),
  economyPlan: kr(3_500_000),
  difference: kr(300_000),
  cells: {},
});
const run = (items: ConsolidationItem[]): Consolidation => ({
  economyPlan: { file: 'okonomiplan.xlsx', unit: '1000 kr', lines: 2 },
  years: [2027, 2028, 2029, 2030],
  plans: [],
  total: { measures: [], economyPlan: [] },
  items,
  summary: { errors: items.length, warnings: 0, infos: 0 },
});

describe('«Avstemming planer» and a column of the user’s (O)', () => {
  it('carries «Kari» with the R3 item when the items come in another order; the table stays A:O', () => {
    const first = planConsolidationSheet(run([frame('R3'), frame('R4')]), EMPTY_WORKBOOK, texts);
    if (!first.ok) throw new Error('blocked');
    let wb = applyEdits(EMPTY_WORKBOOK, first.edits);
    wb = setCell(setCell(wb, 'Avstemming planer', 'O1', 'Saksbehandler'), 'Avstemming planer', 'O2', 'Kari');
    wb = { ...wb, tables: wb.tables.map((t) => (t.name === CONSOLIDATION_TABLE ? { ...t, ref: 'A1:O3' } : t)) };

    const second = planConsolidationSheet(run([frame('R4'), frame('R3')]), wb, texts);
    if (!second.ok) throw new Error('blocked');
    const after = applyEdits(wb, second.edits);
    const sheet = after.sheets.find((s) => s.sheet === 'Avstemming planer');
    // Ref is column E (index 4), the user's column O (index 14): R4 on row 2, R3 (and «Kari») on row 3.
    expect(sheet?.values.slice(0, 3).map((r) => [r[4], r[14] ?? null])).toEqual([
      ['Ref', 'Saksbehandler'],
      ['R4', null],
      ['R3', 'Kari'],
    ]);
    expect(second.edits).toContainEqual(
      expect.objectContaining({ kind: 'createTable', name: CONSOLIDATION_TABLE, ref: 'A1:O3' }),
    );
  });
});

/** `wb` with `formula` on the cell at (row, col) of `sheet` (from A1), as the adapters read one ("=" first). */
function withFormula(wb: WorkbookSnapshot, sheet: string, row: number, col: number, formula: string): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => {
    if (s.sheet !== sheet) return s;
    const formulas = s.values.map((r, i) => r.map((_, j) => s.formulas?.[i]?.[j] ?? null));
    const line = formulas[row - 1];
    if (line) line[col - 1] = formula;
    return { ...s, formulas };
  });
  return { ...wb, sheets };
}

it('names the formula cells of her column O on the item rows, each with its formula and the value it showed', () => {
  const first = planConsolidationSheet(run([frame('R3'), frame('R4')]), EMPTY_WORKBOOK, texts);
  if (!first.ok) throw new Error('blocked');
  let wb = applyEdits(EMPTY_WORKBOOK, first.edits);
  wb = setCell(setCell(wb, 'Avstemming planer', 'O1', 'Saksbehandler'), 'Avstemming planer', 'O2', 'Kari');
  wb = withFormula(setCell(wb, 'Avstemming planer', 'O3', 0.3), 'Avstemming planer', 3, 15, '=J3/1000');
  wb = { ...wb, tables: wb.tables.map((t) => (t.name === CONSOLIDATION_TABLE ? { ...t, ref: 'A1:O3' } : t)) };
  // O2 holds a value (not named); O3, the R4 item's cell, a formula that showed 0,3.
  expect(consolidationFormulaValues(wb)).toEqual([
    { cell: 'Avstemming planer!O3', formula: '=J3/1000', value: 0.3, table: 'tblAvstemmingPlaner' },
  ]);
  // The table without her column: nothing to name.
  expect(consolidationFormulaValues(applyEdits(EMPTY_WORKBOOK, first.edits))).toEqual([]);
});

it('a row without Kode holding her cell in O is kept below the items, not dropped (Excel grew the table by it)', () => {
  const first = planConsolidationSheet(run([frame('R3')]), EMPTY_WORKBOOK, texts);
  if (!first.ok) throw new Error('blocked');
  let wb = applyEdits(EMPTY_WORKBOOK, first.edits);
  wb = setCell(setCell(wb, 'Avstemming planer', 'O1', 'Saksbehandler'), 'Avstemming planer', 'O3', 'Husk R5');
  wb = { ...wb, tables: wb.tables.map((t) => (t.name === CONSOLIDATION_TABLE ? { ...t, ref: 'A1:O3' } : t)) };
  const second = planConsolidationSheet(run([frame('R3')]), wb, texts);
  if (!second.ok) throw new Error('blocked');
  const sheet = applyEdits(wb, second.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
  // Row 2 the R3 item; row 3 the kept row: no Kode (B, index 1), her «Husk R5» in O (index 14).
  expect(sheet?.values.slice(1, 3).map((r) => [r[1] ?? null, r[14] ?? null])).toEqual([
    ['frame-total', null],
    [null, 'Husk R5'],
  ]);
  expect(second.edits).toContainEqual(
    expect.objectContaining({ kind: 'createTable', name: CONSOLIDATION_TABLE, ref: 'A1:O3' }),
  );
});
