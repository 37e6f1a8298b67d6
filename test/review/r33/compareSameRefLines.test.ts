/**
 * Review r33 — severity: medium (a change log that misleads the reader of a political case). SPEC §14: compare lists
 * «economy plan lines added, removed, changed». When two lines carry the same Ref, compare pairs them by position
 * and reports a change that did not happen, and hides the one that did.
 *
 * What she did: the example plan (`new plan.xlsx --example --start 2027`, 1000 kr) as adopted. In the revision,
 * finance retyped the Ref of the line «Bostøttekontakt i NAV» (Økonomiplan row 6, C6) from D-003 to D-005 by mistake,
 * and put 100 into 2027 of the line «Housing First-team» (row 7, Ref D-005, G7: 0 → 100). `compare plan.xlsx
 * revidert.xlsx --format json`.
 *
 * Seen: the old D-005 line («Housing First-team», 0 / 400 / 400 / 600) is paired with the new row 6 («Bostøttekontakt
 * i NAV», 250 / 500 / 500 / 400): «changed: description Housing First-team → Bostøttekontakt i NAV, 2027 +250, 2028
 * +100, 2029 +100, 2030 −200», and «Housing First-team» 100 / 400 / 400 / 600 is listed as a new line. None of those
 * four year changes happened to any line; the one real change (Housing First 2027 0 → 100) is not shown as one.
 *
 * By hand: Housing First-team is the same line (same Ref D-005, same Del, Linjetype and Beskrivelse): changed, 2027
 * 0 → 100 000 kr, nothing else. The D-003 line is gone (removed, 250 000 / 500 000 / 500 000 / 400 000), and a D-005
 * line «Bostøttekontakt i NAV» with the same amounts is added.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { typeCells } from './setCells';

jest.setTimeout(30_000);

interface Line {
  ref: string;
  description?: string;
  years?: Record<string, number>;
  changes?: { field: string; old: unknown; new: unknown }[];
}

test('a line is paired with the line that has its Ref and its description, not the first of the Ref', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  await typeCells(io.cwd, 'plan.xlsx', 'revidert.xlsx', { 'Økonomiplan!C6': 'D-005', 'Økonomiplan!G7': 100 });
  const t = testIo({ cwd: io.cwd });
  expect(await main(['compare', 'plan.xlsx', 'revidert.xlsx', '--format', 'json'], t)).toBe(0);
  const { economyPlan } = JSON.parse(t.out()) as {
    economyPlan: { added: Line[]; removed: Line[]; changed: Line[] };
  };
  expect(economyPlan.removed.map((l) => [l.ref, l.description])).toEqual([['D-003', 'Bostøttekontakt i NAV']]);
  expect(economyPlan.added.map((l) => [l.ref, l.description, l.years])).toEqual([
    ['D-005', 'Bostøttekontakt i NAV', { 2027: 250000, 2028: 500000, 2029: 500000, 2030: 400000 }],
  ]);
  // Seen: changes description, 2027 +250, 2028 +100, 2029 +100, 2030 −200 on D-005.
  expect(economyPlan.changed.map((l) => [l.ref, l.changes])).toEqual([
    ['D-005', [{ field: '2027', old: 0, new: 100000 }]],
  ]);
});
