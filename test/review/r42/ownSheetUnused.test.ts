/**
 * Review r42, finding 1 (unclear message). Her walk: `import` the seed's tables 6.1 and 6.2 (the plan's own
 * Økonomiplan sheet is empty: the legacy tables have none), then `check plan.xlsx --economy-plan op.xlsx` against
 * finance's economy plan (verdalScenario.ts). The plan's own sheet is not used in this run (SPEC §15: «reconciles
 * every plan against that one economy plan instead of its own sheet»), yet the report listed, under «Økonomiplan»,
 * the info «Det er ingen rader i økonomiplantabellen ennå. Skriv eller lim inn radene der når du har dem.» and counted
 * it («1 merknad»): it tells her to type finance's lines into her plan, the opposite of what this run does.
 *
 * By hand: the plan's findings are those of its tables of measures only; no finding on its Økonomiplan sheet; the
 * JSON summary of the plan has 4 infos: D-001's four years in agreement with line 14 (the import leaves no other
 * info: every amount is a number). The note was the fifth.
 */
import { run as checkRun } from '../../../src/cli/commands/check';
import { runCommand, scratchDir } from '../../cli/cliRun';
import { writeVerdalWalk } from './verdalScenario';

interface PlanDoc {
  readonly summary: { readonly infos: number };
  readonly issues: readonly { readonly code: string; readonly sheet: string }[];
}

test('check --economy-plan no longer tells her to fill the plan’s own, unused Økonomiplan sheet («Skriv eller lim inn radene der»)', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    const { plan, op } = await writeVerdalWalk(dir);
    const text = await runCommand(checkRun, [plan, '--economy-plan', op], dir);
    expect(text.stdout).not.toContain('Det er ingen rader i økonomiplantabellen');
    const json = await runCommand(checkRun, [plan, '--economy-plan', op, '--format', 'json'], dir);
    const doc = (JSON.parse(json.stdout) as { reports: PlanDoc[] }).reports[0];
    expect(doc?.issues.length).toBeGreaterThan(0);
    expect(doc?.issues.filter((i) => i.sheet === 'Økonomiplan')).toEqual([]);
    // Infos: only D-001's four years in agreement with line 14 (600 / 1 200 / 1 800 / 2 400 on both sides).
    expect(doc?.summary.infos).toBe(4);
  } finally {
    cleanup();
  }
});

test('on its own (no --economy-plan) the empty sheet is hers to fill: the info stays', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    const { plan } = await writeVerdalWalk(dir);
    const text = await runCommand(checkRun, [plan], dir);
    expect(text.stdout).toContain('Det er ingen rader i økonomiplantabellen ennå. Skriv eller lim inn radene der');
  } finally {
    cleanup();
  }
});
