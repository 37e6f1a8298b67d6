/**
 * Two measures with one ID (id-duplicate), edited and moved through the browser pane's file path: the user
 * picks the second one (row 9), and only row 9 changes; the first one (row 5) stays byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkSnapshot, pickMeasure, planMoveMeasure, planUpdateMeasure, relocateMeasure } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { sheetPartOf } from './parts';

const EXAMPLE = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', '..', 'examples', 'eksempel.xlsx')));
const D008 = '<c r="A9" t="inlineStr"><is><t>D-008</t></is></c>';

/** The example with row 9 of Tiltak drift (D-008) typed as D-004, the ID of row 5. */
function withDuplicate(): Uint8Array {
  const files = unzipSync(EXAMPLE);
  const part = Object.keys(files).find((p) => strFromU8(files[p] ?? new Uint8Array()).includes(D008));
  if (!part) throw new Error('no D-008 in A9');
  files[part] = strToU8(strFromU8(files[part] ?? new Uint8Array()).replace(D008, D008.replace('D-008', 'D-004')));
  return zipSync(files);
}

/** Every cell element of a sheet part by address. */
const cellsOf = (bytes: Uint8Array): Map<string, string> =>
  new Map(
    [...sheetPartOf(bytes, 'Tiltak drift').matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/gs)].map((m) => [
      m[1] ?? '',
      m[0],
    ]),
  );
const rowOf = (cells: Map<string, string>, row: number) =>
  [...cells].filter(([a1]) => a1.replace(/^[A-Z]+/, '') === String(row));

const check = async (wb: XlsxWorkbook) => {
  const snapshot = await wb.read('check');
  return { snapshot, plan: checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' }).plan };
};

describe('two measures with ID D-004, on rows 5 and 9 (file path)', () => {
  it('editing the second writes row 9 only; row 5 and every other cell stay as they were', async () => {
    const before = withDuplicate();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const { snapshot, plan } = await check(wb);
    const pick = pickMeasure(plan, { table: 'operating', row: 9, id: 'D-004' });
    expect(pick?.measure.measure).toBe('Årlige medvirkningsmøter om boligbehov med fagmiljøene');
    // As the pane does: located again on the workbook as it is when the write starts.
    const target = pick && relocateMeasure((await check(wb)).plan, pick);
    expect(target?.row).toBe(9);
    const row = { values: { measure: 'Medvirkningsmøter to ganger i året' }, years: [50] };
    await wb.apply(planUpdateMeasure(plan, target ?? 'D-004', row, snapshot));
    const after = await wb.toBuffer();

    const cellsBefore = cellsOf(before);
    const cellsAfter = cellsOf(after);
    expect(rowOf(cellsAfter, 5)).toEqual(rowOf(cellsBefore, 5));
    expect(rowOf(cellsBefore, 5).find(([a1]) => a1 === 'E5')?.[1]).toContain('Spredt bosetting');
    // Tiltak is column E and 2027 column H: 50 (1000 kr) typed, 50 stored, as the workbook's unit is 1000 kr.
    expect(cellsAfter.get('E9')).toContain('<t>Medvirkningsmøter to ganger i året</t>');
    expect(cellsAfter.get('H9')).toMatch(/<v>50<\/v>/);
    // Sum periode's formula as it was, its result the row's new sum (write/rowSums.ts): 50, the row's one amount.
    expect(cellsAfter.get('L9')).toBe(cellsBefore.get('L9')?.replace('<v>0</v>', '<v>50</v>'));
    for (const a1 of ['E9', 'H9', 'L9']) {
      cellsBefore.delete(a1);
      cellsAfter.delete(a1);
    }
    expect(cellsAfter).toEqual(cellsBefore);
    const again = (await check(await XlsxWorkbook.fromBuffer(after))).plan.operating;
    expect(again.find((m) => m.row === 9)?.years[0]).toBe(50_000);
    expect(again.find((m) => m.row === 5)?.measure).toBe('Spredt bosetting for å oppnå trivsel og økt aktivitet');
  });

  it('moving the second up moves it within Organisasjon: C9 3 → 2, C8 2 → 3, row 5 untouched', async () => {
    const before = withDuplicate();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const { plan } = await check(wb);
    await wb.apply(planMoveMeasure(plan, { table: 'operating', row: 9, id: 'D-004' }, 'up'));
    const after = await wb.toBuffer();

    const cellsBefore = cellsOf(before);
    const cellsAfter = cellsOf(after);
    expect(cellsBefore.get('C8')).toMatch(/<v>2<\/v>/);
    expect(cellsBefore.get('C9')).toMatch(/<v>3<\/v>/);
    expect(cellsAfter.get('C8')).toMatch(/<v>3<\/v>/);
    expect(cellsAfter.get('C9')).toMatch(/<v>2<\/v>/);
    for (const a1 of ['C8', 'C9']) {
      cellsBefore.delete(a1);
      cellsAfter.delete(a1);
    }
    expect(cellsAfter).toEqual(cellsBefore);
  });
});
