/**
 * The example set of examples/kommune/ (SPEC §15): three small thematic plans and finance's one economy plan,
 * 2027–2030. What the consolidated check finds, by design:
 * - frame R3 is shared by Boligsosial and Helse og omsorg: each plan alone stays within its Ramme line, the
 *   two together exceed it in 2029 (1 800 + 2 000 = 3 800 > 3 500 thousand) and 2030 (4 400 > 4 000);
 * - the line with Ref 14 and no Plan fits D-001 of Boligsosial and D-002 of Helse og omsorg (both carry
 *   Ref. 14): ambiguous, claimed by neither, so Helse's D-002 has no line;
 * - the line X-17 (kulturskole) belongs to no plan: listed once; and it is the one Tiltak line of frame R4,
 *   which has no Ramme line and no measure, so R4 is 150 thousand over the measures each year (SPEC §10);
 * - Helse og omsorg is typed in mill kr, the others and the economy plan in 1000 kr.
 */
import { DEFAULT_LISTS, type PlanContent, type RowInput, type Unit } from '../src/domain';

export const KOMMUNE_START_YEAR = 2027;

const settings = (planName: string, unit: Unit) => ({
  startYear: KOMMUNE_START_YEAR,
  yearCount: 4,
  unit,
  priceLevel: `faste ${KOMMUNE_START_YEAR}-kroner`,
  economyPlanVersion: `Vedtatt K-sak 112/${KOMMUNE_START_YEAR - 1}`,
  tolerance: 0,
  planName,
});

/** A costed, lasting operating measure financed in full by new money (amounts in the plan's unit). */
function measure(
  id: string,
  priority: number,
  ref: string,
  text: string,
  frame: string,
  years: number[],
  fullYear: number,
): RowInput {
  return {
    values: {
      id,
      section: 'Samfunn og tjenester',
      priority,
      ref,
      measure: text,
      costStatus: 'Beregnet',
      kind: 'Varig',
      responsible: 'Rådmannen v/kommunalsjef velferd',
      areas: 'Helse, velferd, pleie og omsorg',
      frame,
      fullYear,
      finJoint: 0,
      finReallocation: 0,
      finOther: 0,
      finNew: fullYear,
    },
    years,
  };
}

const plan = (name: string, unit: Unit, operating: RowInput[]): PlanContent => ({
  settings: settings(name, unit),
  lists: DEFAULT_LISTS,
  operating,
  investment: [],
  economyPlan: [],
});

export const BOLIGSOSIAL = plan('Boligsosial handlingsplan', '1000 kr', [
  measure(
    'D-001',
    1,
    '14',
    'Utvidelse miljøteam: trappes opp fra 1 til 5 årsverk',
    'R3',
    [600, 1200, 1800, 2400],
    2400,
  ),
  measure('D-002', 2, '3', 'Bostøtte for unge i etablering', 'R2', [200, 200, 200, 200], 200),
]);

export const HELSE = plan('Helse og omsorg', 'mill kr', [
  measure('D-001', 1, '7', 'Velferdsteknologi i hjemmetjenesten', 'R3', [1, 1, 1, 1], 1),
  measure('D-002', 2, '14', 'Dagaktivitetstilbud for personer med demens', 'R3', [1, 1, 1, 1], 1),
]);

export const OPPVEKST = plan('Oppvekstplan', '1000 kr', [
  measure('D-001', 1, '2', 'Ekstra helsesykepleier i skolehelsetjenesten', 'R1', [700, 700, 700, 700], 700),
]);

const line = (lineType: string, ref: string, frame: string, description: string, years: number[], planName = '') => ({
  values: { part: 'Drift', lineType, ref, frame, source: '', description, plan: planName },
  years,
});

/** Finance's economy plan, 1000 kr: every plan's lines, the Ramme line of R3, one ambiguous and one stray line. */
export const OKONOMIPLAN: PlanContent = {
  ...plan('', '1000 kr', []),
  settings: { ...settings('', '1000 kr'), economyPlanVersion: `Vedtatt K-sak 112/${KOMMUNE_START_YEAR - 1}` },
  economyPlan: [
    line('Tiltak', 'D-001', 'R3', 'Miljøteam', [600, 1200, 1800, 2400], 'Boligsosial handlingsplan'),
    line('Tiltak', '3', 'R2', 'Bostøtte unge', [200, 200, 200, 200]),
    line('Tiltak', 'D-001', 'R3', 'Velferdsteknologi', [1000, 1000, 1000, 1000], 'Helse og omsorg'),
    line('Tiltak', '14', 'R3', 'Dagaktivitet demens', [1000, 1000, 1000, 1000]),
    line('Tiltak', 'D-001', 'R1', 'Helsesykepleier', [700, 700, 700, 700], 'Oppvekstplan'),
    line('Ramme', 'R3', 'R3', 'Ramme helse og velferd', [3000, 3500, 3500, 4000]),
    line('Tiltak', 'X-17', 'R4', 'Kulturskole, flere plasser', [150, 150, 150, 150]),
  ],
};

/** The four workbooks by file name, plans first. */
export const KOMMUNE_FILES: readonly {
  readonly file: string;
  readonly content: PlanContent;
  readonly economy: boolean;
}[] = [
  { file: 'boligsosial.xlsx', content: BOLIGSOSIAL, economy: false },
  { file: 'helse.xlsx', content: HELSE, economy: false },
  { file: 'oppvekst.xlsx', content: OPPVEKST, economy: false },
  { file: 'okonomiplan.xlsx', content: OKONOMIPLAN, economy: true },
];
