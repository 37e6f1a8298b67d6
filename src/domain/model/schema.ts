/**
 * The workbook's schema, declared once as data (SPEC §2–§6). Everything that knows a column — the reader,
 * the validator, the template writer, the Excel structure builder and the add-measure form — reads it here.
 * Header texts are bokmål; aliases hold nynorsk, English and legacy spellings accepted when reading.
 */
import { COST_STATUSES, COSTED, MEASURE_KINDS, PURPOSES } from './choices';
import type { EconomyPlanLine, InvestmentMeasure, Measure, OperatingMeasure } from './plan';

export type ColumnType =
  | 'text' // free text
  | 'id' // generated measure ID
  | 'integer' // whole number (priority)
  | 'amount' // money in Beløpsenhet
  | 'choice' // one of `choices`
  | 'list' // one value of a workbook list (`list`)
  | 'multiList' // ;-separated values of a workbook list
  | 'formula'; // a calculated column

export type ListKey = 'sections' | 'areas' | 'frames' | 'responsibles';

/**
 * One column of a table. `K`: the field of the table's row objects the column holds (e.g. `finNew` of an
 * OperatingMeasure), `years` for the year columns placeholder; a table's columns are typed with `keyof` its
 * row type, so reading a row by a column's key is checked by the compiler.
 */
export interface ColumnSpec<K extends string = string> {
  /** The row objects' field (e.g. `finNew`), or `years` for the year columns placeholder. */
  readonly key: K;
  /** Canonical bokmål header text. */
  readonly header: string;
  /** Other header texts accepted when reading (nynorsk, English, legacy). */
  readonly aliases: readonly string[];
  readonly type: ColumnType;
  /** Whether a table without this column is a `column-missing` error. */
  readonly required: boolean;
  /** For `list`/`multiList`: which workbook list is the source. */
  readonly list?: ListKey;
  /** For `choice`: the allowed values. */
  readonly choices?: readonly string[];
  /** For `formula`: the calculated column's formula kind. */
  readonly formula?: 'sumYears';
  /** Maximum text length. */
  readonly maxLength?: number;
  /** Default value for a new row. */
  readonly default?: string;
  /** Column width in characters for the template. */
  readonly width: number;
}

/** Marks where the plan-year columns go in a table's canonical column order. */
export const YEARS: ColumnSpec<'years'> = {
  key: 'years',
  header: '<år>',
  aliases: [],
  type: 'amount',
  required: true,
  width: 11,
};

export const ECONOMY_PLAN_PARTS = ['Drift', 'Investering'] as const;
export const ECONOMY_PLAN_LINE_TYPES = ['Tiltak', 'Ramme', 'Finansiering'] as const;

const col = <K extends string>(
  key: K,
  header: string,
  aliases: readonly string[],
  type: ColumnType,
  required: boolean,
  width: number,
  extra: Partial<Omit<ColumnSpec, 'key'>> = {},
): ColumnSpec<K> => ({ key, header, aliases, type, required, width, ...extra });

/** The keys of a row type's fields (the schema's column keys). */
type KeyOf<R> = keyof R & string;

const ID = col('id', 'ID', ['Id', 'Tiltaks-ID', 'Measure ID'], 'id', true, 8);
const SECTION = col('section', 'Seksjon', ['Section'], 'list', true, 24, { list: 'sections' });
const PRIORITY = col('priority', 'Prioritet', ['Priority', 'Prio'], 'integer', true, 9);
const REF = col('ref', 'Ref.', ['Ref', 'Referanse', 'Reference', 'Handlingsplanpunkt'], 'text', false, 8);
const MEASURE = col('measure', 'Tiltak', ['Measure', 'Tiltaket'], 'text', true, 44, { maxLength: 250 });
const STATUS = col('costStatus', 'Kostnadsstatus', ['Kostnadsstatus', 'Cost status'], 'choice', true, 16, {
  choices: COST_STATUSES,
  default: COSTED,
});
const RESPONSIBLE = col(
  'responsible',
  'Ansvarlig',
  ['Ansvarleg', 'Responsible', 'Oppfølgingsansvarlig', 'Oppfølgingsansvarleg'],
  'list',
  true,
  24,
  { list: 'responsibles' },
);
const AREAS = col(
  'areas',
  'Berørte planområder',
  ['Berørte planområde', 'Planområder', 'Affected plan areas', 'Berørte kommunedelplanområder'],
  'multiList',
  true,
  26,
  { list: 'areas' },
);
const FRAME = col('frame', 'Rammeområde', ['Rammeområde', 'Budget frame', 'Ramme'], 'list', false, 13, {
  list: 'frames',
});
const COMMENT = col('comment', 'Kommentar', ['Merknad', 'Comment'], 'text', false, 30);

