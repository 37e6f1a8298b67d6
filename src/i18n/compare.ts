/**
 * The change report's words (compare.nb/nn/en.ts) and the names of the compared fields in each language:
 * bokmål is the workbook's own header text from the schema, nynorsk and English are given here.
 */
import {
  columnSpec,
  ECONOMY_PLAN_COLUMNS,
  INVESTMENT_COLUMNS,
  OPERATING_COLUMNS,
  type ColumnSpec,
  type Lang,
} from '../domain';
import { COMPARE_EN } from './compare.en';
import { COMPARE_NB, type CompareKey } from './compare.nb';
import { COMPARE_NN } from './compare.nn';
import { makeTranslator, type Catalog, type MessageParams } from './translate';

export type { CompareKey };

const CATALOGUES: Catalog<CompareKey> = { nb: COMPARE_NB, nn: COMPARE_NN, en: COMPARE_EN };
const translate = makeTranslator(CATALOGUES);

/** A string of the change report or the pane's Endringer view in `lang`. */
export function ct(lang: Lang, key: CompareKey, params?: MessageParams): string {
  return translate(key, lang, params);
}

/** The catalogue of one language, for completeness tests. */
export function compareCatalogue(lang: Lang): Readonly<Record<CompareKey, string>> {
  return CATALOGUES[lang];
}

/** Field names in nynorsk and English, by schema key; bokmål comes from the schema's headers. */
export const FIELD_LABELS: Readonly<Record<'nn' | 'en', Readonly<Record<string, string>>>> = {
  nn: {
    section: 'Seksjon',
    priority: 'Prioritet',
    ref: 'Ref.',
    measure: 'Tiltak',
    kind: 'Type',
    costStatus: 'Kostnadsstatus',
    fullYear: 'Heilårsverknad',
    finJoint: 'Felles tiltak',
    finReallocation: 'Endra drift',
    finOther: 'Anna finansiering',
    finNew: 'Nye midlar',
    responsible: 'Ansvarleg',
    areas: 'Råka planområde',
    frame: 'Rammeområde',
    project: 'Prosjektnr',
    purpose: 'Føremål',
    budget: 'Kostnadsramme',
    before: 'Tidlegare løyvd',
    after: 'Etter perioden',
    finVat: 'Mva-kompensasjon',
    finGrant: 'Tilskot',
    finSale: 'Sal',
    finLoan: 'Lån',
    finOperating: 'Overføring frå drift',
    finFund: 'Fond',
    part: 'Del',
    lineType: 'Linetype',
    source: 'Finansieringskjelde',
    description: 'Skildring',
  },
  en: {
    section: 'Section',
    priority: 'Priority',
    ref: 'Ref.',
    measure: 'Measure',
    kind: 'Kind',
    costStatus: 'Cost status',
    fullYear: 'Full-year effect',
    finJoint: 'Joint measure',
    finReallocation: 'Reallocation',
    finOther: 'Other financing',
    finNew: 'New money',
    responsible: 'Responsible',
    areas: 'Plan areas',
    frame: 'Budget frame',
    project: 'Project no.',
    purpose: 'Purpose',
    budget: 'Project budget',
    before: 'Granted before',
    after: 'After the period',
    finVat: 'VAT compensation',
    finGrant: 'Grant',
    finSale: 'Sale',
    finLoan: 'Loan',
    finOperating: 'Transfer from operating',
    finFund: 'Fund',
    part: 'Part',
    lineType: 'Line type',
    source: 'Financing source',
    description: 'Description',
  },
};

/** Which schema a field of the change set belongs to. */
export type FieldTable = 'operating' | 'investment' | 'economyPlan';

const COLUMNS: Readonly<Record<FieldTable, readonly ColumnSpec[]>> = {
  operating: OPERATING_COLUMNS,
  investment: INVESTMENT_COLUMNS,
  economyPlan: ECONOMY_PLAN_COLUMNS,
};

/** The column spec of a changed field (the years placeholder for `years`). */
export function fieldSpec(field: string, table: FieldTable): ColumnSpec {
  return columnSpec(COLUMNS[table], field);
}

/** A field's name for the reader: the year itself for a year's amount, else the column's name in `lang`. */
export function fieldLabel(change: { field: string; year?: number }, table: FieldTable, lang: Lang): string {
  if (change.year !== undefined) return String(change.year);
  if (lang !== 'nb') {
    const label = FIELD_LABELS[lang][change.field];
    if (label !== undefined) return label;
  }
  return fieldSpec(change.field, table).header;
}
