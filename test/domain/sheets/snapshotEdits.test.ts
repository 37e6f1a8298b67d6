import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { defaultContent } from '../../../src/domain/sheets/template';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const sheet = (wb: WorkbookSnapshot, name: string) => wb.sheets.find((s) => s.sheet === name);

describe('applyEdits', () => {
  it('writes cells and evaluates a per-row SUM of constants', () => {
    const wb = applyEdits(EMPTY_WORKBOOK, [
      { kind: 'ensureSheet', sheet: 'S' },
      { kind: 'setCells', sheet: 'S', origin: 'B2', values: [[1.1, 2.2, { formula: '=SUM(B2:C2)' }, 'x']] },
      { kind: 'setCells', sheet: 'S', origin: 'A1', values: [[{ formula: '=SUMIFS(A:A,B:B,"x")' }]] },
    ]);
    const s = sheet(wb, 'S');
    expect(s?.values).toEqual([
      [null, null, null, null, null],
      [null, 1.1, 2.2, 3.3, 'x'],
    ]);
    expect(s?.formulas?.[1]?.[3]).toBe('=SUM(B2:C2)');
    expect(s?.formulas?.[0]?.[0]).toBe('=SUMIFS(A:A,B:B,"x")');
  });

  it('evaluates a structured this-row sum inside its table, by header text, and nothing outside it', () => {
    const sum = { formula: "=SUM(tbl[[#This Row],[2027]:[Beløp '[kr']]])" };
    const wb = applyEdits(EMPTY_WORKBOOK, [
      { kind: 'ensureSheet', sheet: 'S' },
      { kind: 'setCells', sheet: 'S', origin: 'B1', values: [['x', 2027, 'y', 'Beløp [kr]', 'Sum']] },
      { kind: 'setCells', sheet: 'S', origin: 'B2', values: [['a', 1, 'tekst', 10, sum]] },
      { kind: 'setCells', sheet: 'S', origin: 'B3', values: [['b', 2, 5, 20.5, sum]] },
      { kind: 'setCells', sheet: 'S', origin: 'B4', values: [['c', 3, 5, 40, sum]] },
      { kind: 'createTable', sheet: 'S', name: 'TBL', ref: 'B1:F3' },
    ]);
    const f = sheet(wb, 'S')?.values.map((r) => r[5]);
    expect(f).toEqual(['Sum', 11, 27.5, null]);
  });

  it('keeps the order of sheets, grows, deletes and names tables, and clears an owned block only', () => {
    const wb = applyEdits(EMPTY_WORKBOOK, [
      { kind: 'ensureSheet', sheet: 'A' },
      { kind: 'ensureSheet', sheet: 'B' },
      { kind: 'setCells', sheet: 'B', origin: 'A1', values: [['h'], [1]] },
      { kind: 'createTable', sheet: 'B', name: 'tbl', ref: 'A1:A2' },
      { kind: 'createTable', sheet: 'B', name: 'gone', ref: 'C1:C2' },
      { kind: 'resizeTable', name: 'tbl', ref: 'A1:A3' },
      { kind: 'deleteOwnedTable', name: 'gone' },
      { kind: 'defineName', name: 'lst', ref: 'B!$A$2:$A$50' },
      {
        kind: 'setCells',
        sheet: 'A',
        origin: 'A1',
        values: [
          ['old', 'old', 'note'],
          ['old', 'old'],
        ],
      },
      { kind: 'clearOwnedRange', sheet: 'A', range: 'A1:B2' },
    ]);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['A', 'B']);
    expect(sheet(wb, 'A')?.values).toEqual([[null, null, 'note']]);
    expect(wb.tables).toEqual([{ name: 'tbl', sheet: 'B', ref: 'A1:A3' }]);
    expect(wb.names).toEqual([{ name: 'lst', ref: 'B!$A$2:$A$50' }]);
  });

  it('inserts cells as Excel does: the cells below in those columns move down, a table below with them', () => {
    const wb = applyEdits(EMPTY_WORKBOOK, [
      { kind: 'ensureSheet', sheet: 'S' },
      {
        kind: 'setCells',
        sheet: 'S',
        origin: 'A1',
        values: [
          ['a', 'b', 'c'],
          ['x', 'y', 'z'],
          ['h', null, 'w'],
        ],
      },
      { kind: 'createTable', sheet: 'S', name: 'below', ref: 'A3:B3' },
      { kind: 'createTable', sheet: 'S', name: 'wide', ref: 'A1:C1' },
      { kind: 'insertCells', sheet: 'S', range: 'A2:B2' },
    ]);
    expect(sheet(wb, 'S')?.values).toEqual([
      ['a', 'b', 'c'],
      [null, null, 'z'],
      ['x', 'y', 'w'],
      ['h', null, null],
    ]);
    expect(wb.tables).toEqual([
      { name: 'below', sheet: 'S', ref: 'A4:B4' },
      { name: 'wide', sheet: 'S', ref: 'A1:C1' },
    ]);
  });

  it('reports number formats only where the source did (absent is not "General")', () => {
    const source: WorkbookSnapshot = { sheets: [{ sheet: 'S', origin: 'A1', values: [[1]] }], tables: [] };
    const wb = applyEdits(source, [
      { kind: 'setNumberFormat', sheet: 'S', range: 'A1:A300', format: '#,##0' },
      { kind: 'setNumberFormat', sheet: 'N', range: 'A1', format: '0' },
      { kind: 'setCells', sheet: 'N', origin: 'A1', values: [[2]] },
    ]);
    expect(sheet(wb, 'S')?.numberFormats).toBeUndefined();
    expect(sheet(wb, 'S')?.values).toEqual([[1]]);
    expect(sheet(wb, 'N')?.numberFormats).toEqual([[null]]);
    const known = applyEdits({ sheets: [{ ...source.sheets[0]!, numberFormats: [[null]] }], tables: [] }, [
      { kind: 'setNumberFormat', sheet: 'S', range: 'A1:A300', format: '#,##0' },
    ]);
    expect(sheet(known, 'S')?.numberFormats).toEqual([['#,##0']]);
  });

  it('gives the canonical workbook of defaultContent without Sammendrag cells', () => {
    const wb = snapshotFromContent(defaultContent({ startYear: 2027 }));
    expect(sheet(wb, 'Tiltak drift')?.values[0]?.slice(6, 12)).toEqual([
      'Kostnadsstatus',
      '2027',
      '2028',
      '2029',
      '2030',
      'Sum periode',
    ]);
    expect(sheet(wb, 'Tiltak drift')?.values[1]?.[11]).toBe(0);
    expect(sheet(wb, 'Sammendrag')?.values).toEqual([]);
  });
});

