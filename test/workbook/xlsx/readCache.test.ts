/**
 * The file adapter keeps its last snapshot until the next apply: the browser pane reads a file when it opens
 * it and its first check reads it again; the second read must not parse the file again, and no read after an
 * edit may see the workbook as it was.
 */
import type { Edit } from '../../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

const cell = (wb: WorkbookSnapshot, sheet: string, row: number, col: number) =>
  wb.sheets.find((s) => s.sheet === sheet)?.values[row]?.[col];

const DATA: Edit[] = [
  { kind: 'ensureSheet', sheet: 'Data' },
  {
    kind: 'setCells',
    sheet: 'Data',
    origin: 'A1',
    values: [
      ['ID', 2027],
      ['D-001', 100],
    ],
  },
];

async function opened(): Promise<XlsxWorkbook> {
  const made = XlsxWorkbook.empty();
  await made.apply(DATA);
  return XlsxWorkbook.fromBuffer(await made.toBuffer());
}

describe('XlsxWorkbook.read keeps its snapshot until an apply', () => {
  it('answers a second read of the same scope with the snapshot of the first', async () => {
    const wb = await opened();
    const first = await wb.read();
    expect(cell(first, 'Data', 1, 1)).toBe(100);
    expect(await wb.read()).toBe(first);
  });

  it('reads anew for another scope', async () => {
    const wb = await opened();
    const full = await wb.read();
    const check = await wb.read('check');
    expect(check).not.toBe(full);
    expect(await wb.read()).not.toBe(full);
  });

  it('reads anew after an apply, and sees the edit (100 → 250 in B2)', async () => {
    const wb = await opened();
    const before = await wb.read();
    await wb.apply([{ kind: 'setCells', sheet: 'Data', origin: 'B2', values: [[250]] }]);
    const after = await wb.read();
    expect(after).not.toBe(before);
    expect(cell(after, 'Data', 1, 1)).toBe(250);
    expect(cell(before, 'Data', 1, 1)).toBe(100);
  });

  it('reads anew after an apply that failed part way (no stale snapshot of a half-edited workbook)', async () => {
    const wb = await opened();
    const before = await wb.read();
    const edits: Edit[] = [
      { kind: 'setCells', sheet: 'Data', origin: 'B2', values: [[300]] },
      { kind: 'setCells', sheet: 'Mangler', origin: 'A1', values: [['x']] },
    ];
    await wb.apply(edits).catch(() => undefined);
    expect(await wb.read()).not.toBe(before);
  });
});
