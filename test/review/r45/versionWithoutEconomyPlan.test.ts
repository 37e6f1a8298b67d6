/**
 * Review r45, finding 2 (uncertain product choice, flagged for the owner of docs/spec.md §14). compare no longer
 * refuses a pair where one version lacks the economy plan table: it compares the measures and totals and leaves the
 * economy plan lines out, saying which version lacks the table (economyPlanNotFound; «Økonomiplanlinjene er ikke
 * sammenlignet»). That holds when the older version is a file. Saved as a version first (Lagre versjon, or the archive
 * of a roll) and compared with --version-sheet, the same plan gives another answer: a saved version always writes an
 * (empty) Økonomiplan block, so the table it never had reads as a table with no lines, and every line of the newer
 * plan's economy plan is listed as new. The same two plans should say the same whichever way the older one is kept.
 *
 * By hand: the older plan holds D-001 only and no Økonomiplan sheet; the newer is the same plan with one economy plan
 * line (Drift, Tiltak, Ref D-001). As files: «Økonomiplanlinjene er ikke sammenlignet» (asserted in the first test,
 * which holds today). As a saved version: expected the same note, and not «Økonomiplanlinjer: 1 ny».
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run as compareRun } from '../../../src/cli/commands/compare';
import { snapshotBytes } from '../../fixtures/make/snapshotToXlsx';
import { canonicalSnapshot, withoutSheet, withSavedVersion } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';
import { runCommand, scratchDir } from '../../cli/cliRun';

jest.setTimeout(60_000);

const NOT_COMPARED = 'Økonomiplanlinjene er ikke sammenlignet';
const full = canonicalSnapshot({ operating: [operatingRow()], economyPlan: [economyLine()] });
const withoutEconomyPlan = withoutSheet(full, 'Økonomiplan');

async function compare(files: Record<string, typeof full>, args: (dir: string) => string[]) {
  const { dir, cleanup } = scratchDir();
  try {
    for (const [name, wb] of Object.entries(files)) writeFileSync(path.join(dir, name), await snapshotBytes(wb));
    return await runCommand(compareRun, args(dir), dir);
  } finally {
    cleanup();
  }
}

test('as two files: the economy plan lines are not compared, and it says so', async () => {
  const out = await compare({ 'old.xlsx': withoutEconomyPlan, 'new.xlsx': full }, (d) => [
    path.join(d, 'old.xlsx'),
    path.join(d, 'new.xlsx'),
  ]);
  expect(out.code).toBe(0);
  expect(out.stdout).toContain(NOT_COMPARED);
});

test.failing('as a saved version of the plan without Økonomiplan: the same note, no line listed as new', async () => {
  const out = await compare({ 'plan.xlsx': withSavedVersion(withoutEconomyPlan, full) }, (d) => [
    path.join(d, 'plan.xlsx'),
    '--version-sheet',
    'Versjon 1',
  ]);
  expect(out.code).toBe(0);
  expect(out.stdout).not.toContain('Økonomiplanlinjer: 1 ny');
  expect(out.stdout).toContain(NOT_COMPARED);
});
