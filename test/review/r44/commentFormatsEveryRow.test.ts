/**
 * Review r44: off-by-one between blocks in the Excel read of Kommentar's number formats (commentFormats.ts). Every
 * Kommentar cell of tblAvstemming (A1:P57 on the example, body P2:P57) holds the number of its row, formatted with a
 * format of its own ("0" followed by the row as a literal, e.g. `0"-9"` on P9), and every other row is plain text
 * between them in a second run. Whatever the budget — one sync (formats up front), or blocks of a few rows each
 * (formats asked per block, in runs) — each cell must come back with its own row's format, and text with none.
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { RecordingContext, recordingRunner, type FakeModel } from '../../workbook/excel/recordingContext';

const fmt = (row: number) => `0"-${row}"`;

async function read(model: FakeModel, scope: 'check' | 'structure', budget?: number) {
  const ctx = new RecordingContext(model);
  const snap = await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, budget }).read(scope);
  return snap.sheets.find((s) => s.sheet === 'Avstemming')!;
}

let model: FakeModel;
beforeAll(async () => {
  model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P57');
});

describe.each(['every row a number', 'numbers on odd rows, text on even'] as const)('%s', (layout) => {
  beforeAll(() => {
    const cells = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
    for (let row = 2; row <= 57; row++) {
      const text = layout !== 'every row a number' && row % 2 === 0;
      cells.set(
        `P${row}`,
        text ? { value: `tekst ${row}`, numberFormat: '@' } : { value: row, numberFormat: fmt(row) },
      );
    }
  });

  describe.each(['check', 'structure'] as const)('a %s read', (scope) => {
    it.each([undefined, 50_000, 20_000, 10_000, 5_000])('under a budget of %p gives each its own format', async (b) => {
      const snap = await read(model, scope, b);
      const rows = Array.from({ length: 56 }, (_, i) => i + 2);
      const got = rows.map((row) => [row, snap.values[row - 1]?.[15], snap.numberFormats?.[row - 1]?.[15] ?? null]);
      const want = rows.map((row) =>
        layout !== 'every row a number' && row % 2 === 0 ? [row, `tekst ${row}`, null] : [row, row, fmt(row)],
      );
      expect(snap.origin).toBe('A1');
      expect(got).toEqual(want);
    });
  });
});
