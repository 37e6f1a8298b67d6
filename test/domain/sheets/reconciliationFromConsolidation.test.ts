/**
 * otherWorkbookOf / fromConsolidation (SPEC §10, §15): a row a plan checked on its own keeps is a consolidation's when
 * its «Celle økonomiplan» names another workbook, in the one form such a cell is named by («FILE: Sheet!A1», or the
 * sheet alone where an item has no cell there). A sheet name holds no «:», so the file is what stands before the
 * last «: »; a plain check's link reads «Økonomiplan!J6» and names none. Only for a row whose År is in the period or
 * empty: a row kept through a roll for a year gone from it has no item that can come back.
 */
import { fromConsolidation, otherWorkbookOf } from '../../../src/domain/sheets/reconciliationElsewhere';

const YEARS = [2028, 2029, 2030, 2031];

describe('otherWorkbookOf', () => {
  test.each([
    ['op.xlsx: Økonomiplan!C6', 'op.xlsx'],
    ['op.xlsx: Økonomiplan', 'op.xlsx'],
    ['../finans/ØP 2027: utkast.xlsx: Økonomiplan!J6', '../finans/ØP 2027: utkast.xlsx'],
    ['C:\\Finans\\op.xlsx: Økonomiplan!G5', 'C:\\Finans\\op.xlsx'],
  ])('%s names %s', (cell, file) => {
    expect(otherWorkbookOf(cell)).toBe(file);
    expect(fromConsolidation(YEARS)({ cells: {}, cellEconomyPlan: cell })).toBe('fromConsolidation');
  });

  test.each([
    ['Økonomiplan!J6'],
    [''],
    ['op.xlsx: '],
    [': Økonomiplan!J6'],
    [null],
    [42],
    ['Merk: avtalt med økonomisjefen'],
    ['Se notat: linjen er flyttet'],
  ])('%p names no other workbook', (cell) => {
    expect(otherWorkbookOf(cell)).toBeUndefined();
    expect(fromConsolidation(YEARS)({ cells: {}, cellEconomyPlan: cell })).toBeUndefined();
  });

  test('a row read without the cell is no consolidation’s', () => {
    expect(fromConsolidation(YEARS)({ cells: {} })).toBeUndefined();
  });

  test('a row of a year of the period, or of none, is the consolidation’s; of a year gone from it (a roll), not', () => {
    const at = (year: number | string | null) =>
      fromConsolidation(YEARS)({ cells: { year }, cellEconomyPlan: 'op.xlsx: Økonomiplan!G7' });
    expect(at(2028)).toBe('fromConsolidation');
    expect(at('2031')).toBe('fromConsolidation');
    expect(at(null)).toBe('fromConsolidation');
    expect(at('')).toBe('fromConsolidation');
    expect(at(2027)).toBeUndefined();
    expect(at(2032)).toBeUndefined();
  });
});
