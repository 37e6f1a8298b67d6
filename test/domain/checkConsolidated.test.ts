import { checkConsolidated } from '../../src/domain/checkConsolidated';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { canonicalSnapshot, withoutTables } from '../helpers/workbook';

const render = (f: { code: string }) => f.code;
const opts = { defaultStartYear: 2027, render };

/** One costed operating measure in frame R3, all of its Helårsvirkning new money (amounts in the plan's unit). */
function measure(id: string, years: number[], fullYear: number): Record<string, CellValue> {
  return {
    ID: id,
    Seksjon: 'Samfunn og tjenester',
    Prioritet: 1,
    Tiltak: `Tiltak ${id}`,
    Kostnadsstatus: 'Beregnet',
    Type: 'Varig',
    Ansvarlig: 'Rådmannen',
    Rammeområde: 'R3',
    ...Object.fromEntries(years.map((v, i) => [String(2027 + i), v])),
    Helårsvirkning: fullYear,
    'Felles tiltak': 0,
    'Endret drift': 0,
    'Annen finansiering': 0,
    'Nye midler': fullYear,
  };
}

const drift = (ref: string, years: number[], extra: Record<string, CellValue> = {}): Record<string, CellValue> => ({
  Del: 'Drift',
  Linjetype: 'Tiltak',
  Ref: ref,
  ...Object.fromEntries(years.map((v, i) => [String(2027 + i), v])),
  ...extra,
});

// Boligsosial in 1000 kr: 1 000 / 2 000 / 2 000 / 1 000 thousand. Helse in mill kr: 1 / 2 / 2 / 1 million.
const bolig: WorkbookSnapshot = canonicalSnapshot({
  settings: { Plannavn: 'Boligsosial handlingsplan' },
  operating: [measure('D-001', [1000, 2000, 2000, 1000], 2000)],
  // Its own sheet, ignored in a consolidated check.
  economyPlan: [drift('D-001', [1, 1, 1, 1])],
});
const helse: WorkbookSnapshot = canonicalSnapshot({
  unit: 'mill kr',
  settings: { Plannavn: 'Helse og omsorg' },
  operating: [measure('D-101', [1, 2, 2, 1], 2)],
});
// The economy plan in 1000 kr: each plan's line, and frame R3 at 2 500 / 3 000 / 4 000 / 2 500 thousand.
const economy: WorkbookSnapshot = canonicalSnapshot({
  economyPlan: [
    drift('D-001', [1000, 2000, 2000, 1000], { Plan: 'Boligsosial handlingsplan' }),
    drift('D-101', [1000, 2000, 2000, 1000], { Plan: 'Helse og omsorg' }),
    { Del: 'Drift', Linjetype: 'Ramme', Ref: 'R3', Rammeområde: 'R3', 2027: 2500, 2028: 3000, 2029: 4000, 2030: 2500 },
  ],
});

describe('checkConsolidated (SPEC §15)', () => {
  const checked = checkConsolidated(
    [
      { wb: bolig, file: 'bolig.xlsx' },
      { wb: helse, file: 'helse.xlsx' },
    ],
    { wb: economy, file: 'okonomiplan.xlsx' },
    opts,
  );

  it('converts a plan in mill kr and one in 1000 kr to kroner and reconciles both against the one economy plan', () => {
    expect(
      checked?.results.map((r) => r.report.reconciliation.map((i) => [i.ref, i.year, i.class, i.measures])),
    ).toEqual([
      [
        ['D-001', 2027, 'match', 1_000_000],
        ['D-001', 2028, 'match', 2_000_000],
        ['D-001', 2029, 'match', 2_000_000],
        ['D-001', 2030, 'match', 1_000_000],
      ],
      [
        ['D-101', 2027, 'match', 1_000_000],
        ['D-101', 2028, 'match', 2_000_000],
        ['D-101', 2029, 'match', 2_000_000],
        ['D-101', 2030, 'match', 1_000_000],
      ],
    ]);
    expect(checked?.consolidation.plans.map((p) => [p.name, p.unit, p.ownLinesIgnored])).toEqual([
      ['Boligsosial handlingsplan', '1000 kr', 1],
      ['Helse og omsorg', 'mill kr', 0],
    ]);
  });

  it('compares frame R3 across the plans: 2 000 + 2 000 thousand is over 3 000 in 2028', () => {
    const frames = checked?.consolidation.items.filter((i) => i.code === 'frame-total');
    expect(frames?.map((i) => [i.year, i.class, i.difference])).toEqual([
      [2027, 'match', -500_000],
      [2028, 'mismatch', 1_000_000],
      [2029, 'match', 0],
      [2030, 'match', -500_000],
    ]);
    expect(frames?.[1]?.shares).toEqual([
      { plan: 'Boligsosial handlingsplan', amount: 2_000_000 },
      { plan: 'Helse og omsorg', amount: 2_000_000 },
    ]);
    expect(checked?.consolidation.summary.errors).toBe(1);
  });

  it('answers null for a workbook without an economy plan table', () => {
    const none = withoutTables(canonicalSnapshot(), ['tblOkonomiplan']);
    const bare: WorkbookSnapshot = { ...none, sheets: none.sheets.filter((s) => s.sheet !== 'Økonomiplan') };
    expect(checkConsolidated([{ wb: bolig, file: 'bolig.xlsx' }], { wb: bare, file: 'x.xlsx' }, opts)).toBeNull();
  });
});