/** Operating measures, `tblTiltakDrift` (SPEC §4), in canonical column order. */
export const OPERATING_COLUMNS: readonly ColumnSpec<KeyOf<OperatingMeasure>>[] = [
  ID,
  SECTION,
  PRIORITY,
  REF,
  MEASURE,
  col('kind', 'Type', ['Tiltakstype', 'Kind'], 'choice', true, 9, { choices: MEASURE_KINDS, default: 'Varig' }),
  STATUS,
  YEARS,
  col('periodSum', 'Sum periode', ['Sum perioden', 'Period total', 'Period sum'], 'formula', true, 12, {
    formula: 'sumYears',
  }),
  col('fullYear', 'Helårsvirkning', ['Heilårsverknad', 'Full-year effect', 'Samlet kostnad'], 'amount', true, 13),
  col('finJoint', 'Felles tiltak', ['Felles tiltak V/L', 'Joint measure'], 'amount', true, 11),
  col('finReallocation', 'Endret drift', ['Endra drift', 'Endr. drift', 'Reallocation'], 'amount', true, 11),
  col(
    'finOther',
    'Annen finansiering',
    ['Anna finansiering', 'Other financing', 'Annen finans. Tilsk. oa.', 'Annen finans'],
    'amount',
    true,
    12,
  ),
  col(
    'finNew',
    'Nye midler',
    ['Nye midlar', 'New money', 'Øk. plan Nye midler', 'Økonomiplan nye midler'],
    'amount',
    true,
    11,
  ),
  RESPONSIBLE,
  AREAS,
  FRAME,
  COMMENT,
];

/** The column spec of a schema key of a table; throws for a key the schema does not have (a programmer error). */
export function columnSpec<K extends string>(specs: readonly ColumnSpec<K>[], key: K): ColumnSpec<K> {
  const spec = specs.find((s) => s.key === key);
  if (!spec) throw new Error(`no column ${key} in the schema`);
  return spec;
}

/** Whether a column holds a typed amount: not the plan years, not a calculated column. */
const isTypedAmount = <K extends string>(s: ColumnSpec<K>): s is ColumnSpec<Exclude<K, 'years'>> =>
  s.type === 'amount' && s.key !== YEARS.key;

/** The typed amount columns of a table, in column order: not the plan years, not calculated columns. */
export const amountKeys = <K extends string>(specs: readonly ColumnSpec<K>[]): Exclude<K, 'years'>[] =>
  specs.filter(isTypedAmount).map((s) => s.key);

/** Investment measures, `tblTiltakInvestering` (SPEC §5), in canonical column order. */
export const INVESTMENT_COLUMNS: readonly ColumnSpec<KeyOf<InvestmentMeasure>>[] = [
  ID,
  SECTION,
  PRIORITY,
  REF,
  MEASURE,
  STATUS,
  col('project', 'Prosjektnr', ['Prosjektnummer', 'Prosjekt', 'Project', 'Project no.'], 'text', true, 11),
  col('purpose', 'Formål', ['Føremål', 'Purpose'], 'choice', true, 13, { choices: PURPOSES, default: 'Annet' }),
  col('budget', 'Kostnadsramme', ['Kostnadsramme', 'Project budget', 'Samlet kostnad'], 'amount', true, 13),
  col('before', 'Tidligere bevilget', ['Tidlegare løyvd', 'Granted before'], 'amount', true, 12),
  YEARS,
  col('after', 'Etter perioden', ['Etter perioden', 'After the period'], 'amount', true, 11),
  col('finVat', 'Mva-kompensasjon', ['Momskompensasjon', 'VAT compensation'], 'amount', true, 12),
  col('finGrant', 'Tilskudd', ['Tilskot', 'Grant', 'Grants'], 'amount', true, 11),
  col('finSale', 'Salg', ['Sal', 'Sale'], 'amount', true, 11),
  col('finLoan', 'Lån', ['Loan', 'Bruk av lån'], 'amount', true, 11),
  col('finOperating', 'Overføring fra drift', ['Overføring frå drift', 'Transfer from operating'], 'amount', true, 12),
  col('finFund', 'Fond', ['Bruk av investeringsfond', 'Fund'], 'amount', true, 11),
  RESPONSIBLE,
  AREAS,
  FRAME,
  COMMENT,
];

