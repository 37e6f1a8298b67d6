/**
 * Review r21: when no plan of a consolidation can be compared, the report says the economy plan has no frame line,
 * and its Ramme lines are named nowhere.
 *
 * What she did: the plan year's order. Boligsosial handlingsplan is still 2027–2030 (`new --example --start 2027`);
 * finance's economy plan is the next period's (`new op.xlsx --economy-plan --example --start 2028`), which holds three
 * Ramme lines: R3 (1 000 / 1 800 / 2 400 / 3 000), R4 (250 / 500 / 500 / 500) and R1 (120 / 0 / 0 / 0), in 1000 kr.
 * `check plan.xlsx --economy-plan op.xlsx`.
 *
 * What she sees in the consolidated part, under «Nye midler per rammeområde på tvers av planene»: «Ingen rammeområder
 * med nye midler eller linje i økonomiplanen.» — and R1, R3, R4 appear nowhere in it (not among the lines no plan
 * claims either); the plan itself is «Annen planperiode» and not compared.
 *
 * Why it is wrong: the sentence is false (op.xlsx has a line for three frames), and the frame lines, finance's
 * grants per frame, vanish from the report without a word. SPEC §15: a Ramme line covers the frame's measures of all
 * plans; with no plan compared, the frames are not reconciled, and the report must say so instead of denying the lines.
 *
 * By hand: the consolidated part names R3, R4 and R1 (as not reconciled) and does not say there is no frame line.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

jest.setTimeout(30_000);

async function consolidated(lang: 'nb' | 'en'): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(
    await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2028'], testIo({ cwd: io.cwd })),
  ).toBe(0);
  const t = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--lang', lang], t)).toBe(1);
  const out = t.out();
  return out.slice(out.indexOf(lang === 'nb' ? 'Samlet avstemming' : 'Consolidated reconciliation'));
}

describe('frames of the economy plan when no plan is compared', () => {
  test('control: no plan is compared (period-mismatch)', async () => {
    const whole = await consolidated('nb');
    expect(whole).toContain('0 planer avstemt mot én økonomiplan.');
    expect(whole).toContain('Annen planperiode');
  });

  test('the report does not deny the Ramme lines, and names R1, R3 and R4', async () => {
    const whole = await consolidated('nb');
    // Seen: «Ingen rammeområder med nye midler eller linje i økonomiplanen.», and no R1 / R3 / R4.
    expect(whole).not.toContain('Ingen rammeområder med nye midler eller linje i økonomiplanen.');
    const frames = whole.slice(whole.indexOf('Nye midler per rammeområde på tvers av planene'));
    for (const code of ['R1', 'R3', 'R4']) expect(frames).toMatch(new RegExp(`\\b${code}\\b`));
  });

  test('the same in English', async () => {
    const whole = await consolidated('en');
    const frames = whole.slice(whole.indexOf('New money per budget frame across the plans'));
    for (const code of ['R1', 'R3', 'R4']) expect(frames).toMatch(new RegExp(`\\b${code}\\b`));
  });

  test('JSON names them too, in the order of the lines (R3, R4, R1)', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(
      await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2028'], testIo({ cwd: io.cwd })),
    ).toBe(0);
    const t = testIo({ cwd: io.cwd });
    expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json'], t)).toBe(1);
    const doc = JSON.parse(t.out()) as { consolidation: { framesNotCompared?: string[] } };
    expect(doc.consolidation.framesNotCompared).toEqual(['R3', 'R4', 'R1']);
  });
});
