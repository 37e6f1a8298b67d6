/**
 * otherWorkbookOf / fromConsolidation (SPEC §10, §15): a row a plan checked on its own keeps is a consolidation's when
 * its «Celle økonomiplan» names another workbook, in the one form such a cell is named by («FILE: Sheet!A1», or the
 * sheet alone where an item has no cell there). A sheet name holds no «:», so the file is what stands before the
 * last «: »; a plain check's link reads «Økonomiplan!J6» and names none.
 */
import { fromConsolidation, otherWorkbookOf } from '../../../src/domain/sheets/reconciliationElsewhere';

describe('otherWorkbookOf', () => {
  test.each([
    ['op.xlsx: Økonomiplan!C6', 'op.xlsx'],
    ['op.xlsx: Økonomiplan', 'op.xlsx'],
    ['../finans/ØP 2027: utkast.xlsx: Økonomiplan!J6', '../finans/ØP 2027: utkast.xlsx'],
    ['C:\\Finans\\op.xlsx: Økonomiplan!G5', 'C:\\Finans\\op.xlsx'],
  ])('%s names %s', (cell, file) => {
    expect(otherWorkbookOf(cell)).toBe(file);
    expect(fromConsolidation({ cellEconomyPlan: cell })).toBe('fromConsolidation');
  });

  test.each([['Økonomiplan!J6'], [''], ['op.xlsx: '], [': Økonomiplan!J6'], [null], [42]])(
    '%p names no other workbook',
    (cell) => {
      expect(otherWorkbookOf(cell)).toBeUndefined();
      expect(fromConsolidation({ cellEconomyPlan: cell })).toBeUndefined();
    },
  );

  test('a row read without the cell is no consolidation’s', () => {
    expect(fromConsolidation({})).toBeUndefined();
  });
});
