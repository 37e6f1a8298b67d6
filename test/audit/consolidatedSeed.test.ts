/**
 * Both seed plans (Verdal in mill kr, Lillehammer in 1000 kr; seedPlans.ts) against one economy plan workbook
 * in 1000 kr (SPEC §15), figures by hand in kroner. The economy plan's lines:
 *   Tiltak D-001, Plan = Verdal's Plannavn   600/1 200/1 800/2 400
 *   Tiltak D-001, no Plan                     59/118/118/118   — both plans have a D-001: ambiguous
 *   Tiltak D-004, no Plan                    150/0/0/0         — both plans have a D-004: ambiguous
 *   Ramme R4                                  220/110/118/115
 *   Ramme R3                                  700/1 400/2 000/2 600
 * New money per plan (the audits): Verdal 926/1 541/2 183/2 750, Lillehammer 276/251/318/318 thousand;
 * all plans 926 + 276 = 1 202, 1 541 + 251 = 1 792, 2 183 + 318 = 2 501, 2 750 + 318 = 3 068.
 * The economy plan per plan: Verdal its own line 600/1 200/1 800/2 400; Lillehammer none (0); all plans add the
 * lines of no plan: 600 + 59 + 150 = 809, 1 200 + 118 = 1 318, 1 800 + 118 = 1 918, 2 400 + 118 = 2 518.
 * R3 covers the frame's measures of both plans: Verdal 634/1 233/1 833/2 400 + Lillehammer 67/133/200/200 =
 * 701/1 366/2 033/2 600 against 700/1 400/2 000/2 600: 2027 over by 1 (mismatch: the economy plan's Toleranse 0
 * applies), 2028 within, 2029 over by 33, 2030 equal.
 */
import { main } from '../../src/cli/main';
import { scratchDir } from '../cli/cliRun';
import { testIo } from '../cli/testIo';
import { LILLEHAMMER, VERDAL } from './seedPlans';
import { buildSeedWorkbook } from './seedWorkbook';

const VERDAL_NAME = 'Boligsosial handlingsplan Verdal';
const years = (a: number, b: number, c: number, d: number) => ({ 2027: a, 2028: b, 2029: c, 2030: d });

interface Consolidation {
  plans: { name: string; newMoney: { measures: object; economyPlan: object } }[];
  total: { measures: object; economyPlan: object };
  items: { code: string; ref: string; year?: number; class: string; measures: number; economyPlan: number }[];
}

const { dir, cleanup } = scratchDir();
let consolidation: Consolidation;
let exit = -1;

beforeAll(async () => {
  await buildSeedWorkbook(dir, 'verdal.xlsx', VERDAL);
  await buildSeedWorkbook(dir, 'lillehammer.xlsx', LILLEHAMMER);
  await buildSeedWorkbook(dir, 'okonomiplan.xlsx', {
    unit: '1000 kr',
    economyPlanOnly: true,
    operating: [],
    investment: [],
    economyPlan: [
      {
        Del: 'Drift',
        Linjetype: 'Tiltak',
        Ref: 'D-001',
        Plan: VERDAL_NAME,
        2027: 600,
        2028: 1200,
        2029: 1800,
        2030: 2400,
      },
      { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', 2027: 59, 2028: 118, 2029: 118, 2030: 118 },
      { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-004', 2027: 150, 2028: 0, 2029: 0, 2030: 0 },
      { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R4', 2027: 220, 2028: 110, 2029: 118, 2030: 115 },
      { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R3', 2027: 700, 2028: 1400, 2029: 2000, 2030: 2600 },
    ],
  });
  const io = testIo({ cwd: dir });
  const args = ['check', 'verdal.xlsx', 'lillehammer.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'];
  exit = await main(args, io);
  consolidation = (JSON.parse(io.out()) as { consolidation: Consolidation }).consolidation;
}, 60000);
afterAll(cleanup);

describe('the two seed plans against one economy plan (SPEC §15), by hand', () => {
  it('exits 1 and gives new money per plan and in all, in kroner whatever each plan’s unit', () => {
    expect(exit).toBe(1);
    expect(consolidation.plans.map((p) => [p.name, p.newMoney])).toEqual([
      [
        'Boligsosial handlingsplan Verdal',
        {
          measures: years(926_000, 1_541_000, 2_183_000, 2_750_000),
          economyPlan: years(600_000, 1_200_000, 1_800_000, 2_400_000),
        },
      ],
      [
        'Boligsosialt utviklingsprogram Lillehammer',
        { measures: years(276_000, 251_000, 318_000, 318_000), economyPlan: years(0, 0, 0, 0) },
      ],
    ]);
    expect(consolidation.total).toEqual({
      measures: years(1_202_000, 1_792_000, 2_501_000, 3_068_000),
      economyPlan: years(809_000, 1_318_000, 1_918_000, 2_518_000),
    });
  });

  it('a Ref in both plans on a line without Plan is ambiguous', () => {
    const ambiguous = consolidation.items.filter((i) => i.code === 'economy-plan-line-ambiguous');
    // D-001: 59 + 118 × 3 = 413; D-004: 150.
    expect(ambiguous.map((i) => [i.ref, i.economyPlan])).toEqual([
      ['D-001', 413_000],
      ['D-004', 150_000],
    ]);
  });

  it('a Ramme line covers the frame’s measures of both plans, each year on its own', () => {
    const frame = (ref: string) =>
      consolidation.items
        .filter((i) => i.code === 'frame-total' && i.ref === ref)
        .map((i) => [i.year, i.class, i.measures, i.economyPlan]);
    expect(frame('R3')).toEqual([
      [2027, 'mismatch', 701_000, 700_000],
      [2028, 'match', 1_366_000, 1_400_000],
      [2029, 'mismatch', 2_033_000, 2_000_000],
      [2030, 'match', 2_600_000, 2_600_000],
    ]);
    // R4 is Lillehammer's alone: 209/118/118/118 against 220/110/118/115; 2030 over by 3 is a mismatch here
    // (the economy plan's Toleranse 0), where Lillehammer's own check, with Toleranse 5, calls it rounding.
    expect(frame('R4')).toEqual([
      [2027, 'match', 209_000, 220_000],
      [2028, 'mismatch', 118_000, 110_000],
      [2029, 'match', 118_000, 118_000],
      [2030, 'mismatch', 118_000, 115_000],
    ]);
  });
});
