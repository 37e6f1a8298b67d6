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

  it('keeps the order of sheets, grows, deletes and names tables, and clears an owned sheet', () => {
    const wb = applyEdits(EMPTY_WORKBOOK, [
      { kind: 'ensureSheet', sheet: 'A' },
      { kind: 'ensureSheet', sheet: 'B' },
      { kind: 'setCells', sheet: 'B', origin: 'A1', values: [['h'], [1]] },
      { kind: 'createTable', sheet: 'B', name: 'tbl', ref: 'A1:A2' },
      { kind: 'createTable', sheet: 'B', name: 'gone', ref: 'C1:C2' },
      { kind: 'resizeTable', name: 'tbl', ref: 'A1:A3' },
      { kind: 'deleteOwnedTable', name: 'gone' },
      { kind: 'defineName', name: 'lst', ref: 'B!$A$2:$A$50' },
      { kind: 'setCells', sheet: 'A', origin: 'A1', values: [['old']] },
      { kind: 'clearOwnedSheet', sheet: 'A' },
    ]);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(['A', 'B']);
    expect(sheet(wb, 'A')?.values).toEqual([]);
    expect(wb.tables).toEqual([{ name: 'tbl', sheet: 'B', ref: 'A1:A3' }]);
    expect(wb.names).toEqual([{ name: 'lst', ref: 'B!$A$2:$A$50' }]);
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
