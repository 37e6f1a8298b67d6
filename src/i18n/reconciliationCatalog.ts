/**
 * The reconciliation sentences in the three languages (reconciliation.nb.ts holds the keys), their translator, and
 * the one sentence said beside the items rather than of one (financingNotComparedText).
 */
import { listText } from './listText';
import { RECONCILIATION_EN } from './reconciliation.en';
import { RECONCILIATION_NB, type ReconciliationKey } from './reconciliation.nb';
import { RECONCILIATION_NN } from './reconciliation.nn';
import { makeTranslator, type Catalog } from './translate';
import type { Lang } from '../domain';

export type { ReconciliationKey };

export const RECONCILIATION_CATALOG: Catalog<ReconciliationKey> = {
  nb: RECONCILIATION_NB,
  nn: RECONCILIATION_NN,
  en: RECONCILIATION_EN,
};

export const translateReconciliation = makeTranslator(RECONCILIATION_CATALOG);

/**
 * The note that the financing of `projects` (their Prosjektnr) was not reconciled, as SPEC §10 leaves it when
 * Tidligere bevilget or Etter perioden is not 0 (financingNotCompared): the report and the pane's Avstemming say it.
 */
export function financingNotComparedText(projects: readonly string[], lang: Lang): string {
  return translateReconciliation('note.financing-not-compared', lang, {
    count: projects.length,
    projects: listText(projects, lang),
  });
}
