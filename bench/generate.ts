/**
 * Generated plans for the benchmark: `n` operating measures, n / 5 investment measures and an economy plan
 * that matches them line for line (reconciliation finds agreement), laid out as the canonical workbook by
 * the product's own template (so the snapshot is what the task pane or the CLI would read).
 * Deterministic: the same `n` always gives the same plan.
 */
import {
  applyEdits,
  DEFAULT_LISTS,
  planWorkbook,
  planYears,
  splitLargestRemainder,
  type Edit,
  type Lists,
  type PlanContent,
  type RowInput,
  type Unit,
  type WorkbookSnapshot,
} from '../src/domain';

export const START_YEAR = 2027;
const UNIT: Unit = '1000 kr';
const YEAR_COUNT = 4;

const LISTS: Lists = {
  ...DEFAULT_LISTS,
  sections: [...DEFAULT_LISTS.sections, 'Bolig', 'Oppfølging', 'Kompetanse', 'Samhandling'],
};

/** A small deterministic PRNG (mulberry32): amounts vary, runs repeat. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;
const id = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(3, '0')}`;

/** Per-section priority counters: priorities 1..k in every section, as the validator wants. */
function priorities(): (section: string) => number {
  const next = new Map<string, number>();
  return (section) => {
    const p = (next.get(section) ?? 0) + 1;
    next.set(section, p);
    return p;
  };
}

type Financing = { finJoint: number; finReallocation: number; finOther: number; finNew: number };

/** Four financing patterns over a base (an even number of units): all new money, split, joint, none new. */
function financing(base: number, i: number): Financing {
  const half = base / 2;
  switch (i % 4) {
    case 0:
      return { finJoint: 0, finReallocation: 0, finOther: 0, finNew: base };
    case 1:
      return { finJoint: 0, finReallocation: half, finOther: 0, finNew: half };
    case 2:
      return { finJoint: half, finReallocation: 0, finOther: 0, finNew: half };
    default:
      return { finJoint: 0, finReallocation: base - half, finOther: half, finNew: 0 };
  }
}

function operatingRow(i: number, rnd: () => number, priority: (s: string) => number): RowInput {
  const section = pick(LISTS.sections, i);
  const costed = i % 10 !== 9;
  const oneOff = i % 5 === 4;
  const common = {
    id: id('D', i),
    section,
    priority: priority(section),
    ref: String((i % 40) + 1),
    measure: `Tiltak ${i + 1}: ${oneOff ? 'kartlegging' : 'styrket oppfølging'} i ${section.toLowerCase()}`,
    kind: oneOff ? 'Engangs' : 'Varig',
    costStatus: costed ? 'Beregnet' : 'Må utredes',
    responsible: pick(LISTS.responsibles, i),
    areas: i % 3 === 0 ? `${pick(LISTS.areas, i)}; ${pick(LISTS.areas, i + 1)}` : pick(LISTS.areas, i),
    comment: i % 7 === 0 ? 'Generert for ytelsestest' : '',
  };
  if (!costed) {
    const blank = { fullYear: null, finJoint: null, finReallocation: null, finOther: null, finNew: null };
    return { values: { ...common, ...blank, frame: '' }, years: planYears(0, YEAR_COUNT).map(() => null) };
  }
  const full = 2 * (50 + Math.floor(rnd() * 1500)); // whole thousands, even so that halves stay whole
  const years = oneOff ? [full, 0, 0, 0] : [full / 2, full, full, full];
  const fin = financing(full, i);
  const frame = fin.finNew !== 0 ? pick(LISTS.frames, i).code : '';
  return { values: { ...common, fullYear: oneOff ? 0 : full, ...fin, frame }, years };
}

const PURPOSES = ['Omsorgsbolig', 'Utleiebolig', 'Lokaler', 'Annet'] as const;

function investmentRow(j: number, rnd: () => number, priority: (s: string) => number): RowInput {
  const section = pick(LISTS.sections, j);
  const purpose = pick(PURPOSES, j);
  const years = [100 * (5 + Math.floor(rnd() * 100)), 100 * Math.floor(rnd() * 100), 0, 0];
  const budget = years.reduce((a, b) => a + b, 0);
  const finVat = purpose === 'Utleiebolig' ? 0 : Math.round(budget * 0.15);
  const finGrant = Math.round(budget * 0.3);
  return {
    values: {
      id: id('I', j),
      section,
      priority: priority(section),
      ref: String((j % 40) + 1),
      measure: `Prosjekt ${j + 1}: ${purpose.toLowerCase()}`,
      costStatus: 'Beregnet',
      project: `P-${5000 + j}`,
      purpose,
      budget,
      before: 0,
      after: 0,
      finVat,
      finGrant,
      finSale: 0,
      finLoan: budget - finVat - finGrant,
      finOperating: 0,
      finFund: 0,
      responsible: pick(LISTS.responsibles, j),
      areas: pick(LISTS.areas, j),
      frame: '',
      comment: '',
    },
    years,
  };
}

