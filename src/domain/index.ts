/**
 * The domain's one door: the shells (cli, taskpane, report, workbook adapters, i18n, bench) import from here
 * and nothing deeper. The folders behind it are grouped by the stage of the work (docs/architecture.md).
 */

// The vocabulary: snapshots in, plan, findings, totals, reconciliation, report and planned edits out.
export * from './model/a1';
export * from './model/formulaScan';
export * from './model/changeSet';
export * from './model/choices';
export * from './model/consolidation';
export * from './model/consolidationColumns';
export * from './model/content';
export * from './model/edits';
export * from './model/finding';
export * from './model/findingParams';
export * from './model/findingKrParams';
export * from './model/nameList';
export * from './model/memo';
export * from './model/money';
export * from './model/names';
export * from './model/norwegianNumber';
export { decimalPointPriority } from './validate/rows';
export * from './model/numberFormat';
export * from './model/otherFile';
export * from './model/plan';
export * from './model/readScope';
export * from './model/reconciliation';
export * from './model/reconciliationCodes';
export * from './model/reconciliationDetails';
export * from './model/reconciliationStatus';
export * from './model/report';
export * from './model/schema';
export * from './model/settingsSchema';
export * from './model/sheetText';
export * from './model/snapshot';
export * from './model/totals';
export * from './model/typedAmount';
export * from './model/version';
export * from './model/writePlan';
export { emptyEconomyYears } from './model/yearTables';

// Operations, one each.
export { checkSnapshot, countSeverities, withReconciliation, type CheckOptions, type CheckResult } from './check';
export { checkConsolidated, type ConsolidatedCheck, type EconomyIssue, type WorkbookInput } from './checkConsolidated';
export { planYears, readPlan } from './read/plan';
export { isEconomyPlanTitle, versionIdColumns, versionIds, versionRefColumn } from './read/versionIds';
export { settingAddress } from './read/settings';
export { cellText } from './read/sheetCells';
export {
  amountColumnsOf,
  formulaColumnsOf,
  isCommentHeader,
  isExplanationHeader,
  KEPT_RECONCILIATION_KEYS,
  keptReconciliationColumns,
  reconciliationUserColumns,
  lastRowsWithFormulas,
  rowsReadBelow,
  userColumnsOf,
} from './read/readScope';
export { splitLargestRemainder } from './measures/newMoney';
export { frameName, groupKey } from './measures/grouping';
export { CLASS_ORDER } from './reconcile/classify';
export { financingNotCompared } from './reconcile/projects';
export { DEFAULT_LISTS, defaultContent, planWorkbook } from './sheets/template';
export { planSummary } from './sheets/summary';
export { planReconciliation } from './sheets/reconciliation';
export {
  reconciliationLookColumns,
  reconciliationFormulaValues,
  reconciliationRowKeys,
} from './sheets/reconciliationRead';
export {
  consolidationFormulaValues,
  consolidationLookColumns,
  consolidationRowKeys,
  planConsolidationSheet,
} from './sheets/consolidation';
export { comparedElsewhere, type OwnCheck } from './sheets/reconciliationElsewhere';
export { planEconomyPlanWorkbook } from './sheets/economyPlanWorkbook';
export { applyEdits } from './sheets/snapshotEdits';
export { evaluateRowSum, isRowSum } from './sheets/rowSum';
export { planRepair, type HeldColumn, type StructureChange } from './repair/repair';
export { nextMeasureId, nextPriority, planAddMeasure } from './measureEdits/add';
export { planUpdateMeasure } from './measureEdits/edit';
export { planMoveMeasure } from './measureEdits/move';
export { planTextAmounts, textAmounts, type TextAmount } from './measureEdits/textAmounts';
export { pickMeasure, relocateMeasure, type MeasurePick, type MeasureRef } from './measureEdits/locate';
export { importLegacy, type MisalignedHeading } from './legacyImport/import';
export { planImportLog, type ImportLogText } from './legacyImport/log';
export type { CommentNote, ImportDecision, ImportDecisionCode, ImportDecisionParams } from './legacyImport/decisions';
export type { UnitSource } from './legacyImport/units';
export { notCarried, type NotCarried } from './rollover/carry';
export { planRolledWorkbook } from './rollover/workbook';
export { withColumnMoves } from './rollover/columnMoves';
export { staleReferences, uncheckedReferences, type RefAt, type StaleReference } from './rollover/userRefs';
export {
  cellsRolled,
  columnGone,
  parseTableColumns,
  tableColumnsRolled,
  type TableColumns,
} from './rollover/tableColumns';
export type { PlacedFormula, RefPlace } from './rollover/userRefPlaces';
export type { FormulaValue } from './sheets/userColumns';
export type { CalculatedGone } from './sheets/userCalculated';
export type { ProductFormula } from './rollover/productFormulas';
export type { AfterPeriod } from './rollover/rollover';
export type { RollFollowUp } from './rollover/followUp';
export type { UnknownBefore } from './rollover/unknown';
export type { MovedBeside } from './rollover/beside';
export type { RowBelowLeft } from './rollover/rowsBelow';
export type { NoteKept } from './rollover/notesInTables';
export { hiddenMeasures, type HiddenShown } from './rollover/hidden';
export type { TablesMeet } from './rollover/crowded';
export { rollBlocker, rollMissingSettings, rollMissingTables, rollRefusal } from './rollover/typed';
export { planSaveVersion } from './sheets/version';
export { findVersions, isVersionSheet, VERSION_HEADER_WINDOW } from './read/versionHeader';
export { hasSheetNamed, readVersion } from './read/version';
export { comparePlans, type CompareSides } from './compare/compare';
export { roundingStep } from './compare/amounts';
export { comparedChanges, isOneSided } from './compare/oneSided';
export { sameTextPairs, type SameTextPair } from './compare/sameText';
export { replacedTexts, type ReplacedText } from './compare/replacedText';
export { periodDoubts } from './read/periodDoubts';
export { notFoundAgainst } from './compare/notFound';
export { newestVersionDate, orderDoubt, type OrderDoubt, type SideAge } from './compare/order';
export { invalidAmountCells, planVersion, savedVersion, type ComparedVersion } from './compare/side';
export { framesByMovement, hasRounding } from './compare/totals';
export { statusRows, type StatusRow } from './totals/totals';
export { exampleContent } from './example/example';
export { verdalMillKrContent, VERDAL_START_YEAR } from './example/verdal';
