/**
 * A Tiltak line without Del, through the checks a user runs (docs/spec.md §6, §8, §15): one plan's check and the
 * same plan consolidated alone against its own workbook warn about the Del cell and give the same frame figures,
 * and the consolidation's new money in all is the frame's. Amounts typed in 1000 kr; items in kroner.
 */
import { checkConsolidated, checkSnapshot } from '../../../src/domain';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';

const render = (f: { code: string }): string => f.code;
const years = (v: number[]) => Object.fromEntries(v.map((x, i) => [String(2027 + i), x]));

// D-001 in frame R3: new money 1 000 / 2 000 / 2 000 / 1 000 thousand (Helårsvirkning = Nye midler = 2 000).
const wb = canonicalSnapshot({
  settings: { Plannavn: 'Boligsosial handlingsplan' },
  operating: [
    {
      ID: 'D-001',
      Seksjon: 'Samfunn og tjenester',
      Prioritet: 1,
      Tiltak: 'Miljøteam',
      Kostnadsstatus: 'Beregnet',
      Type: 'Varig',
      Ansvarlig: 'Rådmannen',
      Rammeområde: 'R3',
      ...years([1000, 2000, 2000, 1000]),
      Helårsvirkning: 2000,
      'Felles tiltak': 0,
      'Endret drift': 0,
      'Annen finansiering': 0,
      'Nye midler': 2000,
    },
  ],
  economyPlan: [
    { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', ...years([1000, 2000, 2000, 1000]) },
    // Row 3: Del left empty, Ref no measure carries, frame R3, 50 thousand a year.
    { Del: null, Linjetype: 'Tiltak', Ref: 'X-9', Rammeområde: 'R3', ...years([50, 50, 50, 50]) } as Record<
      string,
      CellValue
    >,
  ],
});

// Frame R3 has no Ramme line: D-001's 1 000 / 2 000 / 2 000 / 1 000 against its line plus X-9's 50 each year,
// 1 050 / 2 050 / 2 050 / 1 050 thousand; Δ −50 000 kr a year, the period (6 000 against 6 200) does not absorb
// it: mismatch.
const R3 = [
  [2027, 'mismatch', 1_000_000, 1_050_000],
  [2028, 'mismatch', 2_000_000, 2_050_000],
  [2029, 'mismatch', 2_000_000, 2_050_000],
  [2030, 'mismatch', 1_000_000, 1_050_000],
];
type Item = { code: string; year?: number; class: string; measures: number; economyPlan: number };
const frame = (items: readonly Item[]) =>
  items.filter((i) => i.code === 'frame-total').map((i) => [i.year, i.class, i.measures, i.economyPlan]);

describe('a Tiltak line without Del, through the checks', () => {
  it('one plan’s check warns at its Del cell and counts it in frame R3', () => {
    const own = checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render });
    const warned = own.findings.filter((f) => f.code === 'economy-plan-line-invalid');
    expect(warned.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['warning', 'Økonomiplan', 'A3']]);
    expect(frame(own.report.reconciliation)).toEqual(R3);
  });

  it('consolidated alone: the same warning among the economy plan issues, the same frame, and that total', () => {
    const alone = checkConsolidated(
      [{ wb, file: 'plan.xlsx' }],
      { wb, file: 'plan.xlsx' },
      { defaultStartYear: 2027, render },
    );
    const issues = alone?.economyIssues.filter((f) => f.code === 'economy-plan-line-invalid');
    expect(issues?.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['warning', 'Økonomiplan', 'A3']]);
    expect(frame(alone?.consolidation.items ?? [])).toEqual(R3);
    expect(alone?.consolidation.total).toEqual({
      measures: [1_000_000, 2_000_000, 2_000_000, 1_000_000],
      economyPlan: [1_050_000, 2_050_000, 2_050_000, 1_050_000],
    });
  });
});
