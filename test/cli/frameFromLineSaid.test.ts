/**
 * A costed measure without Rammeområde that its economy plan line places in a frame (SPEC §4, §10) is counted there
 * by the reconciliation, but under «(uten rammeområde)» by Sammendrag's «Nye midler per rammeområde» (the measure
 * table alone). A finance officer comparing Sammendrag's R4 row with the economy plan's R4 Ramme line saw a different
 * number than Avstemming's R4 items, told nowhere why: frame-missing on the empty cell said only «mangler
 * rammeområde», and Sammendrag nothing.
 *
 * The built-in example (1000 kr): D-003 (Bostøttekontakt i NAV) loses its Rammeområde R4 ('Tiltak drift'!T4
 * emptied), and finance's line for D-003 carries R4 (Økonomiplan!D6). By hand: D-003's new money is (350, 700, 700,
 * 700) × 500 / 700 = 250 / 500 / 500 / 500, 1 750 over the period: Sammendrag's «(uten rammeområde)» row, while
 * Avstemming counts it in R4.
 *
 * Fixed: frame-missing at T4 says that the line has R4, that Avstemming counts the measure in R4 and Sammendrag
 * under «(uten rammeområde)», and to type R4; Sammendrag says under its frame rows which measures Avstemming counts
 * in their line's frame. The consolidation (check --economy-plan) says the same of its own placement.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells } from './exampleTyped';
import { testIo } from './testIo';

interface Issue {
  readonly code: string;
  readonly cell: string;
  readonly measureId?: string;
  readonly message: string;
}
const KOMMUNE = path.join(__dirname, '..', '..', 'examples', 'kommune');

const frameMissing = (issues: readonly Issue[]) => issues.filter((i) => i.code === 'frame-missing');

describe('a measure counted in its line’s frame is said on its empty Rammeområde and on Sammendrag', () => {
  test('one plan: the finding names R4, Sammendrag’s frame block names D-003 (R4)', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      typeCells(wb.getWorksheet('Tiltak drift')!, { T4: null });
      typeCells(wb.getWorksheet('Økonomiplan')!, { D6: 'R4' });
    });
    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { issues: Issue[] };
    const found = frameMissing(report.issues);
    expect(found.map((i) => [i.cell, i.measureId])).toEqual([['T4', 'D-003']]);
    expect(found[0]?.message).toBe(
      'Tiltaket ber om nye midler (500), men mangler rammeområde. Linjen i økonomiplanen har R4, så Avstemming ' +
        'regner tiltaket med i R4, mens Sammendrag viser det under «(uten rammeområde)». Skriv R4 i Rammeområde, så ' +
        'viser begge det samme.',
    );

    const en = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--format', 'json', '--lang', 'en'], en);
    expect(frameMissing((JSON.parse(en.out()) as { issues: Issue[] }).issues)[0]?.message).toContain('Type R4');

    const write = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--write', '--out', 'k.xlsx'], write);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(io.cwd, 'k.xlsx'));
    const ws = out.getWorksheet('Sammendrag')!;
    let noFrame = 0;
    ws.eachRow((row, r) => void (row.getCell(2).value === '(uten rammeområde)' && (noFrame = r)));
    expect(noFrame).toBeGreaterThan(0);
    // The row stays the measure table's: D-003 250 / 500 / 500 / 500, 1 750.
    expect([3, 4, 5, 6, 7].map((c) => ws.getCell(noFrame, c).value)).toEqual([250, 500, 500, 500, 1750]);
    // The note stands right under the block's last frame row (R3, (uten rammeområde), R1).
    let note = 0;
    ws.eachRow((row, r) => void (String(row.getCell(1).value).startsWith('«(uten rammeområde)»') && (note = r)));
    expect([ws.getCell(note - 1, 1).value, note - 1 > noFrame]).toEqual(['R1', true]);
    expect(ws.getCell(note, 1).value).toBe(
      '«(uten rammeområde)» har tiltak som Avstemming regner med i rammeområdet linjen i økonomiplanen har: ' +
        'D-003 (R4). Skriv rammeområdet i Rammeområde på tiltaket, så viser Sammendrag og Avstemming det samme.',
    );
  });

  /*
   * examples/kommune (1000 kr): Boligsosial handlingsplan's D-002 (new money 200 a year, R2) loses its Rammeområde
   * ('Tiltak drift'!T3 emptied); finance's line for it (okonomiplan.xlsx row 3, Ref 3) has R2.
   */
  test('the consolidation: the plan’s finding names R2, where the consolidation counts it', async () => {
    const io = testIo();
    for (const f of ['boligsosial', 'helse', 'oppvekst', 'okonomiplan'])
      copyFileSync(path.join(KOMMUNE, `${f}.xlsx`), path.join(io.cwd, `${f}.xlsx`));
    const plan = new ExcelJS.Workbook();
    await plan.xlsx.readFile(path.join(io.cwd, 'boligsosial.xlsx'));
    expect(plan.getWorksheet('Tiltak drift')!.getCell('A3').value).toBe('D-002');
    plan.getWorksheet('Tiltak drift')!.getCell('T3').value = null;
    await plan.xlsx.writeFile(path.join(io.cwd, 'boligsosial.xlsx'));

    const args = ['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    await main(['check', ...args, '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { reports: { file: string; issues: Issue[] }[] };
    const own = report.reports.find((r) => r.file.includes('boligsosial'))!;
    const found = frameMissing(own.issues);
    expect(found.map((i) => [i.cell, i.measureId])).toEqual([['T3', 'D-002']]);
    expect(found[0]?.message).toContain('Linjen i økonomiplanen har R2, så Avstemming regner tiltaket med i R2');
  });
});