/** The economy plan, `tblOkonomiplan` (SPEC §6). */
export const ECONOMY_PLAN_COLUMNS: readonly ColumnSpec<KeyOf<EconomyPlanLine>>[] = [
  col('part', 'Del', ['Part'], 'choice', true, 12, { choices: ECONOMY_PLAN_PARTS }),
  col('lineType', 'Linjetype', ['Linjetype', 'Line type'], 'choice', true, 13, { choices: ECONOMY_PLAN_LINE_TYPES }),
  col('ref', 'Ref', ['Ref.', 'Referanse', 'Reference'], 'text', true, 10),
  col('frame', 'Rammeområde', ['Budget frame', 'Ramme'], 'text', false, 13),
  col('source', 'Finansieringskilde', ['Finansieringskjelde', 'Financing source'], 'text', false, 20),
  col('description', 'Beskrivelse', ['Skildring', 'Description'], 'text', false, 40),
  YEARS,
  // The thematic plan (its Plannavn) a line belongs to, for consolidation (SPEC §15); after the years, so a
  // workbook made before it keeps its columns where they were.
  col('plan', 'Plan', ['Plannavn', 'Plannamn', 'Plan name'], 'text', false, 26),
];

/** The six investment financing columns, in the order of the §5-5 statement. Keys map to JSON names. */
export const INVESTMENT_FINANCING = [
  { key: 'finVat', json: 'vat', header: 'Mva-kompensasjon' },
  { key: 'finGrant', json: 'grant', header: 'Tilskudd' },
  { key: 'finSale', json: 'sale', header: 'Salg' },
  { key: 'finLoan', json: 'loan', header: 'Lån' },
  { key: 'finOperating', json: 'operating', header: 'Overføring fra drift' },
  { key: 'finFund', json: 'fund', header: 'Fond' },
] as const;

/** The four operating financing columns. */
export const OPERATING_FINANCING = [
  { key: 'finJoint', json: 'joint', header: 'Felles tiltak' },
  { key: 'finReallocation', json: 'reallocation', header: 'Endret drift' },
  { key: 'finOther', json: 'other', header: 'Annen finansiering' },
  { key: 'finNew', json: 'newMoney', header: 'Nye midler' },
] as const;

export interface MeasureTableSpec<K extends string = string> {
  readonly kind: 'operating' | 'investment';
  readonly table: string;
  readonly sheet: string;
  readonly columns: readonly ColumnSpec<K>[];
  /** Prefix of generated IDs: D-001, I-001. */
  readonly idPrefix: string;
}

export const OPERATING_TABLE: MeasureTableSpec<KeyOf<OperatingMeasure>> = {
  kind: 'operating',
  table: 'tblTiltakDrift',
  sheet: 'Tiltak drift',
  columns: OPERATING_COLUMNS,
  idPrefix: 'D-',
};

export const INVESTMENT_TABLE: MeasureTableSpec<KeyOf<InvestmentMeasure>> = {
  kind: 'investment',
  table: 'tblTiltakInvestering',
  sheet: 'Tiltak investering',
  columns: INVESTMENT_COLUMNS,
  idPrefix: 'I-',
};

/** Sheet and table names of the canonical workbook (SPEC §2). */
export const SHEETS = {
  settings: 'Innstillinger',
  operating: OPERATING_TABLE.sheet,
  investment: INVESTMENT_TABLE.sheet,
  economyPlan: 'Økonomiplan',
  planItems: 'Handlingsplan',
  summary: 'Sammendrag',
  reconciliation: 'Avstemming',
  archive: 'Arkiv',
  importLog: 'Importlogg',
} as const;

export const TABLES = {
  settings: 'tblInnstillinger',
  operating: OPERATING_TABLE.table,
  investment: INVESTMENT_TABLE.table,
  economyPlan: 'tblOkonomiplan',
  planItems: 'tblHandlingsplan',
  reconciliation: 'tblAvstemming',
} as const;

/** A row's value in one column of its table (the schema's keys are the row's fields). */
export interface ColumnValue {
  readonly spec: ColumnSpec;
  readonly value: unknown;
}

/** A row's value per column of its table, in column order (`years` gives the row's list of year amounts). */
export const columnValues = <R>(row: R, specs: readonly ColumnSpec<KeyOf<R>>[]): ColumnValue[] =>
  specs.map((spec) => ({ spec, value: row[spec.key] }));

/** A measure's value per column of its table (columnValues with the table's schema). */
export const measureValues = (m: Measure): ColumnValue[] =>
  m.table === 'operating' ? columnValues(m, OPERATING_COLUMNS) : columnValues(m, INVESTMENT_COLUMNS);
