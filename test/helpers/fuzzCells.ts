/**
 * fast-check arbitraries for the fuzzing of the checker: cell values as any workbook source may deliver
 * them, and the words a plan is made of, so that generated grids look enough like plans to get past
 * "table missing" and into the row rules, totals and reconciliation.
 */
import fc from 'fast-check';
import {
  ECONOMY_PLAN_COLUMNS,
  ECONOMY_PLAN_LINE_TYPES,
  ECONOMY_PLAN_PARTS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  SHEETS,
  TABLES,
} from '../../src/domain/model/schema';
import { COST_STATUSES, MEASURE_KINDS, PURPOSES } from '../../src/domain/model/choices';
import { LISTS, PLAN_ITEM_HEADERS, SETTINGS, SETTINGS_HEADERS } from '../../src/domain/model/settingsSchema';
import { UNITS } from '../../src/domain/model/money';
import type { CellValue } from '../../src/domain/model/snapshot';
import { WORKBOOK_LISTS } from './workbook';

export const EXCEL_ERRORS = ['#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

const columnHeaders = [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS, ...ECONOMY_PLAN_COLUMNS].flatMap((c) =>
  c.key === 'years' ? [] : [c.header, ...c.aliases],
);

/** Every header text the reader knows (canonical and aliases), setting labels and plan years. */
export const HEADER_TEXTS: readonly string[] = [
  ...new Set([
    ...columnHeaders,
    ...SETTINGS.flatMap((s) => [s.label, ...s.aliases]),
    ...LISTS.flatMap((l) => l.columns.flatMap((c) => [c.header, ...c.aliases])),
    SETTINGS_HEADERS.name,
    SETTINGS_HEADERS.value,
    PLAN_ITEM_HEADERS.ref,
    PLAN_ITEM_HEADERS.title,
    '2026',
    '2027',
    '2028',
    '2029',
    '2030',
    '2031',
    'Kostnad – Mill kr.',
  ]),
];

/** Values that mean something in a plan: statuses, kinds, units, list entries, IDs, refs. */
export const PLAN_WORDS: readonly string[] = [
  ...COST_STATUSES,
  ...MEASURE_KINDS,
  ...PURPOSES,
  ...UNITS,
  ...ECONOMY_PLAN_PARTS,
  ...ECONOMY_PLAN_LINE_TYPES,
  ...WORKBOOK_LISTS.sections,
  ...WORKBOOK_LISTS.areas,
  ...WORKBOOK_LISTS.responsibles,
  ...WORKBOOK_LISTS.frames.map((f) => f.code),
  `${WORKBOOK_LISTS.areas[0] ?? ''};${WORKBOOK_LISTS.areas[1] ?? ''}`,
  'D-001',
  'D-002',
  'I-001',
  'P-1001',
  '14',
  '7.1/15',
  'Mill kr.',
  'beregnet',
  ' Varig ',
];

/** Text that a reader must parse or refuse: Norwegian numbers, placeholders, dates, formulas typed as text. */
export const TRICKY_TEXT: readonly string[] = [
  '2,4',
  '900 000',
  '900\u00a0000',
  '100.000',
  '\u22125',
  '-1 200,5 kr',
  '1e3',
  '0x10',
  'Infinity',
  'NaN',
  '1 000 000 000 000 000 000',
  '',
  '   ',
  '-',
  '----',
  '\u2013\u2013',
  '?',
  '=SUM(A1:A3)',
  '#REF!',
  ' 2027 ',
  '2027.0',
  '2027-01-01',
  '2027-01-01T00:00:00.000Z',
  '<img src=x onerror=alert(1)>',
  'a\nb',
];

/** Numbers at the edges: huge, tiny, halves, binary noise, the plan's own magnitudes. */
const EDGE_NUMBERS = [
  1e15,
  -1e15,
  9.99e11,
  1e300,
  -1e300,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_VALUE,
  2.5,
  -2.5,
  0.5005,
  -0.0,
  46388,
];

/** One cell value: empty, any text, known words, numbers of every kind, booleans and Excel error values. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADER_TEXTS) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.double({ min: -1e7, max: 1e7, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -5000, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: 1995, max: 2110 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(...EXCEL_ERRORS).map((error) => ({ error })) },
);

/** Formula text as a source reports it (the cell's value is then the cached result). */
export const formulaText: fc.Arbitrary<string | null> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '=SUM(H2:K2)',
      '=1/0',
      '=#REF!',
      '=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])',
      '=NA()',
      '=VLOOKUP(A2,#REF!,2,FALSE)',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => `=${s}`) },
);

/** Sheet names: ours, ours in another case or with spaces, and others. */
export const SHEET_NAMES: readonly string[] = [
  ...Object.values(SHEETS),
  'tiltak drift',
  ' Tiltak investering ',
  'ØKONOMIPLAN',
  'Ark1',
  'Tiltak drift (2)',
];

/** Table names: ours (and the list tables), in another case, and others. */
export const TABLE_NAMES: readonly string[] = [
  ...Object.values(TABLES),
  ...LISTS.map((l) => l.table),
  'TBLTILTAKDRIFT',
  'Tabell1',
];

/** Defined names the reader may follow (the lists' sources). */
export const NAME_NAMES: readonly string[] = [...LISTS.map((l) => l.name), 'Utskriftsområde'];

/** A1 ranges, sensible and not: reversed, one cell, whole columns, garbage. */
export const RANGE_TEXTS: readonly string[] = [
  'A1:L14',
  'A1',
  'B2:D3',
  'Z9:A1',
  'nonsense',
  'A1:Z1048576',
  'A1:A1048576',
  "'Innstillinger'!$D$2:$D$50",
  'Innstillinger!$A$1',
  '#REF!',
];

/**
 * A range text, rarely the whole sheet: a table over all 16 384 columns costs a header scan of every
 * column (about half a second), too slow to meet thousands of times.
 */
export const rangeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...RANGE_TEXTS) },
  { weight: 1, arbitrary: fc.constant('A1:XFD1048576') },
);
