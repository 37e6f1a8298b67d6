/** The reconciliation sentences in the three languages (reconciliation.nb.ts holds the keys), and their translator. */
import { RECONCILIATION_EN } from './reconciliation.en';
import { RECONCILIATION_NB, type ReconciliationKey } from './reconciliation.nb';
import { RECONCILIATION_NN } from './reconciliation.nn';
import { makeTranslator, type Catalog } from './translate';

export type { ReconciliationKey };

export const RECONCILIATION_CATALOG: Catalog<ReconciliationKey> = {
  nb: RECONCILIATION_NB,
  nn: RECONCILIATION_NN,
  en: RECONCILIATION_EN,
};

export const translateReconciliation = makeTranslator(RECONCILIATION_CATALOG);
