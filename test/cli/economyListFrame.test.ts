/**
 * Review (r10) of 08be066: a consolidated check judges the economy plan workbook's lines by the plans' frame lists
 * only, never by the workbook's own tblRammeomrader. Finance's economy plan covers the whole municipality; a frame
 * that finance lists and no plan given lists (a sector with no plan in this consolidation) is a right code, yet its
 * line is the error frame-invalid, «… finnes ikke i listen over rammeområder (R1, R2, R3, R4, R5) … Rett koden til en
 * av dem»: advice to change a code that is right by the workbook's own list.
 *
 * examples/kommune (1000 kr): okonomiplan.xlsx's tblRammeomrader (Innstillinger!H2:I6) has R5 replaced by R6
 * «Kultur», and its line X-17 (row 8, Kulturskole, 150 a year) carries R6 instead of R4. The plans list R1–R5.
 *
 * By hand: R6 is a code of the economy plan workbook's list, so no frame-invalid at Økonomiplan!D8. (R6 holds no
 * measure of the plans: its frame-total items, 0 against 150 a year, say so already, as for R4 before the edit.)
 *
 * Reproduce: copy examples/kommune; in okonomiplan.xlsx type Innstillinger!H6 = R6, I6 = Kultur, Økonomiplan!D8 = R6;
 * tiltaksplan check boligsosial.xlsx helse.xlsx oppvekst.xlsx --economy-plan okonomiplan.xlsx.
 *
 * Fixed (w107): the known frames are the plans' lists and the economy plan workbook's own; a code in none of them
 * (R7) is frame-invalid naming all their codes (R1–R6).
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

const KOMMUNE = path.join(__dirname, '..', '..', 'examples', 'kommune');

/** examples/kommune with R6 «Kultur» in okonomiplan.xlsx's list in place of R5 and `frame` on X-17 (row 8), checked. */
async function consolidated(frame: string) {
  const io = testIo();
  for (const f of ['boligsosial', 'helse', 'oppvekst', 'okonomiplan'])
    copyFileSync(path.join(KOMMUNE, `${f}.xlsx`), path.join(io.cwd, `${f}.xlsx`));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(io.cwd, 'okonomiplan.xlsx'));
  const settings = wb.getWorksheet('Innstillinger')!;
  expect([settings.getCell('H1').value, settings.getCell('H6').value]).toEqual(['Kode', 'R5']);
  settings.getCell('H6').value = 'R6';
  settings.getCell('I6').value = 'Kultur';
  const ep = wb.getWorksheet('Økonomiplan')!;
  expect([ep.getCell('C8').value, ep.getCell('D8').value]).toEqual(['X-17', 'R4']);
  ep.getCell('D8').value = frame;
  await wb.xlsx.writeFile(path.join(io.cwd, 'okonomiplan.xlsx'));

  const args = ['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
  await main(['check', ...args, '--format', 'json'], io);
  return JSON.parse(io.out()) as {
    consolidation: {
      issues: { code: string; cell?: string; message: string }[];
      items: { code: string; ref: string }[];
    };
  };
}

describe('an economy plan line whose frame is in the economy plan workbook’s own list (SPEC §6, §15)', () => {
  test('is not frame-invalid because no plan given lists that frame', async () => {
    const report = await consolidated('R6');
    // The premise: R6 is compared as a frame (its line's 150 a year).
    expect(report.consolidation.items.some((i) => i.code === 'frame-total' && i.ref === 'R6')).toBe(true);
    expect(report.consolidation.issues.filter((i) => i.code === 'frame-invalid')).toEqual([]);
  });

  test('a code in no list is frame-invalid, naming the codes of the plans’ lists and the workbook’s own', async () => {
    const report = await consolidated('R7');
    const invalid = report.consolidation.issues.filter((i) => i.code === 'frame-invalid');
    expect(invalid).toMatchObject([{ cell: 'D8' }]);
    expect(invalid[0]?.message).toContain('«R7»');
    expect(invalid[0]?.message).toContain('R1, R2, R3, R4, R5, R6');
  });
});
