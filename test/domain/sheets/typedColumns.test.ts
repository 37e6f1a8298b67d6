/**
 * Status and Kommentar (O and P of tblAvstemming), the product's columns she types in, are written value by value
 * on the new table's rows, not emptied first, so that a fill she gave a cell stays at its address as on her own
 * columns (typedColumns.ts); a number format there is set back to General, as emptying the cell did.
 */
import type { Bounds } from '../../../src/domain/read/sheetCells';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { areaWithout } from '../../../src/domain/sheets/typedColumns';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { editsOf } from '../../helpers/writePlan';
import { miljoteamPlan, newMoneyItem, plainTexts } from '../../helpers/reconciliationSheet';

describe('areaWithout', () => {
  it('leaves out the body rows of the typed columns, keeping their header and the rows below', () => {
    // A1:P57 less O2:P53: A1:N57 whole, O1 and P1 (headers), O54:O57 and P54:P57 (below the new table).
    const area: Bounds = { top: 1, left: 1, bottom: 57, right: 16 };
    expect(areaWithout(area, [15, 16], 2, 53)).toEqual([
      { top: 1, left: 1, bottom: 57, right: 14 },
      { top: 1, left: 15, bottom: 1, right: 15 },
      { top: 54, left: 15, bottom: 57, right: 15 },
      { top: 1, left: 16, bottom: 1, right: 16 },
      { top: 54, left: 16, bottom: 57, right: 16 },
    ]);
  });

  it('is the area itself when no typed column is in it', () => {
    const area: Bounds = { top: 1, left: 17, bottom: 9, right: 18 };
    expect(areaWithout(area, [15, 16], 2, 5)).toEqual([area]);
  });
});

const { wb, plan } = miljoteamPlan(false);
const item = (year: number): ReconciliationItem => newMoneyItem({ year });
const texts = plainTexts;

/** The first run's Avstemming (2028 on row 2, 2029 on row 3), her Kommentar 0,25 in P3 shown «0.0 %». */
function withPercentComment(): WorkbookSnapshot {
  const w = applyEdits(wb, editsOf(planReconciliation([item(2028), item(2029)], plan, wb, texts)));
  return {
    ...w,
    sheets: w.sheets.map((s) => {
      if (s.sheet !== 'Avstemming') return s;
      expect(s.origin).toBe('A1');
      const values = s.values.map((r, i) => (i === 2 ? r.map((v, j) => (j === 15 ? 0.25 : v)) : r));
      const numberFormats = s.values.map((r, i) => r.map((_, j) => (i === 2 && j === 15 ? '0.0 %' : null)));
      return { ...s, values, numberFormats };
    }),
  };
}

it('does not empty O2:P4 before a run of three items writes them, and sets P3 back to General', () => {
  // The next run writes 2027, 2028, 2029 on rows 2–4: 2029 and her 0,25 go to P4; P3 gets 2028's empty Kommentar.
  const edits = editsOf(planReconciliation([item(2027), item(2028), item(2029)], plan, withPercentComment(), texts));
  const cleared = edits.flatMap((e) => (e.kind === 'clearOwnedRange' ? [e.range] : []));
  expect(cleared).toEqual(['A1:N3', 'O1:O1', 'P1:P1']);
  const general = edits.filter((e) => e.kind === 'setNumberFormat' && e.format === 'General');
  expect(general).toEqual([{ kind: 'setNumberFormat', sheet: 'Avstemming', range: 'P3:P3', format: 'General' }]);
});
