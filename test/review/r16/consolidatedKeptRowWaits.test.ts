/**
 * Review r16 (a + b + c: an empty economy plan year, a separate economy plan file, kept rows): on «Avstemming planer»
 * (the economy plan workbook's sheet, SPEC §15 by the rule of §10) a row the user accepted for a frame's year that now
 * waits — for the year's figures, or for the year headers — is told its item is gone and may be deleted.
 *
 * Steps: the example (2027–2030, 1000 kr) rolled to 2028–2031 as plan.xlsx and as finance's okonomiplan.xlsx. Finance
 * types 2031 in okonomiplan.xlsx (each line as its 2030) but R3's Ramme 2031 (J2) as 2 000. `check plan.xlsx
 * --economy-plan okonomiplan.xlsx --write --in-place`: «Avstemming planer» has R3 2031: tiltakene 3 000 (D-001 2 400 +
 * D-005 400 + D-011 200), rammen 2 000, 1 000 over → Avvik. She sets Status «Akseptert» and Kommentar «Ramme økes i
 * juni». Then
 *   (1) finance's new version has 2031 not typed yet (J2:J23 emptied: economy-plan-year-empty), or
 *   (2) its header I1 (2030) is typed «2300» (year-columns: the frames across plans are not compared, the report says
 *       «de sammenlignes når overskriftene stemmer»),
 * and she checks again with --write --in-place.
 *
 * What she sees on the R3 2031 row: «Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Plan, Ref, År og
 * Finansieringskilde. Status og Kommentar er tatt vare på her; slett raden når den ikke trengs.» R3 and its 2031 are
 * still there; told to delete the row, she loses the acceptance and the Kommentar, and R3 2031 comes back as an open
 * Feil once the figures (or the header) are right. The plan's own Avstemming says it right in both cases: «… følger
 * posten … når tallene er der» / «… når overskriftene er rettet» (sheets/reconciliationWaiting.ts).
 *
 * Expected: the same on «Avstemming planer»: no «slett raden» for a row whose item only waits.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const CHECK = ['check', 'plan.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];

async function edit(file: string, sheetName: string, type: (s: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  type(wb.getWorksheet(sheetName)!);
  await wb.xlsx.writeFile(file);
}

/** The row of «Avstemming planer» with Ref `ref` and År `year`, by header. */
async function planerRow(file: string, ref: string, year: number) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Avstemming planer')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const at = (r: number, h: string) => sheet.getRow(r).getCell(header.indexOf(h) + 1);
  for (let r = 2; r <= sheet.rowCount; r++)
    if (at(r, 'Ref').value === ref && at(r, 'År').value === year) return Object.assign((h: string) => at(r, h), { wb });
  throw new Error(`no ${ref} ${year} row`);
}

/** The steps above up to her acceptance; okonomiplan.xlsx's path. */
async function accepted(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'ex.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['roll', 'ex.xlsx', '--out', 'plan.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
  expect(await main(['roll', 'ex.xlsx', '--out', 'okonomiplan.xlsx'], testIo({ cwd: io.cwd }))).toBe(0);
  const op = path.join(io.cwd, 'okonomiplan.xlsx');
  await edit(op, 'Økonomiplan', (s) => {
    expect([String(s.getCell('I1').value), String(s.getCell('J1').value), s.getCell('D2').value]).toEqual([
      '2030',
      '2031',
      'R3',
    ]);
    for (let r = 2; r <= 23; r++) s.getCell(`J${r}`).value = s.getCell(`I${r}`).value;
    s.getCell('J2').value = 2000;
  });
  expect(await main(CHECK, testIo({ cwd: io.cwd }))).toBe(1);
  const row = await planerRow(op, 'R3', 2031);
  expect([row('Klasse').value, row('Tiltaksplan').value, row('Økonomiplan').value, row('Avvik').value]).toEqual([
    'Avvik',
    3000,
    2000,
    1000,
  ]);
  row('Status').value = 'Akseptert';
  row('Kommentar').value = 'Ramme økes i juni';
  await row.wb.xlsx.writeFile(op);
  return op;
}

async function rerun(op: string) {
  expect(await main(CHECK, testIo({ cwd: path.dirname(op) }))).toBe(1);
  const row = await planerRow(op, 'R3', 2031);
  expect([row('Status').value, row('Kommentar').value]).toEqual(['Akseptert', 'Ramme økes i juni']);
  return String(row('Forklaring').value);
}

describe('«Avstemming planer»: a kept row whose frame item waits (SPEC §10, §15)', () => {
  test('(1) 2031 not typed in the new version: the row is not told to be deleted', async () => {
    const op = await accepted();
    await edit(op, 'Økonomiplan', (s) => {
      for (let r = 2; r <= 23; r++) s.getCell(`J${r}`).value = null;
    });
    // Before the fix (found by review r16): «… ingen post har lenger denne Kode, Plan, Ref, År og Finansieringskilde. … slett raden når den ikke trengs.»
    const text = await rerun(op);
    expect(text).not.toContain('ingen post har lenger');
    expect(text).not.toContain('slett raden');
  });

  test('(2) header 2030 typed 2300: the row is not told to be deleted', async () => {
    const op = await accepted();
    await edit(op, 'Økonomiplan', (s) => {
      s.getCell('I1').value = '2300';
    });
    const text = await rerun(op);
    expect(text).not.toContain('ingen post har lenger');
    expect(text).not.toContain('slett raden');
  });
});
