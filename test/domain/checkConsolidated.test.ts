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

describe('checkConsolidated: economy plan cells that are not a number (SPEC §4, §15)', () => {
  // Boligsosial's own (ignored) sheet has «tull» in I2 (2029); the economy plan workbook has «to tusen» in H2
  // (2028) on D-001's line and «femti» in G3 (2027) on X-9's, which no plan claims (50 in 2028 counts).
  const plan = canonicalSnapshot({
    settings: { Plannavn: 'Boligsosial handlingsplan' },
    operating: [measure('D-001', [1000, 2000, 2000, 1000], 2000)],
    economyPlan: [drift('D-001', [1000, 2000, 0, 1000], { 2029: 'tull' })],
  });
  const book = canonicalSnapshot({
    economyPlan: [
      drift('D-001', [1000, 0, 2000, 1000], { 2028: 'to tusen', Plan: 'Boligsosial handlingsplan' }),
      drift('X-9', [0, 50, 0, 0], { 2027: 'femti' }),
    ],
  });
  const checked = checkConsolidated([{ wb: plan, file: 'bolig.xlsx' }], { wb: book, file: 'okonomiplan.xlsx' }, opts);

  it("names the economy plan's invalid cell in the plan's item, not a cell of the plan's own sheet", () => {
    const items = checked?.results[0]?.report.reconciliation.filter((i) => i.ref === 'D-001') ?? [];
    // 2028: 2 000 000 against 0 (the invalid cell counted as 0); 2029: 2 000 000 against 2 000 000, no invalid cell.
    expect(items.map((i) => [i.year, i.measures, i.economyPlan, i.invalidCells])).toEqual([
      [2027, 1_000_000, 1_000_000, undefined],
      [2028, 2_000_000, 0, ['Økonomiplan!H2']],
      [2029, 2_000_000, 2_000_000, undefined],
      [2030, 1_000_000, 1_000_000, undefined],
    ]);
  });

  it('names the invalid cell in the item of a line no plan claims, and the file in the finding', () => {
    const unclaimed = checked?.consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(unclaimed?.map((i) => [i.ref, i.economyPlan, i.invalidCells])).toEqual([
      ['X-9', 50_000, ['Økonomiplan!G3']],
    ]);
    expect(checked?.economyIssues.map((i) => [i.file, i.code, i.sheet, i.cell])).toEqual([
      ['okonomiplan.xlsx', 'amount-invalid', 'Økonomiplan', 'H2'],
      ['okonomiplan.xlsx', 'amount-invalid', 'Økonomiplan', 'G3'],
    ]);
  });
});

describe('checkConsolidated: a frame code of the economy plan workbook not in the plans’ lists (docs/spec.md §6, §15)', () => {
  const frames = [{ code: 'R3', name: 'Helse og velferd' }];
  const plan = canonicalSnapshot({
    settings: { Plannavn: 'Boligsosial handlingsplan' },
    lists: { frames },
    operating: [measure('D-001', [1000, 2000, 2000, 1000], 2000)],
  });
  // Row 2: the Ramme line of «R 3» (a space), 500 a year; row 3: D-001's line.
  const book = canonicalSnapshot({
    economyPlan: [
      { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R 3', 2027: 500, 2028: 500, 2029: 500, 2030: 500 },
      drift('D-001', [1000, 2000, 2000, 1000]),
    ],
  });

  it('is frame-invalid at its cell in the economy plan workbook, and the line limits no frame', () => {
    const checked = checkConsolidated([{ wb: plan, file: 'bolig.xlsx' }], { wb: book, file: 'okonomiplan.xlsx' }, opts);
    expect(
      checked?.economyIssues
        .filter((i) => i.code === 'frame-invalid')
        .map((i) => [i.file, i.severity, i.sheet, i.cell]),
    ).toEqual([['okonomiplan.xlsx', 'error', 'Økonomiplan', 'D2']]);
    // R3 is compared with D-001's line (equal), not with «R 3»'s 500.
    const items = checked?.consolidation.items ?? [];
    expect(items.filter((i) => i.code === 'frame-total').map((i) => [i.ref, i.class])).toEqual([
      ['R3', 'match'],
      ['R3', 'match'],
      ['R3', 'match'],
      ['R3', 'match'],
    ]);
    expect(items.filter((i) => i.code === 'economy-plan-line-unmatched').map((i) => [i.economyPlan, i.cells])).toEqual([
      [2_000_000, { economyPlan: 'Økonomiplan!D2' }],
    ]);
  });

  it('is said once when a plan is the economy plan workbook (its own check says it)', () => {
    const own = canonicalSnapshot({
      settings: { Plannavn: 'Boligsosial handlingsplan' },
      lists: { frames },
      operating: [measure('D-001', [1000, 2000, 2000, 1000], 2000)],
      economyPlan: [
        { Del: 'Drift', Linjetype: 'Ramme', Rammeområde: 'R 3', 2027: 500, 2028: 500, 2029: 500, 2030: 500 },
      ],
    });
    const checked = checkConsolidated(
      [{ wb: own, file: 'bolig.xlsx', isEconomyWorkbook: true }],
      { wb: own, file: 'bolig.xlsx' },
      opts,
    );
    expect(checked?.economyIssues.filter((i) => i.code === 'frame-invalid')).toEqual([]);
    expect(checked?.results[0]?.findings.filter((f) => f.code === 'frame-invalid').map((f) => f.cell)).toEqual(['D2']);
  });
});
