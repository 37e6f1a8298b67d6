/**
 * Review r44: the Excel read of the number formats in Avstemming's Kommentar (commentFormats.ts) on a tblAvstemming
 * whose header row is turned off (Table Design › Header Row): the table is A2:P57, its names in the table only,
 * Kommentar column P. Row 2 is then the first item, not a header: a date typed in P2 must read as its date, and the
 * number 5 in P3 (format "0") stay 5, at every budget.
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { columnLetter, parseA1 } from '../../../src/domain/model/a1';
import { RecordingContext, recordingRunner, type FakeModel } from '../../workbook/excel/recordingContext';

const MARCH_15_2027 = 46461;

async function read(model: FakeModel, scope: 'check' | 'structure', budget?: number) {
  const ctx = new RecordingContext(model);
  const snap = await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, budget }).read(scope);
  return snap.sheets.find((s) => s.sheet === 'Avstemming');
}

function cellOf(snap: Awaited<ReturnType<typeof read>>, addr: string) {
  const { row, col } = parseA1(addr)!;
  const o = parseA1(snap?.origin ?? 'A1')!;
  const [r, c] = [row - o.row, col - o.col];
  return [snap?.values[r]?.[c], snap?.numberFormats?.[r]?.[c] ?? null];
}

let model: FakeModel;
beforeAll(async () => {
  model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  const sheet = model.sheets.find((s) => s.name === 'Avstemming')!;
  const names = Array.from({ length: 16 }, (_, i) => String(sheet.cells.get(`${columnLetter(i + 1)}1`)?.value ?? ''));
  expect(names[15]).toBe('Kommentar');
  for (let i = 1; i <= 16; i++) sheet.cells.delete(`${columnLetter(i)}1`);
  Object.assign(table, { ref: 'A2:P57', showHeaders: false, columns: names });
  sheet.cells.set('P2', { value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' });
  sheet.cells.set('P3', { value: 5, numberFormat: '0' });
});

describe.each(['check', 'structure'] as const)('a %s read of a headerless tblAvstemming', (scope) => {
  it.each([undefined, 50_000, 10_000])('under a budget of %p gives P2 as its date and P3 as 5', async (budget) => {
    const snap = await read(model, scope, budget);
    expect(cellOf(snap, 'P2')).toEqual(['2027-03-15T00:00:00.000Z', 'dd.mm.yyyy']);
    expect(cellOf(snap, 'P3')[0]).toBe(5);
  });
});
