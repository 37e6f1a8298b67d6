/**
 * Review r21: a plan left out of a consolidation (its period is not the economy plan's) is told that its comparisons
 * for a year outside its own period wait for amounts in the economy plan.
 *
 * What she did: the plan year's order. Boligsosial handlingsplan (2027–2030, `new --example --start 2027`) was not
 * rolled yet; finance's economy plan for the next period (`new op.xlsx --economy-plan --example --start 2028`) has no
 * amounts typed for 2031 yet. `check plan.xlsx --economy-plan op.xlsx`.
 *
 * What she sees in the plan's own part: «plan.xlsx er ikke avstemt mot op.xlsx … avstemmingen nedenfor er tom av den
 * grunn», and then, under «Avstemming mot økonomiplanen»: «Sammenligningene for 2031 er ikke gjort: de gjøres når
 * økonomiplanen har beløp for 2031 (se funnene).» (text and HTML alike).
 *
 * Why it is wrong: the plan's period is 2027–2030 (SPEC §3: Første planår 2027, Antall planår 4), so it has no 2031 to
 * compare, and none of its comparisons are made when 2031 is typed: it is not compared at all until its period is the
 * economy plan's (SPEC §15, period-mismatch). The sentence promises a comparison that will not come. Cause:
 * checkConsolidated passes the economy plan's empty years to every plan's report, compared or not.
 *
 * By hand: the plan's own part (from «Kontroll av tiltaksplan — plan.xlsx» to «Samlet avstemming») mentions no 2031;
 * the consolidated part does (the economy plan's period is 2028–2031).
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { openXlsxFile, saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';
import { testIo } from '../../cli/testIo';

jest.setTimeout(30_000);

async function run(format: 'text' | 'html'): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(
    await main(['new', 'op-full.xlsx', '--economy-plan', '--example', '--start', '2028'], testIo({ cwd: io.cwd })),
  ).toBe(0);
  // Finance has not typed 2031 yet: column J (2031) of tblOkonomiplan (A1:K23) emptied.
  const wb = await openXlsxFile(path.join(io.cwd, 'op-full.xlsx'));
  await wb.apply([
    { kind: 'setCells', sheet: 'Økonomiplan', origin: 'J2', values: Array.from({ length: 22 }, () => [null]) },
  ]);
  await saveXlsxFile(wb, path.join(io.cwd, 'op.xlsx'));
  const t = testIo({ cwd: io.cwd });
  // Exit 1: period-mismatch is an error.
  expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', format], t)).toBe(1);
  return t.out();
}

describe('a plan of another period in a consolidation', () => {
  test('control: the consolidated part says 2031 waits for the economy plan', async () => {
    const out = await run('text');
    const whole = out.slice(out.indexOf('Samlet avstemming'));
    expect(whole).toContain('2028–2031');
    expect(whole).toContain('Annen planperiode');
  });

  test('its own part says nothing about 2031, a year outside its period (text)', async () => {
    const out = await run('text');
    const own = out.slice(out.indexOf('Kontroll av tiltaksplan — plan.xlsx'), out.indexOf('Samlet avstemming'));
    expect(own).toContain('Planperiode: 2027–2030');
    // Seen: «Sammenligningene for 2031 er ikke gjort: de gjøres når økonomiplanen har beløp for 2031 (se funnene).»
    expect(own).not.toContain('2031');
  });

  test('its own part says nothing about 2031 (HTML)', async () => {
    const out = await run('html');
    const own = out.slice(0, out.indexOf('Samlet avstemming mot økonomiplanen —'));
    expect(own).not.toContain('2031');
  });
});
