/**
 * compare beside a table whose year headers are not the period (docs/spec.md §8 year-columns, §14), for the tables
 * and versions test/review/r13/compareYearNotRead.test.ts (the newer version's Tiltak drift) does not cover: the older
 * version's Tiltak drift, the newer's Tiltak investering and its Økonomiplan — and a measure listed whole from such a
 * table, whose unread year is «–», not the empty cell it reads as (economy plan lines alike).
 *
 * The built-in example (2027–2030, 1000 kr) against a copy with one header «2030» typed 2031: Tiltak drift!K1,
 * Tiltak investering!N1 or Økonomiplan!J1. By hand from the example: 2030's operating cost 4 250, new money 3 500,
 * investment 1 000; D-001's economy plan line (Økonomiplan row 5) 1 800 in 2029; D-011 (Tiltak drift row 12) 200 a
 * year, 2030 in K12; the line D-009 (Økonomiplan row 8) 120 / 0 / 0 / 0.
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells } from './exampleTyped';
import { testIo } from './testIo';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'eksempel.xlsx');
const FOUND = '2027, 2028, 2029, 2031';

type Year = { old: number | null; new: number | null; difference: number | null };
interface Doc {
  yearsNotRead?: unknown[];
  measures: { added: { id: string; years: Record<string, number | null> }[]; removed: unknown[]; changed: unknown[] };
  totals: Record<'operating' | 'newMoney' | 'investment', { years: Record<string, Year> }>;
  economyPlan: { added: unknown[]; removed: unknown[]; changed: { ref: string; changes: unknown[] }[] };
}

/** The example typed as `type` says, as `name` in a fresh folder; the compare of `older` with `newer` there. */
async function compared(
  type: (wb: ExcelJS.Workbook) => void,
  order: 'typed-older' | 'typed-newer',
): Promise<{ doc: Doc; text: string }> {
  const io = testIo();
  await exampleTyped(io.cwd, type, 'typed.xlsx');
  const files = order === 'typed-older' ? ['typed.xlsx', EXAMPLE] : [EXAMPLE, 'typed.xlsx'];
  const json = testIo({ cwd: io.cwd });
  expect(await main(['compare', ...files, '--format', 'json'], json)).toBe(0);
  const text = testIo({ cwd: io.cwd });
  await main(['compare', ...files], text);
  return { doc: JSON.parse(json.out()) as Doc, text: text.out() };
}

const header = (sheet: string, cell: string) => (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet(sheet)!;
  expect(String(ws.getCell(cell).value)).toBe('2030');
  ws.getCell(cell).value = 2031;
};
const NOT_COMPARED = { old: null, new: null, difference: null };

describe('compare: a year not read', () => {
  test('of the older version’s Tiltak drift: left out of its totals, named as the older version’s', async () => {
    const { doc, text } = await compared(header('Tiltak drift', 'K1'), 'typed-older');
    expect(doc.yearsNotRead).toEqual([
      { version: 'old', table: 'operating', sheet: 'Tiltak drift', cell: 'K1', years: [2030], found: FOUND },
    ]);
    expect(doc.measures.changed).toEqual([]);
    expect(doc.totals.operating.years['2030']).toEqual(NOT_COMPARED);
    expect(doc.totals.newMoney.years['2030']).toEqual(NOT_COMPARED);
    expect(doc.totals.investment.years['2030']).toEqual({ old: 1_000_000, new: 1_000_000, difference: 0 });
    expect(text).toContain('Årskolonnene i «Tiltak drift» i den eldre versjonen stemmer ikke med planperioden');
    expect(text).toContain('Ingen endringer.');
  });

  test('of the newer version’s Tiltak investering: only the investment totals leave it out', async () => {
    const { doc, text } = await compared(header('Tiltak investering', 'N1'), 'typed-newer');
    expect(doc.yearsNotRead).toEqual([
      { version: 'new', table: 'investment', sheet: 'Tiltak investering', cell: 'N1', years: [2030], found: FOUND },
    ]);
    expect(doc.measures.changed).toEqual([]);
    expect(doc.totals.investment.years['2030']).toEqual(NOT_COMPARED);
    expect(doc.totals.operating.years['2030']).toEqual({ old: 4_250_000, new: 4_250_000, difference: 0 });
    expect(doc.totals.newMoney.years['2030']).toEqual({ old: 3_500_000, new: 3_500_000, difference: 0 });
    expect(text).toContain('Ingen endringer.');
  });

  test('of the newer version’s Økonomiplan: a line changed in 2029 is told, 2030 is not compared', async () => {
    const typed = (wb: ExcelJS.Workbook) => {
      header('Økonomiplan', 'J1')(wb);
      const ws = wb.getWorksheet('Økonomiplan')!;
      expect([ws.getCell('C5').value, ws.getCell('I5').value]).toEqual(['D-001', 1800]);
      typeCells(ws, { I5: 1900 });
    };
    const { doc } = await compared(typed, 'typed-newer');
    expect(doc.yearsNotRead).toEqual([
      { version: 'new', table: 'economyPlan', sheet: 'Økonomiplan', cell: 'J1', years: [2030], found: FOUND },
    ]);
    expect(doc.economyPlan.changed.map((l) => [l.ref, l.changes])).toEqual([
      ['D-001', [{ field: '2029', old: 1_800_000, new: 1_900_000 }]],
    ]);
    expect([doc.economyPlan.added, doc.economyPlan.removed, doc.measures.changed]).toEqual([[], [], []]);
    // The measures' totals read no economy plan year.
    expect(doc.totals.newMoney.years['2030']).toEqual({ old: 3_500_000, new: 3_500_000, difference: 0 });
  });

  test('of a measure added from such a table: its 2030 is «–» (not read), not blank as an empty cell', async () => {
    const typed = (wb: ExcelJS.Workbook) => {
      header('Tiltak drift', 'K1')(wb);
      const ws = wb.getWorksheet('Tiltak drift')!;
      expect([ws.getCell('A12').value, ws.getCell('K12').value]).toEqual(['D-011', 200]);
      typeCells(ws, { A12: 'D-012' });
      header('Økonomiplan', 'J1')(wb);
      const lines = wb.getWorksheet('Økonomiplan')!;
      expect(lines.getCell('C8').value).toBe('D-009');
      typeCells(lines, { C8: 'D-099' });
    };
    const { doc, text } = await compared(typed, 'typed-newer');
    expect(doc.measures.added.map((m) => m.id)).toEqual(['D-012']);
    const added = text.slice(text.indexOf('Nye tiltak'), text.indexOf('Fjernede tiltak'));
    const row = added.split('\n').find((l) => l.includes('D-012')) ?? '';
    // 200 / 200 / 200 read, 2030 not read (K12 holds 200): the last column is «–».
    expect(row.trimEnd()).toMatch(/200 +200 +200 +–$/);
    // The line renamed D-099 is new, read from a table whose 2030 is not read: «–»; D-009, removed, is read whole: 0.
    const lineRow = (ref: string) =>
      text.split('\n').find((l) => l.trimStart().startsWith(`Drift · Tiltak · ${ref}`)) ?? '';
    expect(lineRow('D-099').trimEnd()).toMatch(/120 +0 +0 +–$/);
    expect(lineRow('D-009').trimEnd()).toMatch(/120 +0 +0 +0$/);
  });
});
