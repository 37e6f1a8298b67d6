/**
 * A budget officer's plan in «mill kr» for 2027–2030, made by `new`, whose settings table is then not found: she
 * deleted the Innstillinger sheet, retyped the Verdi header («Verdi 2027»), or renamed the sheet and its table. Check
 * says so as an error (sheet-missing, or column-missing). The roll used to go ahead from the defaults — Første planår
 * next year (2027, as the test's year is 2026), 4 years, «1000 kr» — and wrote a plan for 2028–2031 in «1000 kr»
 * whose amounts were typed in «mill kr» (exit 0; the renamed sheet stopped it only on her own cells, telling her to
 * move them). SPEC §11 (the product's choice): not rolled, as a table not found — exit 1, nothing written, the
 * finding as check words it, naming the settings table and its sheet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { deleteSettingsSheet, retypeValueHeader } from './settingsDamage';
import { testIo, type TestIo } from './testIo';

async function run(io: TestIo, args: string[]): Promise<number> {
  return main(args, { ...io, today: '2027-01-15' });
}

/** A plan made by `new --example` in «mill kr» for 2027–2030, edited by `edit`, as plan.xlsx in a fresh folder. */
async function planWith(edit: (pkg: FixturePkg) => void): Promise<TestIo> {
  const io = testIo();
  expect(await run(io, ['new', 'ny.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'])).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'ny.xlsx'))));
  edit(pkg);
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  return testIo({ cwd: io.cwd });
}

/** The sheet renamed «Oppsett 2027» and tblInnstillinger «Oppsett» (Excel rewrites the references to both). */
function renameSettings(pkg: FixturePkg): void {
  for (const name of Object.keys(pkg.files).filter((n) => n.startsWith('xl/') && n.endsWith('.xml')))
    pkg.edit(name, (x) =>
      x
        .replaceAll('name="Innstillinger"', 'name="Oppsett 2027"')
        .replaceAll('Innstillinger!', "'Oppsett 2027'!")
        .replaceAll('tblInnstillinger', 'Oppsett'),
    );
}

describe('roll of a plan whose settings are not found', () => {
  it.each([
    ['the Innstillinger sheet deleted', deleteSettingsSheet, 'sheet-missing', 'Innstillinger!A1'],
    // At the retyped header (B1), to be renamed back.
    ['the Verdi header retyped', retypeValueHeader, 'column-missing', 'Innstillinger!B1'],
    ['the sheet and its table renamed', renameSettings, 'sheet-missing', 'Innstillinger!A1'],
  ])('%s: check errs, and roll refuses (exit 1, nothing written)', async (_what, edit, code, at) => {
    const io = await planWith(edit);
    const check = testIo({ cwd: io.cwd });
    expect(await run(check, ['check', 'plan.xlsx', '--format', 'json'])).toBe(1);
    const issues = JSON.parse(check.out()).issues as { code: string; severity: string; sheet: string; cell: string }[];
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toContain(`${code} ${at}`);

    expect(await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx'])).toBe(1);
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(['ny.xlsx', 'plan.xlsx']);
    expect(io.err()).toContain('Rullerer ikke plan.xlsx: innstillingene ble ikke funnet');
    expect(io.err()).toContain('Ingenting er skrevet');
    expect(io.err()).toContain(`  ${at}: `);
    // Not the advice to move her own cells out of the way: those cells are her settings.
    expect(io.err()).not.toContain('Flytt innholdet');
  });

  it.each([
    ['nn', 'innstillingane vart ikkje funne', 'Ingenting er skrive'],
    ['en', 'the settings were not found', 'Nothing was written'],
  ])('%s: refuses in the language asked for', async (lang, said, nothing) => {
    const io = await planWith(deleteSettingsSheet);
    expect(await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx', '--lang', lang])).toBe(1);
    expect(io.files()).toEqual(['ny.xlsx', 'plan.xlsx']);
    expect(io.err()).toContain(said);
    expect(io.err()).toContain(nothing);
    expect(io.err()).toContain('Innstillinger!A1: ');
  });

  it('still rolls the same plan with its settings in place: 2027–2030 in «mill kr» becomes 2028–2031', async () => {
    const io = await planWith(() => undefined);
    expect(await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx'])).toBe(0);
    expect(io.out()).toContain('2028–2031');
    const check = testIo({ cwd: io.cwd });
    await run(check, ['check', 'rullert.xlsx', '--format', 'json']);
    expect(JSON.parse(check.out()).plan).toEqual({ startYear: 2028, years: [2028, 2029, 2030, 2031], unit: 'mill kr' });
  });
});
