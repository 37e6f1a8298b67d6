/**
 * A budget officer renames a sheet and its table in Excel: «Tiltak drift» becomes «Drift 2027» and tblTiltakDrift
 * «DriftTabell» (Økonomiplan and tblOkonomiplan likewise). SPEC §2 finds a table by name, then on its sheet, so the
 * table is not found: `check` says sheet-missing, an error, naming the one table of hers that may be it. The roll
 * used to go ahead (exit 0, nothing said): it added a new, empty «Tiltak drift», left her measures unrolled on
 * «Drift 2027», and the rolled file checked «Ingen feil». SPEC §11 (the product's choice): it is not rolled — the
 * findings shown as check shows them, exit status 1, nothing written, as a plan whose period does not read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo, type TestIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

/**
 * The fixture with a sheet and its table renamed as Excel does it: the sheet's name in workbook.xml and in every
 * reference to it, the table's name in its part, in formulas and in the pivot cache; no cell's text changes.
 */
function renamed(sheet: [string, string], table: [string, string]): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const parts = Object.keys(pkg.files).filter(
    (n) => n.startsWith('xl/') && n.endsWith('.xml') && n !== 'xl/sharedStrings.xml',
  );
  for (const name of parts)
    pkg.edit(name, (x) =>
      x
        .replaceAll(`"${sheet[0]}"`, `"${sheet[1]}"`)
        .replaceAll(`'${sheet[0]}'!`, `'${sheet[1]}'!`)
        .replaceAll(`${sheet[0]}!`, `'${sheet[1]}'!`)
        .replaceAll(table[0], table[1]),
    );
  return pkg.bytes();
}

async function run(io: TestIo, args: string[]): Promise<number> {
  return main(args, { ...io, today: '2027-01-15' });
}

describe('roll of a plan whose measure or economy plan table is not found', () => {
  it('refuses «Tiltak drift» renamed «Drift 2027» with tblTiltakDrift «DriftTabell»: exit 1, nothing written', async () => {
    const io = testIo();
    writeFileSync(
      path.join(io.cwd, 'plan.xlsx'),
      renamed(['Tiltak drift', 'Drift 2027'], ['tblTiltakDrift', 'DriftTabell']),
    );
    // check reads it as an error (sheet-missing), which makes the refusal the check's own judgement.
    const check = testIo({ cwd: io.cwd });
    expect(await run(check, ['check', 'plan.xlsx', '--format', 'json'])).toBe(1);
    const issues = JSON.parse(check.out()).issues as { code: string; severity: string }[];
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['sheet-missing']);

    const code = await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx']);
    expect(code).toBe(1);
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toContain('Ingenting er skrevet');
    // The finding as check words it: the sheet expected, and the candidate of hers, with its sheet.
    expect(io.err()).toContain('Tiltak drift!A1');
    expect(io.err()).toContain('«DriftTabell» på arket «Drift 2027»');
  });

  it.each([
    ['nn', 'Ingenting er skrive'],
    ['en', 'Nothing was written'],
  ])('%s: refuses in the language asked for', async (lang, nothing) => {
    const io = testIo();
    writeFileSync(
      path.join(io.cwd, 'plan.xlsx'),
      renamed(['Tiltak drift', 'Drift 2027'], ['tblTiltakDrift', 'DriftTabell']),
    );
    expect(await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx', '--lang', lang])).toBe(1);
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toContain(nothing);
    expect(io.err()).toContain('DriftTabell');
  });

  it('refuses «Økonomiplan» renamed «ØP 2027» with tblOkonomiplan «Okonomi»: exit 1, nothing written', async () => {
    const io = testIo();
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), renamed(['Økonomiplan', 'ØP 2027'], ['tblOkonomiplan', 'Okonomi']));
    expect(await run(io, ['roll', 'plan.xlsx', '--out', 'rullert.xlsx'])).toBe(1);
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toContain('Økonomiplan!A1');
    expect(io.err()).toContain('«Okonomi» på arket «ØP 2027»');
  });
});
