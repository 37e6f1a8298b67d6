/**
 * Review r42 (a budget officer walking Verdal's real plan, seeds/003 section 6, through the CLI): the workbooks of
 * her walk. The legacy tables 6.1 and 6.2 as they stand in the seed (test/fixtures/legacy-verdal-6-1-6-2.xlsx), imported
 * with `import`; the economy plan finance types by hand from the seed's figures (1000 kr, 2011–2014):
 * - Drift, Tiltak, Ref 14 (the seed's «14. Utvidelse miljøteam»), R3: 600 / 1 200 / 1 800 / 2 400 (the seed's
 *   0,6 / 1,2 / 1,8 / 2,4 mill kr);
 * - Drift, Ramme R3: 600 / 1 200 / 1 800 / 2 400.
 */
import path from 'node:path';
import { buildEconomyPlanWorkbook } from '../../../src/cli/commands/new';
import { run as importRun } from '../../../src/cli/commands/import';
import { DEFAULT_LISTS, type PlanContent, type RowInput } from '../../../src/domain';
import { saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';
import { runCommand } from '../../cli/cliRun';

export const LEGACY_VERDAL = path.join(__dirname, '../../fixtures/legacy-verdal-6-1-6-2.xlsx');

const line = (lineType: string, ref: string, frame: string, years: number[], description: string): RowInput => ({
  values: { part: 'Drift', lineType, ref, frame, source: '', description, plan: '' },
  years,
});

/** Finance's economy plan for 2011–2014, typed from the seed's figures. */
export const VERDAL_ECONOMY_PLAN: PlanContent = {
  settings: {
    startYear: 2011,
    yearCount: 4,
    unit: '1000 kr',
    priceLevel: 'faste 2011-kroner',
    economyPlanVersion: 'Vedtatt K-sak 45/2010',
    tolerance: 0,
    planName: '',
  },
  lists: DEFAULT_LISTS,
  operating: [],
  investment: [],
  economyPlan: [
    line('Tiltak', '14', 'R3', [600, 1200, 1800, 2400], 'Utvidelse miljøteam'),
    line('Ramme', '', 'R3', [600, 1200, 1800, 2400], 'Helse og velferd, nye midler'),
  ],
};

/** Imports the seed's tables into `dir/plan.xlsx` and writes finance's economy plan to `dir/op.xlsx`. */
export async function writeVerdalWalk(dir: string): Promise<{ plan: string; op: string }> {
  const imported = await runCommand(importRun, [LEGACY_VERDAL, '--out', 'plan.xlsx'], dir);
  if (imported.code !== 0) throw new Error(imported.stderr);
  const op = path.join(dir, 'op.xlsx');
  await saveXlsxFile(await buildEconomyPlanWorkbook(VERDAL_ECONOMY_PLAN), op, 'new-or-replace');
  return { plan: path.join(dir, 'plan.xlsx'), op };
}
