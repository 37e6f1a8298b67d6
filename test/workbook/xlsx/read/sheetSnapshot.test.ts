/**
 * The number formats of an empty table's first body row reach the snapshot, as the Excel adapter reads
 * them (src/workbook/excel/readPlan.ts: the first body row's numberFormat, whatever it holds): repair must
 * not propose formats that are already there, again after every run.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planRepair } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

// The mill kr example's investment table is empty (A1:Y2, row 2 styled, no value); columns I:U are amounts.
describe.each([
  ['the mill kr example', path.join(ROOT, 'examples', 'verdal-mill-kr.xlsx')],
  [
    'the same, saved by LibreOffice',
    path.join(ROOT, 'test', 'fixtures', 'libreoffice', 'verdal-mill-kr-libreoffice.xlsx'),
  ],
])('%s', (_what, file) => {
  const open = async () => XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(file)));

  it('reports the amount format of the empty first body row of tblTiltakInvestering', async () => {
    const s = (await (await open()).read('structure')).sheets.find((x) => x.sheet === 'Tiltak investering');
    expect(s?.origin).toBe('A1');
    // Kostnadsramme (I) and 2011 (K) are amounts in mill kr; Tiltak (E) is text.
    expect(s?.numberFormats?.[1]?.[8]).toBe('#,##0.0##');
    expect(s?.numberFormats?.[1]?.[10]).toBe('#,##0.0##');
    expect(s?.values[1]?.every((v) => v === null)).toBe(true);
  });

  it('repair proposes no number format', async () => {
    const { changes } = planRepair(await (await open()).read('structure'), { defaultStartYear: 2011 });
    expect(changes.filter((c) => c.kind === 'set-format')).toEqual([]);
  });
});
