/**
 * Review r44: the Excel read of the number formats in Avstemming's Kommentar (commentFormats.ts) on a tblAvstemming
 * that does not start at A1 — she inserted three rows above it and two columns left of it (a title, a margin), so
 * the table is C4:R60 and Kommentar is column R, its body R5:R60. She types 15.03.2027 in R12 (Excel's day 46461,
 * shown dd.mm.yyyy) and the number 5 in R13 (format "0"). Whatever the budget (one sync or blocks), the read must give
 * R12 as the date 2027-03-15 and keep R13 the number 5 with its own format: the date's format belongs to R12 alone.
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { parseA1, parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import { RecordingContext, recordingRunner, type FakeModel } from '../../workbook/excel/recordingContext';
import type { FakeCell } from '../../workbook/excel/fakeModel';

const MARCH_15_2027 = 46461;
const [DOWN, RIGHT] = [3, 2];

async function read(model: FakeModel, scope: 'check' | 'structure', budget?: number) {
  const ctx = new RecordingContext(model);
  const snap = await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, budget }).read(scope);
  return snap.sheets.find((s) => s.sheet === 'Avstemming');
}

let model: FakeModel;
beforeAll(async () => {
  model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  expect(table.ref).toBe('A1:P57');
  const sheet = model.sheets.find((s) => s.name === 'Avstemming')!;
  const moved = new Map<string, FakeCell>();
  for (const [addr, cell] of sheet.cells) {
    const at = parseA1(addr)!;
    moved.set(toA1(at.row + DOWN, at.col + RIGHT), cell);
  }
  sheet.cells = moved;
  const r = parseRange(table.ref)!;
  table.ref = toRange(r.top + DOWN, r.left + RIGHT, r.bottom + DOWN, r.right + RIGHT);
  expect(table.ref).toBe('C4:R60');
  expect(sheet.cells.get('R4')?.value).toBe('Kommentar');
  sheet.cells.set('R12', { value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' });
  sheet.cells.set('R13', { value: 5, numberFormat: '0' });
});

/** The value and the number format the snapshot gives cell `addr` of Avstemming (its values start at its origin). */
function cellOf(snap: Awaited<ReturnType<typeof read>>, addr: string) {
  const { row, col } = parseA1(addr)!;
  const o = parseA1(snap?.origin ?? 'A1')!;
  const [r, c] = [row - o.row, col - o.col];
  return [snap?.values[r]?.[c], snap?.numberFormats?.[r]?.[c] ?? null];
}

describe.each(['check', 'structure'] as const)('a %s read of a tblAvstemming at C4', (scope) => {
  it.each([undefined, 50_000, 10_000])('under a budget of %p gives R12 as its date and R13 as 5', async (budget) => {
    const snap = await read(model, scope, budget);
    expect(cellOf(snap, 'R12')).toEqual(['2027-03-15T00:00:00.000Z', 'dd.mm.yyyy']);
    expect(cellOf(snap, 'R13')[0]).toBe(5);
    expect(cellOf(snap, 'R13')[1]).not.toBe('dd.mm.yyyy');
  });
});
