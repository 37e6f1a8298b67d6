/**
 * A batch of edits goes into the package whole or not at all (SPEC §11): when an edit fails after earlier ones
 * were applied, the open workbook is as it was before the batch. In the pane in a plain browser that package is
 * the open workbook: the next check or «Last ned arbeidsbok» must not carry half of a refused batch.
 */
import type { Edit } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { partsOf } from '../parts';

const BASE: Edit[] = [
  { kind: 'ensureSheet', sheet: 'Data' },
  {
    kind: 'setCells',
    sheet: 'Data',
    origin: 'A1',
    values: [
      ['ID', 'Beløp'],
      ['D-001', 100],
    ],
  },
  { kind: 'createTable', sheet: 'Data', name: 'tblData', ref: 'A1:B2' },
];

async function opened(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(BASE);
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

/** Earlier edits of every kind that writes the package at once or later (sheet, name, table, cells, style). */
const EARLY: Edit[] = [
  { kind: 'setCells', sheet: 'Data', origin: 'A3', values: [['D-002', 250]] },
  { kind: 'resizeTable', name: 'tblData', ref: 'A1:B3' },
  { kind: 'setNumberFormat', sheet: 'Data', range: 'B2:B3', format: '# ##0' },
  { kind: 'ensureSheet', sheet: 'Halv' },
  { kind: 'defineName', name: 'Halvt', ref: 'Data!$A$1' },
  { kind: 'deleteOwnedTable', name: 'tblData' },
];

const failure = (wb: XlsxWorkbook, edits: readonly Edit[]): Promise<unknown> =>
  wb.apply(edits).then(
    () => null,
    (e: unknown) => e,
  );

describe('a batch with an edit that fails late (file)', () => {
  it('leaves the open workbook as it was: read and saved', async () => {
    const wb = await opened();
    const before = partsOf(await wb.toBuffer());

    // The table to grow is gone (the last edit): it fails after the six edits before it were applied.
    const error = await failure(wb, [...EARLY, { kind: 'resizeTable', name: 'tblBorte', ref: 'A1:B9' }]);

    expect(error).toBeInstanceOf(Error);
    const snap = await wb.read();
    expect(snap.sheets.map((s) => s.sheet)).toEqual(['Data']);
    expect(snap.tables).toEqual([{ name: 'tblData', sheet: 'Data', ref: 'A1:B2' }]);
    expect(snap.names ?? []).toEqual([]);
    // Row 3 stays empty: only the header and D-001 (2 rows) were ever written.
    expect(snap.sheets[0]?.values.length).toBe(2);
    expect(partsOf(await wb.toBuffer())).toEqual(before);
  });

  it('applies the next batch alone, with nothing of the failed one', async () => {
    const wb = await opened();
    await failure(wb, [...EARLY, { kind: 'setCells', sheet: 'Data', origin: 'not a cell', values: [['x']] }]);

    await wb.apply([{ kind: 'setCells', sheet: 'Data', origin: 'C1', values: [['Merknad']] }]);

    const snap = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).read();
    expect(snap.sheets.map((s) => s.sheet)).toEqual(['Data']);
    expect(snap.tables).toEqual([{ name: 'tblData', sheet: 'Data', ref: 'A1:B2' }]);
    expect(snap.names ?? []).toEqual([]);
    expect(snap.sheets[0]?.values).toEqual([
      ['ID', 'Beløp', 'Merknad'],
      ['D-001', 100],
    ]);
  });
});
