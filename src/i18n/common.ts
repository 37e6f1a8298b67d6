/**
 * Labels shared by the task pane, the CLI and the reports: severities, reconciliation classes and codes,
 * cost statuses and a few report words. UI-specific strings live in cli.ts and taskpane.ts.
 */
import { COST_STATUSES, type Lang, type ReconciliationClass, type ReconciliationCode, type Severity } from '../domain';
import { makeTranslator, type Catalog, type MessageParams } from './translate';

type CostStatus = (typeof COST_STATUSES)[number];

export type CommonKey =
  | `severity.${Severity}`
  | `severities.${Severity}`
  | `class.${ReconciliationClass}`
  | `code.${ReconciliationCode}`
  | `status.${CostStatus}`
  | 'inYear'
  | 'location'
  | 'measureId'
  | 'unitNote'
  | 'noFindings';

const nb: Record<CommonKey, string> = {
  'severity.error': 'Feil',
  'severity.warning': 'Advarsel',
  'severity.info': 'Merknad',
  'severities.error': 'Feil',
  'severities.warning': 'Advarsler',
  'severities.info': 'Merknader',
  'class.match': 'Stemmer',
  'class.rounding': 'Avrunding',
  'class.mismatch': 'Avvik',
  'class.timing': 'Periodisering',
  'class.unit-suspect': 'Mulig enhetsfeil',
  'class.sign': 'Motsatt fortegn',
  'class.not-costed': 'Ikke beregnet',
  'code.measure-new-money': 'Nye midler per tiltak',
  'code.measure-not-in-economy-plan': 'Tiltak mangler i økonomiplanen',
  'code.economy-plan-line-unmatched': 'Økonomiplanlinje uten tiltak',
  'code.frame-total': 'Nye midler per rammeområde',
  'code.project-expenditure': 'Utgifter per prosjekt',
  'code.project-financing': 'Finansiering per prosjekt',
  'status.Beregnet': 'Beregnet',
  'status.Ingen kostnad': 'Ingen kostnad',
  'status.Innenfor ramme': 'Innenfor ramme',
  'status.Må utredes': 'Må utredes',
  'status.Ukjent': 'Ukjent',
  inYear: ' i {year}',
  location: '{sheet}!{cell}',
  measureId: 'Tiltak {id}',
  unitNote: 'Beløp i {unit}',
  noFindings: 'Ingen funn.',
};

const nn: Record<CommonKey, string> = {
  ...nb,
  'severity.info': 'Merknad',
  'severities.warning': 'Åtvaringar',
  'severity.warning': 'Åtvaring',
  'class.unit-suspect': 'Mogleg einingsfeil',
  'class.sign': 'Motsett forteikn',
  'class.not-costed': 'Ikkje berekna',
  'code.measure-not-in-economy-plan': 'Tiltak manglar i økonomiplanen',
  'code.economy-plan-line-unmatched': 'Økonomiplanline utan tiltak',
  'code.project-expenditure': 'Utgifter per prosjekt',
  'status.Beregnet': 'Berekna',
  'status.Ingen kostnad': 'Ingen kostnad',
  'status.Innenfor ramme': 'Innanfor ramma',
  'status.Må utredes': 'Må greiast ut',
  'status.Ukjent': 'Ukjend',
  unitNote: 'Beløp i {unit}',
  noFindings: 'Ingen funn.',
};

const en: Record<CommonKey, string> = {
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'severities.error': 'Errors',
  'severities.warning': 'Warnings',
  'severities.info': 'Infos',
  'class.match': 'Match',
  'class.rounding': 'Rounding',
  'class.mismatch': 'Mismatch',
  'class.timing': 'Timing',
  'class.unit-suspect': 'Possible unit error',
  'class.sign': 'Opposite sign',
  'class.not-costed': 'Not costed',
  'code.measure-new-money': 'New money per measure',
  'code.measure-not-in-economy-plan': 'Measure missing from the economy plan',
  'code.economy-plan-line-unmatched': 'Economy plan line without a measure',
  'code.frame-total': 'New money per budget frame',
  'code.project-expenditure': 'Expenditure per project',
  'code.project-financing': 'Financing per project',
  'status.Beregnet': 'Costed',
  'status.Ingen kostnad': 'No cost',
  'status.Innenfor ramme': 'Within budget frame',
  'status.Må utredes': 'To be assessed',
  'status.Ukjent': 'Unknown',
  inYear: ' in {year}',
  location: '{sheet}!{cell}',
  measureId: 'Measure {id}',
  unitNote: 'Amounts in {unit}',
  noFindings: 'No findings.',
};

export const COMMON_CATALOG: Catalog<CommonKey> = { nb, nn, en };

/** A shared label or report word in `lang`. */
export const t: (key: CommonKey, lang: Lang, params?: MessageParams) => string = makeTranslator(COMMON_CATALOG);

/** "Feil" / "Advarsel" / "Merknad" … for one finding or item. */
export const severityLabel = (s: Severity, lang: Lang): string => t(`severity.${s}`, lang);

/** The heading of a group of findings of one severity ("Advarsler"). */
export const severityPluralLabel = (s: Severity, lang: Lang): string => t(`severities.${s}`, lang);

/** Short name of a reconciliation class ("Periodisering"). */
export const reconciliationClassLabel = (c: ReconciliationClass, lang: Lang): string => t(`class.${c}`, lang);

/** Short name of a reconciliation code ("Nye midler per tiltak"). */
export const reconciliationCodeLabel = (c: ReconciliationCode, lang: Lang): string => t(`code.${c}`, lang);

/** A Kostnadsstatus in `lang`; a status that is not one of the five is shown as typed. */
export function costStatusLabel(status: string, lang: Lang): string {
  return (COST_STATUSES as readonly string[]).includes(status) ? t(`status.${status as CostStatus}`, lang) : status;
}
