/**
 * `compare` of a plan in «mill kr» whose settings table is not found (the Innstillinger sheet deleted, or the
 * Verdi header retyped). Read from the defaults — Første planår next year (2028, as the test's year is 2027),
 * 4 years, «1000 kr» — its amounts came out 1000 times too small and 2027 was not compared at all, with no word of
 * it (exit 0): wrong figures in a report for a political case. SPEC §14 (the product's choice, as roll and Lagre
 * versjon, §11): such a side is input the comparison cannot read — exit 2, nothing written, the finding as check
 * words it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { deleteSettingsSheet, retypeValueHeader } from './settingsDamage';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

async function run(io: TestIo, args: string[]): Promise<number> {
  return main(args, { ...io, today: '2027-01-15' });
}

/** vedtatt.xlsx: `new --example` in «mill kr» for 2027–2030; plan.xlsx: the same, edited by `edit`. */
async function plans(edit: (pkg: FixturePkg) => void): Promise<TestIo> {
  const io = testIo();
  expect(await run(io, ['new', 'vedtatt.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'])).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'vedtatt.xlsx'))));
  edit(pkg);
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  return testIo({ cwd: io.cwd });
}

describe('compare: a side whose settings are not read', () => {
  it('the two files as they are: compared (exit 0), the unit read on both sides', async () => {
    const io = await plans(() => undefined);
    expect(await run(io, ['compare', 'vedtatt.xlsx', 'plan.xlsx', '--format', 'json'])).toBe(0);
    const diff = JSON.parse(io.out()) as { measures: { changed: unknown[] } };
    expect(diff.measures.changed).toEqual([]);
  });

  // The finding's cell: the sheet gone, its table's first cell (A1); Verdi retyped, the header she retyped (B1).
  it.each([
    ['the Innstillinger sheet deleted', deleteSettingsSheet, 'A1'],
    ['the Verdi header retyped', retypeValueHeader, 'B1'],
  ])('%s: not compared (exit 2, nothing written), the finding named', async (_what, edit, cell) => {
    const io = await plans(edit);
    expect(await run(io, ['compare', 'vedtatt.xlsx', 'plan.xlsx', '--out', 'endringer.html'])).toBe(2);
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(['plan.xlsx', 'vedtatt.xlsx']);
    expect(io.err()).toContain('Sammenligner ikke plan.xlsx: innstillingene ble ikke funnet');
    expect(io.err()).toContain(`  Innstillinger!${cell}: `);
    // Only the side that lost them is named.
    expect(io.err()).not.toContain('vedtatt.xlsx');
  });

  it('the older side too, and in the language asked for', async () => {
    const io = await plans(deleteSettingsSheet);
    expect(await run(io, ['compare', 'plan.xlsx', 'vedtatt.xlsx', '--lang', 'nn'])).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('Samanliknar ikkje plan.xlsx: innstillingane vart ikkje funne');
    const en = testIo({ cwd: io.cwd });
    expect(await run(en, ['compare', 'plan.xlsx', 'vedtatt.xlsx', '--lang', 'en'])).toBe(2);
    expect(en.err()).toContain('Not comparing plan.xlsx: the settings were not found');
  });
});