const line = (values: RowInput['values'], years: readonly number[]): RowInput => ({
  values: { part: '', lineType: '', ref: '', frame: '', source: '', description: '', ...values },
  years,
});

/**
 * New money per year of a generated operating row, in units (SPEC §4): the total cost × Nye midler / base,
 * rounded, split over the years by largest remainder. Splitting the rounded total in proportion to the costs
 * ranks the remainders as the exact per-year shares do for these generated amounts (halves at most), and
 * assertClean fails loudly should a change of the generator break that.
 */
function newMoneyUnits(row: RowInput): number[] {
  const years = row.years.map((y) => y ?? 0);
  const period = years.reduce((a, b) => a + b, 0);
  const amount = (k: string) => (row.values[k] as number | null) ?? 0;
  const base = amount('fullYear') !== 0 ? amount('fullYear') : period;
  return splitLargestRemainder((period * amount('finNew')) / base, years);
}

/** The economy plan that finance would type for these measures: every line agrees with the plan. */
function economyPlan(operating: readonly RowInput[], investment: readonly RowInput[]): RowInput[] {
  const lines: RowInput[] = [];
  const frames = new Map<string, number[]>();
  for (const row of operating) {
    if (row.values.costStatus !== 'Beregnet' || !row.values.finNew) continue;
    const units = newMoneyUnits(row);
    const frame = String(row.values.frame);
    const sum = frames.get(frame) ?? units.map(() => 0);
    frames.set(
      frame,
      sum.map((s, k) => s + (units[k] ?? 0)),
    );
    lines.push(line({ part: 'Drift', lineType: 'Tiltak', ref: row.values.id ?? '', description: 'Nye midler' }, units));
  }
  for (const [frame, years] of frames) {
    lines.unshift(line({ part: 'Drift', lineType: 'Ramme', frame, description: `Ramme ${frame}` }, years));
  }
  const sources = [
    ['finVat', 'Mva-kompensasjon'],
    ['finGrant', 'Tilskudd'],
    ['finLoan', 'Lån'],
  ] as const;
  for (const row of investment) {
    const years = row.years.map((y) => y ?? 0);
    const ref = row.values.project ?? '';
    lines.push(line({ part: 'Investering', lineType: 'Tiltak', ref, description: 'Investering' }, years));
    for (const [key, source] of sources) {
      const amount = row.values[key] as number;
      if (amount === 0) continue;
      const split = splitLargestRemainder(amount, years);
      lines.push(line({ part: 'Investering', lineType: 'Finansiering', ref, source, description: source }, split));
    }
  }
  return lines;
}

/** The content of a generated plan with `n` operating measures. */
export function generateContent(n: number): PlanContent {
  const rnd = random(n);
  const priority = priorities();
  const operating = Array.from({ length: n }, (_, i) => operatingRow(i, rnd, priority));
  const investmentPriority = priorities();
  const investment = Array.from({ length: Math.round(n / 5) }, (_, j) => investmentRow(j, rnd, investmentPriority));
  return {
    settings: {
      startYear: START_YEAR,
      yearCount: YEAR_COUNT,
      unit: UNIT,
      priceLevel: `faste ${START_YEAR}-kroner`,
      economyPlanVersion: 'Ytelsestest',
      planName: '',
      tolerance: 0,
    },
    lists: LISTS,
    operating,
    investment,
    economyPlan: economyPlan(operating, investment),
  };
}

/** The canonical workbook snapshot of a generated plan, as `tiltaksplan new` would write it (Sammendrag included). */
export function generateSnapshot(n: number): WorkbookSnapshot {
  return applyEdits({ sheets: [], tables: [], names: [] }, generateWorkbookEdits(n));
}

/** The edits that write a generated plan as a whole canonical workbook, Sammendrag included. */
export function generateWorkbookEdits(n: number): Edit[] {
  return planWorkbook(generateContent(n));
}
