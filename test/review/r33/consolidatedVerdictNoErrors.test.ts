/**
 * Review r33 — severity: medium (misleading words over wrong-looking figures). SPEC §15: «The report adds a
 * consolidated part: per plan and in all, new money per year against the economy plan … Exit status is the worst of
 * all.»
 *
 * What she did: the example plan (`new plan.xlsx --example --start 2027`, 1000 kr) and finance's economy plan
 * (`new op.xlsx --economy-plan --example --start 2027`), unchanged. `check plan.xlsx --economy-plan op.xlsx`.
 *
 * By hand, new money per year of the plan (D-001 600/1 200/1 800/2 400, D-003 250/500/500/500, D-005 200/400/400/400,
 * D-009 120/0/0/0, D-011 200 a year) = 1 370 / 2 300 / 2 900 / 3 500; the economy plan's lines that are the plan's
 * (D-001, D-003 250/500/500/400, D-005 0/400/400/600, D-009) = 970 / 2 100 / 2 700 / 3 400: Avvik 400 / 200 / 200 /
 * 100. D-011 (800 in all) has no line (measure-not-in-economy-plan, an error) and D-003 2030 is 500 against 400
 * (mismatch, an error): the plan's part says «Avstemming: 2 feil», exit status 1.
 *
 * Seen, in the consolidated part, right above the table that shows those Avvik: «Samlet: 0 feil, 1 advarsel, 12 i
 * samsvar … Ingen feil i den samlede avstemmingen.» A finance officer who reads the consolidated part (the one meant
 * for her) is told the whole reconciles while her own table shows 0,9 mill kr unexplained and the run fails.
 *
 * Expected: the consolidated verdict does not say «Ingen feil» while a reconciled plan has reconciliation errors; it
 * counts them (2) or says the plans have errors.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

jest.setTimeout(30_000);

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

async function run(): Promise<{ code: number; out: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const t = testIo({ cwd: io.cwd });
  const code = await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--lang', 'nb'], t);
  return { code, out: plain(t.out()) };
}

test('control: the plan has 2 reconciliation errors, the per-plan table shows Avvik 400 / 200 / 200 / 100', async () => {
  const { code, out } = await run();
  expect(code).toBe(1);
  expect(out).toContain('Avstemming: 2 feil');
  const whole = out.slice(out.indexOf('Samlet avstemming'));
  expect(whole).toMatch(/Tiltaksplan +1 370 +2 300 +2 900 +3 500 +10 070/);
  expect(whole).toMatch(/Økonomiplan +970 +2 100 +2 700 +3 400 +9 170/);
  expect(whole).toMatch(/Avvik +400 +200 +200 +100 +900/);
});

test('the consolidated verdict does not say «Ingen feil» over a plan with reconciliation errors', async () => {
  const { out } = await run();
  const whole = out.slice(out.indexOf('Samlet avstemming'));
  // Seen: «Samlet: 0 feil, 1 advarsel, 12 i samsvar, innenfor rammen eller innenfor toleransen. Ingen feil i den
  // samlede avstemmingen.»
  expect(whole).not.toContain('Ingen feil i den samlede avstemmingen');
  expect(whole).not.toContain('Samlet: 0 feil');
  // The plan's 2 errors (D-011 without a line, D-003 2030 500 against 400) are counted and the plan named.
  expect(whole).toContain('Samlet: 2 feil, 1 advarsel, 12 i samsvar');
  expect(whole).toContain('Medregnet 2 feil i avstemmingen av «Boligsosial handlingsplan» mot økonomiplanen');
  expect(whole).toContain('Den samlede avstemmingen har feil som må rettes.');
});
