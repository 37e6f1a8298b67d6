/**
 * `check rus.xlsx --economy-plan rus.xlsx`: a plan consolidated against its own workbook (SPEC §15: "an economy
 * plan workbook is any workbook with tblOkonomiplan (with or without measure tables)"). Its Økonomiplan sheet is
 * the economy plan every item is reconciled against (D-001's 100 / 200 / 300 / 300 thousand against the line's
 * 100 / 200 / 300 / 300: four matches), so none of its 1 line is ignored. The report says the opposite: «arket
 * «Økonomiplan» i planen (1 linje) er ikke brukt; planen er avstemt mot rus.xlsx», and the JSON has
 * ownLinesIgnored 1 (consolidate.ts counts x.plan.economyPlan.length without asking whether the plan is the
 * economy plan workbook).
 *
 * By hand: ownLinesIgnored = 0, and no «er ikke brukt» sentence.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { buildNewWorkbook } from '../../src/cli/commands/new';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { rusplan } from './rusplan';
import { testIo } from './testIo';

jest.setTimeout(30_000);

const RUSPLAN = rusplan([
  {
    values: { part: 'Drift', lineType: 'Tiltak', ref: 'D-001', frame: 'R3', source: '', description: 'Rusteam' },
    years: [100, 200, 300, 300],
  },
]);

describe('check PLAN --economy-plan PLAN: the plan’s own sheet is the economy plan', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = testIo().cwd;
    await saveXlsxFile(await buildNewWorkbook(RUSPLAN), path.join(cwd, 'rus.xlsx'), 'new');
  });

  it('is reconciled against it: four matches, and none of its lines ignored', async () => {
    const io = testIo({ cwd });
    await main(['check', 'rus.xlsx', '--economy-plan', 'rus.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as {
      reports: { reconciliation: { code: string; class: string }[] }[];
      consolidation: { plans: { ownLinesIgnored: number }[] };
    };
    const classes = doc.reports[0]?.reconciliation.filter((i) => i.code === 'measure-new-money').map((i) => i.class);
    expect(classes).toEqual(['match', 'match', 'match', 'match']);
    expect(doc.consolidation.plans[0]?.ownLinesIgnored).toBe(0);
  });

  it('the text report does not say its Økonomiplan sheet is not used', async () => {
    const io = testIo({ cwd });
    await main(['check', 'rus.xlsx', '--economy-plan', 'rus.xlsx'], io);
    expect(io.out()).not.toContain('er ikke brukt');
  });
});
