/**
 * Review r11: in a mill kr workbook, an amount with a fourth decimal is warned about with «Er det skrevet i feil
 * enhet, for eksempel mill kr?» — the workbook's own unit (SPEC §4: a mill kr plan is typed with decimals and new
 * money is rounded to 1 000 kr = 0,001 mill; §8 amount-precision: «more decimals than the unit allows, e.g. 2,4 in a
 * 1000 kr workbook — probably Mill kr»).
 *
 * The built-in example made in mill kr (`new --example --unit "mill kr"`); finance types D-003's 2027 line as
 * 0,1665 (Økonomiplan!G6: 166 500 kr, a figure worked to the krone) and D-003's 2028 cost as 0,7004 (Tiltak
 * drift!I4). Both have four decimals where mill kr allows three (whole thousands), so amount-precision is right to
 * come. But the question it asks — is it typed in the wrong unit, «for example mill kr»? — names the unit the
 * workbook already is in: there is no coarser unit to have meant. What would help her: the amount is finer than
 * whole thousands (0,1665 → 0,167 or 0,166), which is what the product rounds new money to.
 *
 * Expected: in a mill kr workbook the message does not propose mill kr as the unit it may have been typed in.
 *
 * Fixed (i18n/findings.ts keyInUnit, key amount-precision.mill): in mill kr the message says the unit allows three
 * decimals, whole thousands, which new money is rounded to, and asks for the amount rounded to three decimals, as
 * Excel's ROUND would: 0,1665 → 0,167 and 0,7004 → 0,700 (by hand). Failed before the fix.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { makeFinding } from '../../../src/domain/model/finding';
import { renderFinding } from '../../../src/i18n/findings';
import { testIo } from '../../cli/testIo';

describe('amount-precision in a mill kr workbook (SPEC §4, §8)', () => {
  test('does not ask whether 0,1665 was typed in mill kr, the unit the workbook is in', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--unit', 'mill kr'], io)).toBe(0);
    const file = path.join(io.cwd, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.getWorksheet('Innstillinger')!.getCell('B4').value).toBe('mill kr');
    const lines = wb.getWorksheet('Økonomiplan')!;
    expect([lines.getCell('C6').value, lines.getCell('G6').value]).toEqual(['D-003', 0.25]);
    lines.getCell('G6').value = 0.1665;
    const plan = wb.getWorksheet('Tiltak drift')!;
    expect([plan.getCell('A4').value, plan.getCell('I4').value]).toEqual(['D-003', 0.7]);
    plan.getCell('I4').value = 0.7004;
    await wb.xlsx.writeFile(file);

    const out = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--format', 'json'], out);
    const report = JSON.parse(out.out()) as {
      issues: { code: string; sheet: string; cell: string; message: string }[];
    };
    const precision = report.issues.filter((i) => i.code === 'amount-precision');
    expect(precision.map((i) => `${i.sheet}!${i.cell}`).sort()).toEqual(['Tiltak drift!I4', 'Økonomiplan!G6']);
    for (const i of precision) expect(i.message).not.toContain('for eksempel mill kr');
    const byCell = async (lang: string): Promise<Record<string, string>> => {
      const o = testIo({ cwd: io.cwd });
      await main(['check', 'plan.xlsx', '--format', 'json', '--lang', lang], o);
      const issues = (JSON.parse(o.out()) as typeof report).issues.filter((i) => i.code === 'amount-precision');
      return Object.fromEntries(issues.map((i) => [`${i.sheet}!${i.cell}`, i.message]));
    };
    const nb = await byCell('nb');
    expect(nb['Økonomiplan!G6']).toContain('(3, det vil si hele tusen kroner, som nye midler rundes av til)');
    expect(nb['Økonomiplan!G6']).toContain('Rund det av til 3 desimaler: 0,167.');
    expect(nb['Tiltak drift!I4']).toContain('Rund det av til 3 desimaler: 0,700.');
    const nn = await byCell('nn');
    expect(nn['Økonomiplan!G6']).toContain('Rund det av til 3 desimalar: 0,167.');
    expect(nn['Tiltak drift!I4']).not.toContain('til dømes mill kr');
    const en = await byCell('en');
    expect(en['Økonomiplan!G6']).toContain('Round it to 3 decimals: 0.167.');
    expect(en['Tiltak drift!I4']).toContain('Round it to 3 decimals: 0.700.');
    expect(en['Tiltak drift!I4']).not.toContain('such as mill kr');
  });

  test('rounds half away from zero, as Excel’s ROUND; a 1000 kr workbook is still asked about mill kr', () => {
    // −2,5005 mill kr: −2 500,5 thousand → −2 501 thousand = −2,501 (not −2,500).
    const negative = makeFinding('amount-precision', 'Tiltak drift', 'H4', {
      column: '2027',
      value: -2.5005,
      decimals: 3,
    });
    expect(renderFinding(negative, 'nb', 'mill kr')).toContain('Rund det av til 3 desimaler: −2,501.');
    // 2,4 in a 1000 kr workbook is probably mill kr (SPEC §8): that question stays.
    const thousand = makeFinding('amount-precision', 'Tiltak drift', 'H4', { column: '2027', value: 2.4, decimals: 0 });
    expect(renderFinding(thousand, 'nb', '1000 kr')).toContain('for eksempel mill kr?');
  });
});
