/**
 * The glossary: one term per concept, in bokmål, nynorsk and English. Every catalogue takes its words for
 * these concepts from here (labels directly, sentences through template literals), so a class, a severity,
 * a tab or a button has one name wherever a user meets it: pane, CLI, reports and the sheets the product
 * writes. Workbook names (sheets, tables, headers, list values such as "Beregnet") stay bokmål in every
 * language (SPEC §1); where a text names a column, it uses the header as the workbook spells it.
 *
 * The rule where a term and a workbook word meet: a table column that shows a workbook column's values or its
 * total is headed by that column's header (schema.ts), never by the term below: «Helårsvirkning» beside «Nye
 * midler» and the other financing headers in nn and en as in nb, because the reader finds the column by it (the
 * totals of check, compare's changed fields, the pane's Summer). A list value (a Kostnadsstatus, a Type) is shown
 * as typed, «Beregnet» in every language, in check and compare alike: the user finds it and types it so. So the
 * glossary has no term for Helårsvirkning, Sum periode or Kostnadsramme (test/i18n/catalogues.test.ts then refuses
 * a nynorsk or English text that names one by a translation); newMoney and costed are for sentences and the
 * product's own labels («Nye midlar per år»), never a column's header or a status.
 */
import { settingLabel, type Lang, type SettingKey } from '../domain';

export const GLOSSARY_NB = {
  // Severities, one and several.
  error: 'Feil',
  errors: 'Feil',
  warning: 'Advarsel',
  warnings: 'Advarsler',
  note: 'Merknad',
  notes: 'Merknader',
  // Reconciliation classes (SPEC §10).
  match: 'Samsvar',
  rounding: 'Avrunding',
  mismatch: 'Avvik',
  timing: 'Periodisering',
  unitSuspect: 'Mulig enhetsfeil',
  sign: 'Motsatt fortegn',
  notCosted: 'Ikke beregnet',
  // Reconciliation codes (SPEC §10).
  measureNewMoney: 'Nye midler per tiltak',
  measureNotInEconomyPlan: 'Tiltak mangler i økonomiplanen',
  lineUnmatched: 'Økonomiplanlinje uten tiltak',
  frameTotal: 'Nye midler per rammeområde',
  projectExpenditure: 'Utgifter per prosjekt',
  projectFinancing: 'Finansiering per prosjekt',
  // «Costed» in sentences (the status itself, «Beregnet», is shown as typed).
  costed: 'Beregnet',
  // The pane's tabs and the buttons other texts send the user to.
  overview: 'Oversikt',
  check: 'Kontroll',
  totals: 'Summer',
  reconcile: 'Avstemming',
  newMeasure: 'Nytt tiltak',
  structure: 'Struktur',
  changes: 'Endringer',
  showChanges: 'Vis endringer',
  saveVersion: 'Lagre versjon',
  writeReconciliation: 'Skriv Avstemming-arket',
  // The plan's nouns.
  measure: 'Tiltak',
  measuresPlan: 'Tiltaksplan',
  economyPlan: 'Økonomiplan',
  economyPlanLine: 'Økonomiplanlinje',
  newMoney: 'Nye midler',
  section: 'Seksjon',
  priority: 'Prioritet',
  frame: 'Rammeområde',
  area: 'Planområde',
  responsible: 'Ansvarlig',
  costStatus: 'Kostnadsstatus',
  unit: 'Beløpsenhet',
  planPeriod: 'Planperiode',
  priceLevel: 'Prisnivå',
  economyPlanVersion: 'Økonomiplanversjon',
  year: 'År',
  difference: 'Avvik',
  tolerance: 'Toleranse',
  // Stand-ins for an empty name.
  empty: '(tom)',
  noName: '(uten navn)',
  noFrame: '(uten rammeområde)',
  noSection: '(uten seksjon)',
  // The thematic plan's name (SPEC §3) and consolidation (SPEC §15).
  planName: 'Plannavn',
} as const;

export type Term = keyof typeof GLOSSARY_NB;

export const GLOSSARY_NN: Readonly<Record<Term, string>> = {
  error: 'Feil',
  errors: 'Feil',
  warning: 'Åtvaring',
  warnings: 'Åtvaringar',
  note: 'Merknad',
  notes: 'Merknader',
  match: 'Samsvar',
  rounding: 'Avrunding',
  mismatch: 'Avvik',
  timing: 'Periodisering',
  unitSuspect: 'Mogleg einingsfeil',
  sign: 'Motsett forteikn',
  notCosted: 'Ikkje berekna',
  measureNewMoney: 'Nye midlar per tiltak',
  measureNotInEconomyPlan: 'Tiltak manglar i økonomiplanen',
  lineUnmatched: 'Økonomiplanline utan tiltak',
  frameTotal: 'Nye midlar per rammeområde',
  projectExpenditure: 'Utgifter per prosjekt',
  projectFinancing: 'Finansiering per prosjekt',
  costed: 'Berekna',
  overview: 'Oversikt',
  check: 'Kontroll',
  totals: 'Summar',
  reconcile: 'Avstemming',
  newMeasure: 'Nytt tiltak',
  structure: 'Struktur',
  changes: 'Endringar',
  showChanges: 'Vis endringar',
  saveVersion: 'Lagre versjon',
  writeReconciliation: 'Skriv Avstemming-arket',
  measure: 'Tiltak',
  measuresPlan: 'Tiltaksplan',
  economyPlan: 'Økonomiplan',
  economyPlanLine: 'Økonomiplanline',
  newMoney: 'Nye midlar',
  section: 'Seksjon',
  priority: 'Prioritet',
  frame: 'Rammeområde',
  area: 'Planområde',
  responsible: 'Ansvarleg',
  costStatus: 'Kostnadsstatus',
  unit: 'Beløpseining',
  planPeriod: 'Planperiode',
  priceLevel: 'Prisnivå',
  economyPlanVersion: 'Økonomiplanversjon',
  year: 'År',
  difference: 'Avvik',
  tolerance: 'Toleranse',
  empty: '(tom)',
  noName: '(utan namn)',
  noFrame: '(utan rammeområde)',
  noSection: '(utan seksjon)',
  planName: 'Plannamn',
};

