/**
 * Four small plans and one economy plan typed by hand for the consolidation tests (SPEC §15): different
 * Plannavn and units, shared frames, colliding IDs, a plan with findings and a plan of another period.
 */
import path from 'node:path';
import { buildEconomyPlanWorkbook, buildNewWorkbook } from '../../src/cli/commands/new';
import { DEFAULT_LISTS, type PlanContent, type RowInput, type Unit } from '../../src/domain';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';

interface Fin {
  readonly fullYear: number;
  readonly finNew: number;
  readonly finReallocation?: number;
  readonly finOther?: number;
}

function measure(id: string, priority: number, ref: string, frame: string, years: number[], fin: Fin): RowInput {
  return {
    values: {
      id,
      section: 'Samfunn og tjenester',
      priority,
      ref,
      measure: `Tiltak ${id}`,
      costStatus: 'Beregnet',
      kind: 'Varig',
      responsible: 'Rådmannen v/kommunalsjef velferd',
      areas: 'Helse, velferd, pleie og omsorg',
      frame,
      fullYear: fin.fullYear,
      finJoint: 0,
      finReallocation: fin.finReallocation ?? 0,
      finOther: fin.finOther ?? 0,
      finNew: fin.finNew,
    },
    years,
  };
}

function plan(name: string, unit: Unit, tolerance: number, operating: RowInput[], startYear = 2027): PlanContent {
  return {
    settings: {
      startYear,
      yearCount: 4,
      unit,
      priceLevel: `faste ${startYear}-kroner`,
      economyPlanVersion: '',
      tolerance,
      planName: name,
    },
    lists: DEFAULT_LISTS,
    operating,
    investment: [],
    economyPlan: [],
  };
}

const line = (lineType: string, ref: string, frame: string, years: number[], planName = ''): RowInput => ({
  values: { part: 'Drift', lineType, ref, frame, source: '', description: `Linje ${ref}`, plan: planName },
  years,
});

/** Rusplan, in kr, Toleranse 1 000 kr (as the economy plan's). */
export const RUS = plan('Rusplan', 'kr', 1000, [
  measure('D-001', 1, '5', 'R2', [100_000, 100_000, 150_000, 150_000], { fullYear: 150_000, finNew: 150_000 }),
  measure('D-002', 2, '8', 'R3', [10_000, 20_000, 30_000, 30_000], {
    fullYear: 30_000,
    finReallocation: 10_000,
    finNew: 20_000,
  }),
]);

/** Helseplan, in mill kr, Toleranse 0,001 mill kr (= 1 000 kr, as the economy plan's). */
export const HELSE = plan('Helseplan', 'mill kr', 0.001, [
  measure('D-001', 1, '7', 'R3', [0.5, 1, 1, 1], { fullYear: 1, finNew: 1 }),
  measure('D-002', 2, '11', 'R2', [0.1, 0.2, 0.2, 0.2], { fullYear: 0.3, finOther: 0.1, finNew: 0.2 }),
]);

/** Oppvekstplan, in 1000 kr, Toleranse 0: D-001's financing does not add up, D-002 has no Rammeområde. */
export const OPPVEKST = plan('Oppvekstplan', '1000 kr', 0, [
  measure('D-001', 1, '2', 'R1', [100, 200, 300, 300], { fullYear: 300, finNew: 250 }),
  measure('D-002', 2, '9', '', [10, 10, 10, 10], { fullYear: 10, finNew: 10 }),
]);

/** Kulturplan, 2028–2031: another period. */
export const KULTUR = plan(
  'Kulturplan',
  '1000 kr',
  0,
  [measure('D-001', 1, '4', 'R5', [40, 40, 40, 40], { fullYear: 40, finNew: 40 })],
  2028,
);

/** Finance's economy plan, 1000 kr, Toleranse 1 (1 000 kr). */
export const OKONOMI: PlanContent = {
  ...plan('', '1000 kr', 1, []),
  economyPlan: [
    line('Tiltak', 'D-001', 'R2', [100, 100, 150, 150], 'Rusplan'),
    line('Tiltak', '8', 'R3', [7, 13, 20, 20]),
    line('Tiltak', 'D-001', 'R3', [500, 1000, 1000, 1000], 'Helseplan'),
    line('Tiltak', 'D-002', 'R2', [67, 134, 133, 133], 'Helseplan'),
    line('Tiltak', '2', 'R1', [100, 200, 250, 250]),
    line('Ramme', 'R3', 'R3', [600, 1200, 1019, 1000]),
    line('Ramme', 'R1', 'R1', [100, 200, 300, 300]),
    line('Tiltak', 'D-001', 'R2', [5, 5, 5, 5]),
    line('Tiltak', 'X-9', 'R5', [50, 50, 50, 50]),
    line('Tiltak', 'D-001', 'R5', [10, 10, 10, 10], 'Kulturplan'),
    line('Tiltak', 'D-007', 'R5', [30, 30, 30, 30], 'Ukjent plan'),
  ],
};

export const SCENARIO: readonly { file: string; content: PlanContent; economy?: boolean }[] = [
  { file: 'rus.xlsx', content: RUS },
  { file: 'helse.xlsx', content: HELSE },
  { file: 'oppvekst.xlsx', content: OPPVEKST },
  { file: 'kultur.xlsx', content: KULTUR },
  { file: 'okonomiplan.xlsx', content: OKONOMI, economy: true },
];

/** Writes the scenario's workbooks into `dir`. */
export async function writeScenario(dir: string): Promise<void> {
  for (const f of SCENARIO) {
    const wb = f.economy ? await buildEconomyPlanWorkbook(f.content) : await buildNewWorkbook(f.content);
    await saveXlsxFile(wb, path.join(dir, f.file), 'new-or-replace');
  }
}
