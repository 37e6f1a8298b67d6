/**
 * SPEC §4: «totals, Sammendrag and reconciliation see the same set of measures, and an item built from a row with
 * an error says so in its explanation». The rows whose errors are about their amounts (financing-sign, also with a
 * base of 0; year-exceeds-full-year; one-off-full-year; as before the sum errors and invalid amounts) are named in
 * `rowErrors` of every item they enter, and the explanation says so; an error that changes no figure (an empty
 * Ansvarlig) names nothing. The example (2027–2030, 1000 kr), one row retyped with exceljs, `check --format json`;
 * the expected items are computed by hand from the example's rows and its Økonomiplan sheet.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

type Item = {
  code: string;
  ref: string;
  source?: string;
  year?: number;
  class: string;
  measures: number;
  rowErrors?: string[];
};
type Doc = { issues: { code: string; cell: string; measureId?: string }[]; reconciliation: Item[] };

let example = '';
beforeAll(async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  example = path.join(io.cwd, 'plan.xlsx');
});

/** The example with some cells of Tiltak drift (or another sheet) retyped, checked: its findings and items. */
async function checked(
  cells: Record<string, number | null>,
  sheet = 'Tiltak drift',
): Promise<{ doc: Doc; text: string }> {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(example, file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const d = wb.getWorksheet(sheet)!;
  for (const [cell, value] of Object.entries(cells)) d.getCell(cell).value = value;
  await wb.xlsx.writeFile(file);
  const json = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], json);
  const text = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx'], text);
  return { doc: JSON.parse(json.out()) as Doc, text: text.out() };
}

const rows = (doc: Doc, code: string, ref: string) =>
  doc.reconciliation
    .filter((i) => i.code === code && i.ref === ref)
    .map((i) => [i.year, i.class, i.measures, i.rowErrors ?? null]);
const errorsOf = (doc: Doc, id: string) => doc.issues.filter((i) => i.measureId === id).map((i) => [i.code, i.cell]);

const NOTE = 'Merk: D-009 har feil i beløp eller summer';

test('the example as built names no row in any item', async () => {
  const { doc, text } = await checked({});
  expect(doc.reconciliation.filter((i) => i.rowErrors !== undefined)).toEqual([]);
  expect(text).not.toContain('har feil i beløp eller summer');
});

test('D-009 Nye midler 1 on a base of 0 (1, −1; Endret drift −1): its items and R1’s name it', async () => {
  const { doc, text } = await checked({ H10: 1, I10: -1, M10: 0, O10: -1, Q10: 1 });
  expect(errorsOf(doc, 'D-009')).toEqual([['financing-sign', 'Q10']]);
  // No share of a base of 0: new money 0 every year, against the Tiltak line 120/0/0/0 (Økonomiplan row 8).
  const d9 = ['D-009'];
  expect(rows(doc, 'measure-new-money', 'D-009')).toEqual([
    [2027, 'mismatch', 0, d9],
    [2028, 'match', 0, d9],
    [2029, 'match', 0, d9],
    [2030, 'match', 0, d9],
  ]);
  // R1's Ramme line 120/0/0/0 (row 4): 0 is within it, but the 0 is not to be trusted.
  expect(rows(doc, 'frame-total', 'R1')).toEqual([
    [2027, 'match', 0, d9],
    [2028, 'match', 0, d9],
    [2029, 'match', 0, d9],
    [2030, 'match', 0, d9],
  ]);
  expect(text).toContain(NOTE);
});

test('D-009 Endret drift −30, Nye midler 150 on a base of 120: sums hold, the sign is wrong, its items say so', async () => {
  const { doc, text } = await checked({ O10: -30, Q10: 150 });
  expect(errorsOf(doc, 'D-009')).toEqual([['financing-sign', 'O10']]);
  // 120 × 150 / 120 = 150 thousand in 2027, against 120 on its Tiltak line and in R1's Ramme line.
  const d9 = ['D-009'];
  expect(rows(doc, 'measure-new-money', 'D-009')[0]).toEqual([2027, 'mismatch', 150_000, d9]);
  expect(rows(doc, 'frame-total', 'R1')[0]).toEqual([2027, 'mismatch', 150_000, d9]);
  expect(text).toContain(NOTE);
});

test('D-009 (Engangs) with Helårsvirkning 120: one-off-full-year, its items name it', async () => {
  const { doc } = await checked({ M10: 120 });
  expect(errorsOf(doc, 'D-009')).toEqual([['one-off-full-year', 'M10']]);
  // Base 120 (Helårsvirkning), Nye midler 120: 120 in 2027, as its line.
  expect(rows(doc, 'measure-new-money', 'D-009')[0]).toEqual([2027, 'match', 120_000, ['D-009']]);
});

test('D-011 (Varig, 200 a year) typed 2 000 in 2028: year-exceeds-full-year, R3’s items name it', async () => {
  const { doc } = await checked({ I12: 2000 });
  expect(errorsOf(doc, 'D-011')).toEqual([['year-exceeds-full-year', 'I12']]);
  // R3 = D-001 600/1 200/1 800/2 400 + D-005 (400/800 of 400, 800, 800, 800) 200/400/400/400 + D-011 200/2 000/200/200
  // = 1 000/3 600/2 400/3 000 against the Ramme line 1 000/1 800/2 400/3 000.
  const d11 = ['D-011'];
  expect(rows(doc, 'frame-total', 'R3')).toEqual([
    [2027, 'match', 1_000_000, d11],
    [2028, 'mismatch', 3_600_000, d11],
    [2029, 'match', 2_400_000, d11],
    [2030, 'match', 3_000_000, d11],
  ]);
});

test('I-005 (P-4104, 2 500) with Mva-kompensasjon 600 and Lån 1 400: vat-share, its project’s items name it', async () => {
  const { doc } = await checked({ P6: 600, S6: 1400 }, 'Tiltak investering');
  expect(errorsOf(doc, 'I-005')).toEqual([['vat-share', 'P6']]);
  // Its Finansiering lines (rows 21–23): Mva-kompensasjon 400, Overføring fra drift 500, Lån 1 600.
  const sources = doc.reconciliation
    .filter((i) => i.code === 'project-financing' && i.ref === 'P-4104')
    .map((i) => [i.source, i.class, i.measures, i.rowErrors ?? null]);
  const i5 = ['I-005'];
  expect(sources).toEqual([
    ['Mva-kompensasjon', 'mismatch', 600_000, i5],
    ['Lån', 'mismatch', 1_400_000, i5],
    ['Overføring fra drift', 'match', 500_000, i5],
  ]);
  expect(rows(doc, 'project-expenditure', 'P-4104')[0]).toEqual([2027, 'match', 2_500_000, i5]);
});

test('D-009 without Ansvarlig: an error that changes no figure names nothing', async () => {
  const { doc, text } = await checked({ R10: null });
  expect(errorsOf(doc, 'D-009')).toEqual([['responsible-missing', 'R10']]);
  expect(doc.reconciliation.filter((i) => i.rowErrors !== undefined)).toEqual([]);
  expect(text).not.toContain(NOTE);
});
