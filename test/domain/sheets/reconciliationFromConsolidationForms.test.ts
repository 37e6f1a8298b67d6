/**
 * otherWorkbookOf (SPEC §10, §15; docs/spec.md §15 as built): a row on a plan's Avstemming is a consolidation's when
 * its «Celle økonomiplan» is what the consolidation writes there, «FILE: Sheet!A1» (the file as it was given, with
 * or without an extension; the sheet quoted as Excel quotes it, or not, as the consolidation writes it), or
 * «FILE: Sheet» where an item has no cell, the sheet being the economy plan table's. Anything else after the file
 * is a note she typed there, and the row is hers («op.xlsx: se e-post»).
 */
import { fromConsolidation, otherWorkbookOf } from '../../../src/domain/sheets/reconciliationElsewhere';

const YEARS = [2028, 2029, 2030, 2031];

describe('what follows the file must be a sheet’s cell, or the economy plan’s sheet', () => {
  test.each([
    ['op.xlsx: se e-post'],
    ['op.xlsx: avtalt med økonomisjefen 3. mai'],
    ['op.xlsx: Økonomiplan!'],
    ['op.xlsx: Økonomiplan!C'],
    ['op.xlsx: !C5'],
    ["op.xlsx: 'Økonomiplan 2027'"],
    ['op.xlsx: Økonomiplan!C5 og C6'],
  ])('%p is her note', (cell) => {
    expect(otherWorkbookOf(cell)).toBeUndefined();
    expect(fromConsolidation(YEARS)({ cells: {}, cellEconomyPlan: cell })).toBeUndefined();
  });

  test.each([
    ["op.xlsx: 'Økonomiplan 2027'!C5", 'op.xlsx'],
    ["op.xlsx: 'Kari''s plan'!$C$5", 'op.xlsx'],
    ['op.xlsx: ØP 2027!G12', 'op.xlsx'],
    ['op.xlsx: Økonomiplan!c5', 'op.xlsx'],
  ])('%p names %s', (cell, file) => {
    expect(otherWorkbookOf(cell)).toBe(file);
    expect(fromConsolidation(YEARS)({ cells: {}, cellEconomyPlan: cell })).toBe('fromConsolidation');
  });
});

describe('the file as the consolidation wrote it, whatever its name ends with', () => {
  test.each([
    ['okonomiplan: Økonomiplan!C5', 'okonomiplan'],
    ['OP.XLSX: Økonomiplan!C5', 'OP.XLSX'],
    ['op.xlsm: Økonomiplan!C5', 'op.xlsm'],
    ['Økonomiplan 2027 (endelig): Økonomiplan!J6', 'Økonomiplan 2027 (endelig)'],
    ['okonomiplan: Økonomiplan', 'okonomiplan'],
    ['OP.XLSX: økonomiplan', 'OP.XLSX'],
  ])('%p names %s', (cell, file) => {
    expect(otherWorkbookOf(cell)).toBe(file);
    expect(fromConsolidation(YEARS)({ cells: {}, cellEconomyPlan: cell })).toBe('fromConsolidation');
  });

  test('the sheet alone is the economy plan table’s: «Økonomiplan», or the one the plan’s own table is on', () => {
    expect(otherWorkbookOf('op.xlsx: ØP 2027')).toBeUndefined();
    expect(otherWorkbookOf('op.xlsx: ØP 2027', ['ØP 2027'])).toBe('op.xlsx');
    expect(fromConsolidation(YEARS, ['ØP 2027'])({ cells: {}, cellEconomyPlan: 'op: ØP 2027' })).toBe(
      'fromConsolidation',
    );
  });
});