export const GLOSSARY_EN: Readonly<Record<Term, string>> = {
  error: 'Error',
  errors: 'Errors',
  warning: 'Warning',
  warnings: 'Warnings',
  note: 'Note',
  notes: 'Notes',
  match: 'Match',
  rounding: 'Rounding',
  mismatch: 'Mismatch',
  timing: 'Timing',
  unitSuspect: 'Possible unit error',
  sign: 'Opposite sign',
  notCosted: 'Not costed',
  measureNewMoney: 'New money per measure',
  measureNotInEconomyPlan: 'Measure missing from the economy plan',
  lineUnmatched: 'Economy plan line without a measure',
  frameTotal: 'New money per budget frame',
  projectExpenditure: 'Expenditure per project',
  projectFinancing: 'Financing per project',
  costed: 'Costed',
  overview: 'Overview',
  check: 'Check',
  totals: 'Totals',
  reconcile: 'Reconcile',
  newMeasure: 'New measure',
  structure: 'Structure',
  changes: 'Changes',
  showChanges: 'Show changes',
  saveVersion: 'Save version',
  writeReconciliation: 'Write the Avstemming sheet',
  measure: 'Measure',
  measuresPlan: 'Measures plan',
  economyPlan: 'Economy plan',
  economyPlanLine: 'Economy plan line',
  newMoney: 'New money',
  section: 'Section',
  priority: 'Priority',
  frame: 'Budget frame',
  area: 'Plan area',
  responsible: 'Responsible',
  costStatus: 'Cost status',
  unit: 'Amount unit',
  planPeriod: 'Plan period',
  priceLevel: 'Price level',
  economyPlanVersion: 'Economy plan version',
  year: 'Year',
  difference: 'Difference',
  tolerance: 'Tolerance',
  empty: '(empty)',
  noName: '(no name)',
  noFrame: '(no budget frame)',
  noSection: '(no section)',
  planName: 'Plan name',
};

export const GLOSSARY: Readonly<Record<Lang, Readonly<Record<Term, string>>>> = {
  nb: GLOSSARY_NB,
  nn: GLOSSARY_NN,
  en: GLOSSARY_EN,
};

/** The glossary's term for `concept` in `lang`. */
export const term = (concept: Term, lang: Lang): string => GLOSSARY[lang][concept];

/**
 * A setting named as a label where the user reads its value (the pane's Overview, the check report's facts):
 * its label on Innstillinger, so the user finds the row to change; English adds the glossary's term as a gloss.
 */
export const settingName = (key: SettingKey & Term, lang: Lang): string =>
  lang === 'en' ? `${settingLabel(key)} (${GLOSSARY_EN[key].toLowerCase()})` : settingLabel(key);

/**
 * What a user calls each table of the canonical workbook, for messages: the table names (tblTiltakDrift …)
 * are Excel's names, which a budget officer never sees in the sheet.
 */
const TABLE_TERMS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  nb: {
    tblInnstillinger: 'innstillingstabellen',
    tblTiltakDrift: 'tabellen over driftstiltak',
    tblTiltakInvestering: 'tabellen over investeringstiltak',
    tblOkonomiplan: 'økonomiplantabellen',
    tblHandlingsplan: 'handlingsplantabellen',
    tblAvstemming: 'avstemmingstabellen',
    tblSeksjoner: 'seksjonslisten',
    tblPlanomrader: 'listen over planområder',
    tblRammeomrader: 'listen over rammeområder',
    tblAnsvarlige: 'listen over ansvarlige',
  },
  nn: {
    tblInnstillinger: 'innstillingstabellen',
    tblTiltakDrift: 'tabellen over driftstiltak',
    tblTiltakInvestering: 'tabellen over investeringstiltak',
    tblOkonomiplan: 'økonomiplantabellen',
    tblHandlingsplan: 'handlingsplantabellen',
    tblAvstemming: 'avstemmingstabellen',
    tblSeksjoner: 'seksjonslista',
    tblPlanomrader: 'lista over planområde',
    tblRammeomrader: 'lista over rammeområde',
    tblAnsvarlige: 'lista over ansvarlege',
  },
  en: {
    tblInnstillinger: 'the settings table',
    tblTiltakDrift: 'the operating measures table',
    tblTiltakInvestering: 'the investment measures table',
    tblOkonomiplan: 'the economy plan table',
    tblHandlingsplan: 'the action plan table',
    tblAvstemming: 'the reconciliation table',
    tblSeksjoner: 'the list of sections',
    tblPlanomrader: 'the list of plan areas',
    tblRammeomrader: 'the list of budget frames',
    tblAnsvarlige: 'the list of responsibles',
  },
};

/** A table's name for the reader ("tabellen over driftstiltak"); a table the product does not know keeps its name. */
export function tableTerm(table: string, lang: Lang): string {
  const terms = TABLE_TERMS[lang];
  const known = Object.keys(terms).find((name) => name.toLowerCase() === table.toLowerCase());
  return known === undefined ? table : (terms[known] ?? table);
}
