/**
 * The i18n entry point: every message of the product in bokmål, nynorsk and English. The glossary
 * (glossary.ts), the CLI's, the pane's, the change report's and the written sheets' catalogues (cli.ts,
 * taskpane.ts, compare.ts, sheets.ts) are imported from their files directly.
 */
export { detectLang, isLang, LANGS } from './lang';
export { fillPlaceholders, makeTranslator, placeholdersOf } from './translate';
export type { Catalog, MessageParams, Translator } from './translate';
export { findingKey } from './findingKeys';
export type { FindingKey } from './findingKeys';
export { FINDING_CATALOG, messageParams, renderFinding } from './findings';
export { explainReconciliation, RECONCILIATION_CATALOG } from './reconciliation';
export { financingNotComparedText } from './reconciliationCatalog';
export type { ReconciliationKey } from './reconciliation';
export {
  COMMON_CATALOG,
  reconciliationClassLabel,
  reconciliationCodeLabel,
  severityLabel,
  severityPluralLabel,
  t,
} from './common';
export type { CommonKey } from './common';
