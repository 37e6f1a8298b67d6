/**
 * Review r33 — severity: high (a figure lost from a total finance reads). SPEC §4 (every Beregnet row counts
 * everywhere, findings or not: «totals, Sammendrag and reconciliation see the same set of measures») and §15 (the
 * consolidated part shows new money «per plan and in all … and per Rammeområde across plans»).
 *
 * What she did: the example plan (`new plan.xlsx --example --start 2027`, 1000 kr) and finance's economy plan
 * (`new op.xlsx --economy-plan --example --start 2027`). In the plan, D-007 (row 8, 150 a year, Helårsvirkning 150)
 * is moved from Endret drift to Nye midler (O8 = 0, Q8 = 150) and she has not yet chosen a Rammeområde (T8 empty:
 * frame-missing). `check plan.xlsx --economy-plan op.xlsx`.
 *
 * By hand, new money 2027: D-001 600 + D-003 250 (350 × 500/700) + D-005 200 (400 × 400/800) + D-007 150 + D-009 120
 * + D-011 200 = 1 520 — the consolidated plan table says 1 520. Per frame: R1 120 (D-009), R3 1 000 (D-001 600 +
 * D-005 200 + D-011 200), R4 250 (D-003), and no frame 150 (D-007): 120 + 1 000 + 250 + 150 = 1 520. The frame table «Nye midler per rammeområde på tvers av planene» lists R1, R3, R4
 * only (1 370 in 2027): D-007's 150 a year is in no row, and nothing says so. The plan's own totals
 * (totals.operating.byFrame, frame "") and `compare` («(uten rammeområde)») both show it.
 *
 * Expected: the frame table has a row for new money without a Rammeområde, 150 in each of 2027–2030, with the
 * plan's share (so the frame rows add up to the plan table's 1 520 / 2 450 / 3 050 / 3 650).
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { typeCells } from './setCells';

jest.setTimeout(30_000);

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

async function consolidated(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'start.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  await typeCells(io.cwd, 'start.xlsx', 'plan.xlsx', { 'Tiltak drift!O8': 0, 'Tiltak drift!Q8': 150 });
  const t = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--lang', 'nb'], t)).toBe(1);
  const out = plain(t.out());
  return out.slice(out.indexOf('Samlet avstemming'));
}

test('control: the plan table counts D-007, 1 520 / 2 450 / 3 050 / 3 650', async () => {
  const whole = await consolidated();
  expect(whole).toMatch(/Boligsosial handlingsplan +Tiltaksplan +1 520 +2 450 +3 050 +3 650 +10 670/);
});

test('the frame table shows D-007’s 150 a year that has no Rammeområde', async () => {
  const whole = await consolidated();
  const frames = whole.slice(
    whole.indexOf('Nye midler per rammeområde på tvers av planene'),
    whole.indexOf('Funn i den samlede avstemmingen'),
  );
  // Seen: rows for R1, R3 and R4 only (120 + 1 000 + 250 = 1 370 in 2027), D-007's 150 nowhere.
  expect(frames).toMatch(/uten rammeområde\)? +2027 +150 /i);
  // Every year of the period, with the plan's share: 1 370 + 150 = 1 520 in 2027, as the plan table.
  for (const year of [2027, 2028, 2029, 2030])
    expect(frames).toMatch(new RegExp(`\\(uten rammeområde\\) +${year} +150 +Boligsosial handlingsplan 150`));
});
