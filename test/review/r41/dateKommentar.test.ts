/**
 * Review r41 (finance staff between runs): a date she typed in Kommentar of tblAvstemming comes back as ISO text.
 * In Norwegian Excel «15.3» typed in a cell is the date 15.03.2027: a number (Excel's day 46461) shown with a date
 * format. The next `check --write` writes that Kommentar as the text «2027-03-15T00:00:00.000Z» (the reader's ISO
 * text for a date, written back as text) and sets the cell's format to General — on the item's own row, and on the
 * row kept below the items when its item is gone. Her own columns carry a date as a date (docs/spec.md §10: «Cells
 * are carried as typed (text as text, a number as a number, a date as a date), each with its cell's number format»).
 *
 * Why wrong: SPEC §10 — Kommentar belongs to the user and a new run keeps it; what she reads afterwards is not what
 * she typed.
 *
 * By hand, on the example (2027–2030, 1000 kr), Avstemming written in place (tblAvstemming A1:P57): row 9 is D-003
 * 2030, row 18 D-011 (measure-not-in-economy-plan). 15.03.2027 is day 46461 (46023 is 01.01.2026, + 365 = 46388 for
 * 01.01.2027, + 31 + 28 = 46447 for 01.03, + 14). She types it in P9 and P18 (shown dd.mm.yyyy), and sets D-011's
 * Nye midler (Tiltak drift!Q12) 200 → 0. After `check --write --in-place`: P9 (D-003 2030 still on row 9) holds the
 * number 46461 shown as a date; D-011's item is gone, its row kept last (57), and P57 holds 46461 shown as a date.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';
import { testIo } from '../../cli/testIo';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';

const MARCH_15_2027 = 46461;

/** The worksheet XML of a cell of Avstemming, and the number format the reader gives it. */
async function cellOf(file: string, a1: string) {
  const pkg = new FixturePkg(readFileSync(file));
  const xml = pkg.text(pkg.sheetPart('Avstemming'));
  const c = new RegExp(`<c r="${a1}"[^>]*?(/>|>.*?</c>)`).exec(xml)?.[0] ?? '';
  const snap = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  const sheet = snap.sheets.find((s) => s.sheet === 'Avstemming')!;
  const row = Number(a1.slice(1)) - 1;
  return {
    ref: sheet.values[row]?.[3],
    number: /<v>([^<]*)<\/v>/.exec(c)?.[1] ?? null,
    text: c.includes('t="inlineStr"') || c.includes('t="s"') || c.includes('t="str"'),
    format: sheet.numberFormats?.[row]?.[15] ?? null,
  };
}

test('a date typed in Kommentar stays a date, beside its item and on the row kept below', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const snap = await wb.read();
  const av = snap.sheets.find((s) => s.sheet === 'Avstemming')!.values;
  expect([av[8]?.[3], av[8]?.[6], av[17]?.[3]]).toEqual(['D-003', 2030, 'D-011']);
  expect(snap.sheets.find((s) => s.sheet === 'Tiltak drift')!.values[11]?.[16]).toBe(200);
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P9', values: [[MARCH_15_2027]] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P18', values: [[MARCH_15_2027]] },
    { kind: 'setNumberFormat', sheet: 'Avstemming', range: 'P9', format: 'dd.mm.yyyy' },
    { kind: 'setNumberFormat', sheet: 'Avstemming', range: 'P18', format: 'dd.mm.yyyy' },
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'Q12', values: [[0]] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }));
  const date = { number: String(MARCH_15_2027), text: false, format: 'dd.mm.yyyy' };
  expect(await cellOf(file, 'P9')).toEqual({ ref: 'D-003', ...date });
  expect(await cellOf(file, 'P57')).toEqual({ ref: 'D-011', ...date });
});
