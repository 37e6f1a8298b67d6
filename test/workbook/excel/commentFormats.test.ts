/**
 * The formats of the numbers in Avstemming's Kommentar (commentFormats.ts; review r41), on the example with Avstemming
 * written (tblAvstemming A1:P57, Kommentar in P, its body P2:P57). She types 15.03.2027 in P9: Excel's day 46461 shown
 * dd.mm.yyyy, which the read must give as the date 2027-03-15, in no more syncs than with P9 empty. Read in one sync,
 * Kommentar's formats come up front (P2:P57); in blocks, only P9's is asked, in a sync the read takes anyway.
 */
import { exampleModel } from './exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { askCommentFormats } from '../../../src/workbook/excel/commentFormats';
import type { ReadScope } from '../../../src/workbook/port';
import { RecordingContext, recordingRunner, type FakeModel } from './recordingContext';

const MARCH_15_2027 = 46461;

async function read(model: FakeModel, scope: ReadScope, budget?: number) {
  const ctx = new RecordingContext(model);
  const snap = await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, budget }).read(scope);
  const avstemming = snap.sheets.find((s) => s.sheet === 'Avstemming');
  const formats = ctx.loads.filter((l) => l.target.startsWith('Avstemming!') && l.props === 'numberFormat');
  return { syncs: ctx.syncCount, avstemming, formats: formats.map((l) => l.target) };
}

let model: FakeModel;
beforeAll(async () => {
  model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P57');
});

const cells = () => model.sheets.find((s) => s.name === 'Avstemming')!.cells;

// The syncs each read took before Kommentar's formats were read (70726edf): 3 with one sync of blocks (the default
// budget), 4, 7 and 12 (check) or 4, 6 and 9 (structure) under smaller budgets. A date there takes none more.
const SYNCS = { check: [3, 4, 7, 12], structure: [3, 4, 6, 9] };

describe.each(['check', 'structure'] as const)('a %s read', (scope) => {
  it.each([
    [undefined, 0, ['Avstemming!P2:P57']],
    [50_000, 1, ['Avstemming!P9:P9']],
    [20_000, 2, ['Avstemming!P9:P9']],
    [10_000, 3, ['Avstemming!P9:P9']],
  ])(
    'under a budget of %p reads a date in Kommentar as a date, in the syncs it takes without',
    async (budget, n, asked) => {
      cells().delete('P9');
      const without = await read(model, scope, budget);
      expect(without.syncs).toBe(SYNCS[scope][n]);
      expect(without.avstemming?.numberFormats?.[8]?.[15] ?? null).toBeNull();
      cells().set('P9', { value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' });
      const withDate = await read(model, scope, budget);
      expect(withDate.syncs).toBe(without.syncs);
      expect(withDate.formats).toEqual(asked);
      expect(withDate.avstemming?.values[8]?.[15]).toBe('2027-03-15T00:00:00.000Z');
      expect(withDate.avstemming?.numberFormats?.[8]?.[15]).toBe('dd.mm.yyyy');
      cells().delete('P9');
    },
  );

  it('keeps the formats of numbers only, the same whether they came up front or asked', async () => {
    cells().set('P9', { value: 5, numberFormat: '0.0 %' });
    cells().set('P10', { value: 'ok', numberFormat: '@' });
    const [whole, blocks] = [await read(model, scope), await read(model, scope, 10_000)];
    expect(whole.avstemming?.numberFormats?.[8]?.[15]).toBe('0.0 %');
    expect(whole.avstemming?.numberFormats?.[9]?.[15] ?? null).toBeNull();
    expect(blocks.avstemming).toEqual(whole.avstemming);
    cells().delete('P9');
    cells().delete('P10');
  });
});

describe('askCommentFormats', () => {
  // A block of Avstemming!A1:D100, Kommentar in C: numbers on rows 5, 33, 70 and 99, text on row 40.
  const grid = Array.from({ length: 100 }, (_, i) => {
    const row = i + 1;
    const comment = [5, 33, 70, 99].includes(row) ? row : row === 40 ? 'tekst' : '';
    return ['x', 'y', comment, 1];
  });
  const piece = {
    sheet: 'Avstemming',
    rect: { top: 1, left: 1, bottom: 100, right: 4 },
    field: 'values' as const,
    numberCells: { cols: [3], top: 2, bottom: 100 },
  };

  it('asks the formats of its numbers in runs: 27 and 28 rows between two numbers join them, 36 do not', () => {
    const asked = askCommentFormats({ piece, grid }).map((p) => [p.field, p.rect]);
    expect(asked).toEqual([
      ['numberFormat', { top: 5, left: 3, bottom: 33, right: 3 }],
      ['numberFormat', { top: 70, left: 3, bottom: 99, right: 3 }],
    ]);
  });

  it('asks nothing of a block without numbers there, nor of one not marked', () => {
    const text = grid.map((r) => [r[0], r[1], typeof r[2] === 'number' ? 'tekst' : r[2], r[3]]);
    expect(askCommentFormats({ piece, grid: text })).toEqual([]);
    const { numberCells: _, ...plain } = piece;
    expect(askCommentFormats({ piece: plain, grid })).toEqual([]);
  });
});
