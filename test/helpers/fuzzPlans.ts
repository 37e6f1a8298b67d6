/**
 * Valid canonical plans for the checker's fuzzing, made from the fixture plans' rows: each row may carry one
 * plausible mistake (one rule each) and up to three cells typed over with anything, and the economy plan's
 * numbers sit near the measures' own, so that every finding code and reconciliation class can occur.
 * fuzzMutations.ts then damages the workbook around them.
 */
import fc from 'fast-check';
import { UNITS } from '../../src/domain/model/money';
import type { Unit } from '../../src/domain/model/money';
import type { CellValue, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { inv, line, op } from '../fixtures/make/plans';
import { cellValue } from './fuzzCells';
import { canonicalSnapshot } from './workbook';

type Row = Record<string, CellValue>;

const OP_KEYS = Object.keys(op('D-001'));
const INV_KEYS = Object.keys(inv('I-001'));
const LINE_KEYS = Object.keys(line('Drift', 'Tiltak', 'D-001', []));

/** Plausible mistakes, one rule each, so that every rule meets rows that break it (the fixture plans' own). */
const OPERATING_MISTAKES: readonly Row[] = [
  { Type: 'Engangs' },
  { 'Nye midler': 2.4 },
  { 'Nye midler': 2000 },
  { 'Endret drift': -100, 'Nye midler': 2500 },
  { '2030': 3000 },
  { '2030': 2000 },
  { Rammeområde: null },
  { Seksjon: 'Organisasjon' },
  { Kostnadsstatus: 'Må utredes' },
  { '2027': 0, '2028': 0, '2029': 0, '2030': 0, Helårsvirkning: 0, 'Nye midler': 0 },
  { '2027': '600', '2028': '1 200', 'Felles tiltak': '----' },
];
const INVESTMENT_MISTAKES: readonly Row[] = [
  { '2028': 8000 },
  { Formål: 'Utleiebolig' },
  { 'Mva-kompensasjon': 4000, Lån: 4000 },
  { Prosjektnr: null },
  { Kostnadsramme: 50, '2027': 50, '2028': 0, 'Mva-kompensasjon': 10, Tilskudd: 0, Lån: 40 },
  { Lån: 6 },
  { Kostnadsramme: 12 },
];

/** Up to three cells of a row typed over with anything, after at most one plausible mistake. */
const overrides = (keys: readonly string[], mistakes: readonly Row[]): fc.Arbitrary<Row> =>
  fc
    .tuple(
      fc.option(fc.constantFrom(...mistakes), { nil: {}, freq: 2 }),
      fc.dictionary(fc.constantFrom(...keys), cellValue, { maxKeys: 3 }),
    )
    .map(([mistake, typed]) => ({ ...mistake, ...typed }));

const operatingRows = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 6 }), overrides(OP_KEYS, OPERATING_MISTAKES)), { maxLength: 4 })
  .map((rows) => rows.map(([n, over], i) => op(`D-00${n}`, { Prioritet: i + 1, ...over })));
const investmentRows = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 3 }), overrides(INV_KEYS, INVESTMENT_MISTAKES)), { maxLength: 2 })
  .map((rows) => rows.map(([n, over], i) => inv(`I-00${n}`, { Prioritet: i + 1, Prosjektnr: `P-100${n}`, ...over })));

/** Economy plan years near the measures' own numbers, so that every reconciliation class can occur. */
const lineYears: fc.Arbitrary<(number | null)[]> = fc.oneof<fc.Arbitrary<(number | null)[]>[]>(
  fc.constantFrom([600, 1200, 1800, 2400], [0.6, 1.2, 1.8, 2.4], [600, 1200, 1801, 2400], [-600, -1200, -1800, -2400]),
  fc.constantFrom([3000, 9000, 0, 0], [500, 1500, 0, 0], [2400, 1800, 1200, 600], [600000, 1200000, 1800000, 2400000]),
  fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -3000, max: 3000 })), { minLength: 4, maxLength: 4 }),
);
const economyPlanRows = fc
  .array(
    fc.record({
      part: fc.constantFrom('Drift', 'Investering', 'drift', ''),
      type: fc.constantFrom('Tiltak', 'Ramme', 'Finansiering', 'Annet'),
      ref: fc.constantFrom('D-001', 'D-002', 'I-001', 'P-1001', 'P-1002', '14', '', 'X-9'),
      years: lineYears,
      over: fc.dictionary(fc.constantFrom(...LINE_KEYS), cellValue, { maxKeys: 2 }),
      frame: fc.constantFrom('2', '3', null),
      source: fc.constantFrom('Tilskudd', 'Lån', 'Mva-kompensasjon', 'Fond', 'Ukjent', null),
    }),
    { maxLength: 5 },
  )
  .map((lines) =>
    lines.map((l) =>
      line(l.part, l.type, l.ref, l.years, { Rammeområde: l.frame, Finansieringskilde: l.source, ...l.over }),
    ),
  );

/** A canonical plan: settings, lists, up to four operating and two investment rows, up to five economy plan lines. */
export const basePlan: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    unit: fc.constantFrom<Unit>(...UNITS),
    start: fc.constantFrom(2027, 2027, 2027, 2028),
    yearCount: fc.constantFrom(4, 4, 4, 5),
    tolerance: fc.constantFrom(0, 1, 0.5),
    operating: operatingRows,
    investment: investmentRows,
    economyPlan: economyPlanRows,
    planItems: fc.option(fc.constant<string[]>(['14', '2', '20']), { nil: null }),
  })
  .map((o) =>
    canonicalSnapshot({
      startYear: o.start,
      yearCount: o.yearCount,
      unit: o.unit,
      operating: o.operating,
      investment: o.investment,
      economyPlan: o.economyPlan,
      planItems: o.planItems,
      settings: { Toleranse: o.tolerance },
    }),
  );
