/**
 * Review r35 — severity medium (the verdict a finance officer reads says «Ingen feil» over a run that fails, exit 1;
 * the r33 fix, 5475da7a «never «Ingen feil» over a failing run», counts only the plans' reconciliation errors).
 *
 * The example plan and economy plan (`new … --example`, 2027–2030, 1000 kr), made to reconcile: the economy plan's
 * D-003 line for 2030 (Økonomiplan!J6) 400 → 500, and D-011's Kostnadsstatus «Må utredes» (G12) while its years still
 * hold 200 each. The plan's own check then has one error (H12: status «Må utredes» with amounts, «Funn i arkene: 1
 * feil») and the reconciliation none; the run exits 1. The consolidated part still ends «Samlet: 0 feil, … Ingen
 * feil i den samlede avstemmingen.» By hand: the verdict counts (or at least names) the plan's 1 error, as it counts
 * reconciliation errors («Medregnet … feil»), and never says «Ingen feil» when the exit code is 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

async function reconcilingPair(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const edit = (file: string, sheet: string, from: RegExp, to: string) => {
    const at = path.join(io.cwd, file);
    const pkg = new FixturePkg(new Uint8Array(readFileSync(at)));
    const before = pkg.text(pkg.sheetPart(sheet));
    pkg.edit(pkg.sheetPart(sheet), (x) => x.replace(from, to));
    expect(pkg.text(pkg.sheetPart(sheet))).not.toBe(before);
    writeFileSync(at, pkg.bytes());
  };
  edit('op.xlsx', 'Økonomiplan', /<c r="J6"([^>]*)><v>400<\/v>/, '<c r="J6"$1><v>500</v>');
  edit('plan.xlsx', 'Tiltak drift', /(<c r="G12"[^>]*><is><t>)Beregnet</, '$1Må utredes<');
  return io.cwd;
}

test('a plan with a sheet error: exit 1, and the consolidated verdict does not say «Ingen feil»', async () => {
  const cwd = await reconcilingPair();
  const run = testIo({ cwd });
  const code = await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], run);
  const out = run.out();
  // The premise: one error in the plan's sheets, none in its reconciliation, the run fails.
  expect(out).toContain('Funn i arkene: 1 feil');
  expect(out).toContain('Avstemming: 0 feil');
  expect(code).toBe(1);
  // Today: «Samlet: 0 feil, 1 advarsel, 12 i samsvar, … Ingen feil i den samlede avstemmingen.»
  const samlet = out.split('\n').find((l) => l.startsWith('Samlet:')) ?? '';
  expect(samlet).not.toContain('Ingen feil');
  expect(samlet).not.toMatch(/^Samlet: 0 feil/);
});
