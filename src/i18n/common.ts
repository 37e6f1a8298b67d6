/**
 * Labels shared by the task pane, the CLI and the reports: severities, reconciliation classes and codes,
 * and a few report words, all taken from the glossary (a Kostnadsstatus is a list value: shown as typed). UI-specific strings live in cli.ts and
 * taskpane.ts.
 */
import { type Lang, type ReconciliationClass, type ReconciliationCode, type Severity } from '../domain';
import { GLOSSARY } from './glossary';
import { makeTranslator, type Catalog, type MessageParams } from './translate';

export type CommonKey =
  | `severity.${Severity}`
  | `severities.${Severity}`
  | `class.${ReconciliationClass}`
  | `code.${ReconciliationCode}`
  | 'inYear'
  | 'inUnit'
  | 'location'
  | 'measureId'
  | 'unitNote'
  | 'noFindings';

/** The shared labels of one language: every one a glossary term, so pane, CLI, reports and sheets agree. */
function labelsOf(lang: Lang, words: Record<'inYear' | 'inUnit' | 'measureId' | 'unitNote' | 'noFindings', string>) {
  const g = GLOSSARY[lang];
  const labels: Record<CommonKey, string> = {
    'severity.error': g.error,
    'severity.warning': g.warning,
    'severity.info': g.note,
    'severities.error': g.errors,
    'severities.warning': g.warnings,
    'severities.info': g.notes,
    'class.match': g.match,
    'class.rounding': g.rounding,
    'class.mismatch': g.mismatch,
    'class.timing': g.timing,
    'class.unit-suspect': g.unitSuspect,
    'class.sign': g.sign,
    'class.not-costed': g.notCosted,
    'code.measure-new-money': g.measureNewMoney,
    'code.measure-not-in-economy-plan': g.measureNotInEconomyPlan,
    'code.economy-plan-line-unmatched': g.lineUnmatched,
    'code.frame-total': g.frameTotal,
    'code.project-expenditure': g.projectExpenditure,
    'code.project-financing': g.projectFinancing,
    location: '{sheet}!{cell}',
    ...words,
  };
  return labels;
}

const nb = labelsOf('nb', {
  inYear: ' i {year}',
  inUnit: ' i {unit}',
  measureId: 'Tiltak {id}',
  unitNote: 'Beløp i {unit}',
  noFindings: 'Ingen funn.',
});
const nn = labelsOf('nn', {
  inYear: ' i {year}',
  inUnit: ' i {unit}',
  measureId: 'Tiltak {id}',
  unitNote: 'Beløp i {unit}',
  noFindings: 'Ingen funn.',
});
const en = labelsOf('en', {
  inYear: ' in {year}',
  inUnit: ' in {unit}',
  measureId: 'Measure {id}',
  unitNote: 'Amounts in {unit}',
  noFindings: 'No findings.',
});

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
