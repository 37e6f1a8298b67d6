/**
 * Review (r7): unit-suspect (SPEC §8) in a plan in kr. The built-in example in kr, D-001 (miljøteam) with
 * Helårsvirkning 2 400 000 kr and Nye midler typed 2 400 000 000 (a factor of 1000, within 0,1 %): the message
 * offers two readings, and the second says the financing "er skrevet i øre: del finansieringsbeløpene med 1000".
 * One krone is 100 øre, not 1000: an amount typed in øre is divided by 100, and dividing by 1000 as told would
 * make 2 400 000 000 øre (24 000 000 kr) into 2 400 000 kr. There is no unit 1000 times smaller than kr to name
 * (findings.ts SMALLER_UNIT maps kr to «øre»), and the message goes on to say this reading is the likely one
 * (the rest of the plan is the size of Helårsvirkning). nn and en say the same («øre», «1000»).
 *
 * Reproduce: tiltaksplan new k.xlsx --example --unit kr; type 2400000000 in 'Tiltak drift'!Q2; tiltaksplan
 * check k.xlsx (finding at M2).
 *
 * Fixed when no language ties øre to a factor of 1000 (name no unit there, or say 100 where it says øre).
 * Fixed by naming no unit: in a kr workbook the reading says the amounts have three zeros too many (findings.ts
 * keyInUnit, catalogue keys unit-suspect.kr and unit-suspect.base.kr).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

interface Issue {
  readonly code: string;
  readonly cell: string;
  readonly message: string;
}

describe('unit-suspect in a kr workbook names no unit 1000 times smaller than kr (SPEC §8)', () => {
  test('never says «øre» with a factor of 1000, in nb, nn or en', async () => {
    const io = testIo();
    await main(['new', 'k.xlsx', '--example', '--unit', 'kr', '--start', '2027'], io);
    const file = path.join(io.cwd, 'k.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    // Helårsvirkning (M2) is 2 400 000 kr; Nye midler 2 400 000 000 is 1000 times it.
    expect(wb.getWorksheet('Tiltak drift')!.getCell('M2').value).toBe(2_400_000);
    wb.getWorksheet('Tiltak drift')!.getCell('Q2').value = 2_400_000_000;
    await wb.xlsx.writeFile(file);

    for (const lang of ['nb', 'nn', 'en']) {
      const run = testIo({ cwd: io.cwd });
      await main(['check', 'k.xlsx', '--format', 'json', '--lang', lang], run);
      const issues = (JSON.parse(run.out()) as { issues: Issue[] }).issues;
      const suspect = issues.find((i) => i.code === 'unit-suspect' && i.cell === 'M2');
      expect(suspect).toBeDefined();
      // The sentence of the øre reading (the word øre, not «større»), up to its full stop, must not ask for 1000.
      const ore = /(?<!\p{L})øre(?!\p{L})[^.]*/u.exec(suspect?.message ?? '');
      expect({ lang, ore: ore !== null && /1000/.test(ore[0]) }).toEqual({ lang, ore: false });
      // Sharper: no unit below kr is named at all, and the financing reading divides by 1000 to Helårsvirkning's
      // 2 400 000 (2 400 000 000 / 1000, by hand), saying the amounts have three zeros too many.
      const text = (suspect?.message ?? '').replace(/\s/g, ' ');
      expect({ lang, ore: ore !== null }).toEqual({ lang, ore: false });
      expect(text).toContain(
        { nb: 'tre nuller for mye', nn: 'tre nullar for mykje', en: 'three zeros too many' }[
          lang as 'nb' | 'nn' | 'en'
        ],
      );
      expect(text).toContain(
        { nb: '(summen blir 2 400 000)', nn: '(summen blir 2 400 000)', en: '(the sum becomes 2 400 000)' }[
          lang as 'nb' | 'nn' | 'en'
        ],
      );
    }
  });
});