describe('applyEdits on a sheet no edit touches', () => {
  const book: WorkbookSnapshot = {
    sheets: [
      // A formula that is not a per-row sum, with the value the file saved for it: 2 × 1 500 = 3 000.
      { sheet: 'Økonomiplan', origin: 'B2', values: [[1500, 3000]], formulas: [[null, '=B2*2']] },
      { sheet: 'Tiltak', origin: 'A1', values: [['ID'], ['D-001']] },
    ],
    tables: [{ name: 'tbl', sheet: 'Tiltak', ref: 'A1:A2' }],
    names: [],
  };

  it('reads back as it was, formula values included, when another sheet is written', () => {
    const wb = applyEdits(book, [{ kind: 'setCells', sheet: 'Tiltak', origin: 'A3', values: [['D-002']] }]);
    // Before: every sheet was rebuilt, and the formula's saved value 3 000 read back as null.
    expect(sheet(wb, 'Økonomiplan')?.values).toEqual([[1500, 3000]]);
    expect(sheet(wb, 'Tiltak')?.values).toEqual([['ID'], ['D-001'], ['D-002']]);
  });

  it('is rebuilt when a table on it is resized, as a per-row sum there may change', () => {
    const wb = applyEdits(book, [{ kind: 'resizeTable', name: 'tbl', ref: 'A1:A3' }]);
    expect(wb.tables).toEqual([{ name: 'tbl', sheet: 'Tiltak', ref: 'A1:A3' }]);
    // Rebuilt from A1: the same cells. The other sheet, untouched, keeps its origin B2.
    expect(sheet(wb, 'Tiltak')?.values).toEqual([['ID'], ['D-001']]);
    expect(sheet(wb, 'Økonomiplan')?.origin).toBe('B2');
  });
});
