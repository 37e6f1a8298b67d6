/**
 * Saved versions on the file path (SPEC §14), as the Excel adapter finds them: a versions read (the browser
 * pane's Endringer) lists a version the user renamed, by its header; of the user's other sheets it parses only
 * the top VERSION_HEADER_WINDOW rows.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import {
  comparePlans,
  exampleContent,
  findVersions,
  planSaveVersion,
  planWorkbook,
  readPlan,
  readVersion,
} from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import * as sheetCells from '../../../../src/workbook/xlsx/read/sheetCells';

jest.mock('../../../../src/workbook/xlsx/read/sheetCells', () => {
  const actual = jest.requireActual<typeof sheetCells>('../../../../src/workbook/xlsx/read/sheetCells');
  return { ...actual, readSheetCells: jest.fn(actual.readSheetCells) };
});
const readSheetCells = jest.mocked(sheetCells.readSheetCells);

/**
 * The example (1000 kr, 2027–2030) with the version «Vedtatt 2026» saved on «Versjon 1», renamed by the user to
 * «Min kopi»; since then D-001 costs 1 500 instead of 1 200 in 2028; and a sheet «Notater» of 1 000 notes (C3:C1002).
 */
async function renamedVersion(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(planWorkbook(exampleContent({ startYear: 2027 })));
  const snapshot = await wb.read();
  const { plan } = readPlan(snapshot, { defaultStartYear: 2027 });
  await wb.apply(planSaveVersion(snapshot, plan, { label: 'Vedtatt 2026', date: '2026-12-10' }).edits);
  const d1 = plan.operating.find((m) => m.id === 'D-001');
  const notes = Array.from({ length: 1000 }, (_, i) => [`notat ${i}`]);
  await wb.apply([
    { kind: 'setCells', sheet: 'Tiltak drift', origin: `${d1?.cellColumns['year:2028']}${d1?.row}`, values: [[1500]] },
    { kind: 'ensureSheet', sheet: 'Notater' },
    { kind: 'setCells', sheet: 'Notater', origin: 'C3', values: notes },
  ]);
  const files = unzipSync(await wb.toBuffer());
  const book = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
  expect(book).toContain('name="Versjon 1"');
  files['xl/workbook.xml'] = strToU8(book.replace('name="Versjon 1"', 'name="Min kopi"'));
  return XlsxWorkbook.fromBuffer(zipSync(files));
}

describe('XlsxWorkbook.read: saved versions', () => {
  // Endringer compares the plan of the pane's check with a version from a versions read; roll forward carries it.
  it.each(['versions', 'roll'] as const)(
    'lists a version the user renamed in a %s read, and compares the plan with it',
    async (scope) => {
      const wb = await renamedVersion();
      const snapshot = await wb.read(scope);

      expect(findVersions(snapshot).map((v) => [v.sheet, v.label, v.date])).toEqual([
        ['Min kopi', 'Vedtatt 2026', '2026-12-10'],
      ]);
      const version = readVersion(snapshot, 'Min kopi');
      const now = readPlan(await wb.read(), { defaultStartYear: 2027 }).plan;
      const diff = comparePlans(version!.plan, now, { old: { file: 'x', label: 'v' }, new: { file: 'x', label: 'n' } });
      expect(diff.measures.added).toEqual([]);
      expect(diff.measures.removed).toEqual([]);
      // 1 500 − 1 200 thousand kr, in kroner.
      expect(diff.measures.changed.map((c) => [c.id, c.changes])).toEqual([
        ['D-001', [{ field: 'years', year: 2028, old: 1_200_000, new: 1_500_000 }]],
      ]);
      expect(diff.totals.operating['2028']?.difference).toBe(300_000);
    },
  );

  it('parses of a sheet of 1 000 notes only the rows of the header window, and leaves it unread', async () => {
    const wb = await renamedVersion();
    readSheetCells.mockClear();
    const snapshot = await wb.read('versions');

    const notes = readSheetCells.mock.results.flatMap((r, i) => {
      const cells = r.value as sheetCells.SheetCells;
      const texts = [...cells.rows.values()].flat().map((c) => c.value);
      return texts.includes('notat 0')
        ? [{ lastRow: readSheetCells.mock.calls[i]?.[4], rows: [...cells.rows.keys()] }]
        : [];
    });
    expect(notes.length).toBeGreaterThan(0);
    // The first note is in row 3: the window is rows 3 … 3 + 35 − 1 = 37 (VERSION_HEADER_WINDOW.rows = 35).
    for (const read of notes) {
      expect(read.lastRow).toBeLessThanOrEqual(37);
      expect(Math.max(...read.rows)).toBeLessThanOrEqual(37);
    }
    expect(snapshot.sheets.find((s) => s.sheet === 'Notater')?.values).toEqual([]);
    // The version is read whole: its last rows (the economy plan's lines) are there.
    expect(readVersion(snapshot, 'Min kopi')?.plan.operating.length).toBeGreaterThan(0);
  });

  // A check (and a structure read, check --write) takes of a version its ID columns only (SPEC §4: never reused),
  // as the Excel adapter does: of every other sheet the block A1:E35, then of a version column A (its IDs).
  it.each(['check', 'structure'] as const)(
    'a %s read takes of the other sheets their top, of a version its IDs',
    async (scope) => {
      const wb = await renamedVersion();
      readSheetCells.mockClear();
      const snapshot = await wb.read(scope);
      expect(findVersions(snapshot)).toEqual([]);
      // Of the notes (C3:C1002) the rows of the header window from the first filled row, 3 … 37 (notat 0 … notat
      // 34), are parsed, none further down: the version's top is looked for wherever the user moved it.
      const parsed = readSheetCells.mock.results.flatMap((r) =>
        [...(r.value as sheetCells.SheetCells).rows].flatMap(([row, cells]) => cells.map((c) => ({ row, ...c }))),
      );
      const texts = parsed.map((c) => c.value);
      expect(texts).toContain('notat 34');
      expect(texts).not.toContain('notat 35');
      // Beyond its top only the version's ID columns are parsed: A (the measures' IDs) and C (the economy plan's
      // Ref); the plan's sheets are read whole.
      const planSheets = readSheetCells.mock.calls.filter((c) => c[5] === undefined).length;
      const partial = readSheetCells.mock.results.filter((_, i) => readSheetCells.mock.calls[i]?.[5] !== undefined);
      expect(planSheets).toBeGreaterThan(0);
      const cells = partial.flatMap((r) =>
        [...(r.value as sheetCells.SheetCells).rows].flatMap(([row, line]) => line.map((c) => ({ row, col: c.col }))),
      );
      expect(new Set(cells.map((c) => c.col))).toEqual(new Set([1, 3]));
      // Both listed by name with no cells; the version's IDs beside them, the notes giving none.
      expect(snapshot.sheets.filter((s) => ['Min kopi', 'Notater'].includes(s.sheet)).map((s) => s.values)).toEqual([
        [],
        [],
      ]);
      expect(snapshot.versionIdCells?.map((v) => v.sheet)).toEqual(['Min kopi']);
      expect(snapshot.versionIdCells?.[0]?.values).toEqual(expect.arrayContaining(['D-001', 'D-011', 'I-005']));
    },
  );
});
