/**
 * Finance pastes the municipality's economy plan, column Plan included (SPEC §15: "an economy plan workbook is any
 * workbook with tblOkonomiplan …; its lines may carry an optional column Plan (a Plannavn)"), into the Økonomiplan
 * sheet of Rusplan's workbook. Measure IDs start at D-001 in every plan, so the table holds a D-001 line for
 * Rusplan and one for Helseplan. SPEC §15: "a line with Plan set matches only measures of that plan"; and
 * docs/spec.md §15: the consolidation is built "so that a plan consolidated alone gets the figures of its own
 * check".
 *
 * Rusplan (1000 kr), D-001: 100 / 200 / 300 / 300, Helårsvirkning 300, all Nye midler → new money 100 / 200 /
 * 300 / 300 thousand. Lines: D-001 Plan Rusplan 100 / 200 / 300 / 300; D-001 Plan Helseplan 500 a year.
 * By hand, D-001 against its own line: 100 000 − 100 000 = 0 each year, four matches. The consolidated check of
 * the same file against itself says so; the plain check adds Helseplan's line to Rusplan's D-001 (600 / 700 /
 * 800 / 800 thousand) and reports four mismatches of −500 000 kr.
 *
 * Helseplan's line is listed as the consolidation lists a line whose Plan names no plan of the check (docs/spec.md
 * §15: "with `plan`", its Plan cell in `cells.plan`): 4 × 500 thousand = 2 000 000 kr against no measure,
 * Δ = −2 000 000, a mismatch (warning); the line is row 3 of tblOkonomiplan (Del … Beskrivelse A–F, 2027–2030 G–J,
 * Plan K), so its Ref is C3 and its Plan K3.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { buildNewWorkbook } from '../../src/cli/commands/new';
import type { RowInput } from '../../src/domain';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { rusplan } from './rusplan';
import { testIo } from './testIo';

jest.setTimeout(30_000);

const line = (plan: string, years: number[]): RowInput => ({
  values: { part: 'Drift', lineType: 'Tiltak', ref: 'D-001', frame: 'R3', source: '', description: plan, plan },
  years,
});

const RUSPLAN = rusplan([line('Rusplan', [100, 200, 300, 300]), line('Helseplan', [500, 500, 500, 500])]);

interface Item {
  code: string;
  class: string;
  severity: string;
  ref: string;
  plan?: string;
  difference: number;
  cells: Record<string, string>;
  year?: number;
  measures: number;
  economyPlan: number;
}

const d001 = (items: Item[]) =>
  items
    .filter((i) => i.code === 'measure-new-money' && i.ref === 'D-001')
    .map((i) => [i.year, i.class, i.measures, i.economyPlan]);

const EXPECTED = [
  [2027, 'match', 100_000, 100_000],
  [2028, 'match', 200_000, 200_000],
  [2029, 'match', 300_000, 300_000],
  [2030, 'match', 300_000, 300_000],
];

describe('check: a line of the plan’s own Økonomiplan sheet whose Plan names another plan', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = testIo().cwd;
    await saveXlsxFile(await buildNewWorkbook(RUSPLAN), path.join(cwd, 'rus.xlsx'), 'new');
  });

  it('consolidated against its own file: D-001 against Rusplan’s line only, four matches (the premise)', async () => {
    const io = testIo({ cwd });
    await main(['check', 'rus.xlsx', '--economy-plan', 'rus.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as { reports: { reconciliation: Item[] }[] };
    expect(d001(doc.reports[0]?.reconciliation ?? [])).toEqual(EXPECTED);
  });

  it('the plain check: the same figures, not Helseplan’s 500 added to Rusplan’s D-001', async () => {
    const io = testIo({ cwd });
    await main(['check', 'rus.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as { reconciliation: Item[] };
    expect(d001(doc.reconciliation)).toEqual(EXPECTED);
  });

  it('the plain check’s JSON names the plan Helseplan’s line belongs to, as the consolidation’s does', async () => {
    const io = testIo({ cwd });
    await main(['check', 'rus.xlsx', '--format', 'json'], io);
    const doc = JSON.parse(io.out()) as { reconciliation: Item[] };
    const unmatched = doc.reconciliation.filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(unmatched).toEqual([
      {
        code: 'economy-plan-line-unmatched',
        class: 'mismatch',
        severity: 'warning',
        ref: 'D-001',
        plan: 'Helseplan',
        measures: 0,
        economyPlan: 2_000_000,
        difference: -2_000_000,
        cells: { economyPlan: 'Økonomiplan!C3', plan: 'Økonomiplan!K3' },
      },
    ]);
  });
});
