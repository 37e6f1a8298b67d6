/**
 * What Endringer says beside the change set, in the pane's words: a side it refuses to compare, the warnings the
 * command line gives too (cli/commands/compare.ts), and why a second file did not open.
 */
import {
  invalidAmountCells,
  orderDoubt,
  periodDoubts,
  type CheckResult,
  type ComparedVersion,
  type Lang,
} from '../../domain';
import {
  ct,
  invalidAmountsWarning,
  notAPlanText,
  orderWarning,
  periodUnsureWarning,
  rowsBelowWarning,
  settingsMissingText,
  tableNotFoundText,
} from '../../i18n/compare';
import { paneErrorText, unreadableMessage, type PaneError } from '../errors';

/**
 * A side whose settings were not read is not compared (its period and unit would be the defaults); a saved version
 * carries its own in its header. A file that is no plan (finance's economy plan) is said as such, not by the
 * settings it may lack: the chosen file, and the open workbook too (compare refuses either side). Nor is a side
 * without a table or compared column the other holds (its measures would all read as removed or added, a column's
 * values as emptied), a saved version too.
 */
export function refusalsOf(lang: Lang, older: ComparedVersion, file: string, result: CheckResult): string[] {
  const newer = { name: file, plan: result.plan, findings: result.findings };
  const old = { name: older.label, plan: older.plan, findings: older.findings };
  return [
    older.isVersion
      ? tableNotFoundText(lang, old, newer)
      : (notAPlanText(lang, older.label, older.plan) ??
        settingsMissingText(lang, older.label, older.findings) ??
        tableNotFoundText(lang, old, newer)),
    notAPlanText(lang, file, result.plan) ??
      settingsMissingText(lang, file, result.findings) ??
      tableNotFoundText(lang, newer, old),
  ].filter((r): r is string => r !== null);
}

/**
 * The command line's warnings on both sides: a second file that looks newer than the open workbook (`newerDate`: the
 * newest date of its versions), a period that may not be the workbook's, amount cells with no amount, rows under a
 * table, outside it, that are not compared (a saved version has none).
 */
export function warningsOf(
  lang: Lang,
  older: ComparedVersion,
  file: string,
  result: CheckResult,
  newerDate: string | null = null,
) {
  const age = { startYear: result.plan.settings.startYear, date: newerDate };
  const olderAge = { startYear: older.plan.settings.startYear, date: older.date ?? null };
  return [
    // A version of this workbook is older by what it is; a second file may have been opened the wrong way round.
    older.isVersion ? null : orderWarning(lang, 'pane', orderDoubt(olderAge, age), older.label, file),
    periodUnsureWarning(lang, 'panePeriodUnsure', older.label, older.plan, older.period),
    periodUnsureWarning(lang, 'panePeriodUnsure', file, result.plan, periodDoubts(result.findings)),
    invalidAmountsWarning(
      lang,
      older.isVersion ? 'versionInvalidAmounts' : 'paneInvalidAmounts',
      older.label,
      older.invalid,
    ),
    invalidAmountsWarning(lang, 'paneInvalidAmounts', file, invalidAmountCells(result.findings)),
    older.isVersion ? null : rowsBelowWarning(lang, 'paneRowsBelow', older.label, older.findings),
    rowsBelowWarning(lang, 'paneRowsBelow', file, result.findings),
  ];
}

/**
 * Why the other file did not open: the file adapter's reason first when it gave one (an old .xls, a password,
 * too many cells on a sheet), then that the file could not be read; any other error after that sentence. Never
 * the pane's general «could not be read» beside it.
 */
export function otherFailedText(lang: Lang, error: PaneError, file: string): string {
  const failed = ct(lang, 'openOtherFailed', { file });
  if (error.unreadable) return unreadableMessage(lang, error.unreadable, failed);
  if (error.key === 'errorUnreadable') return failed;
  return `${failed} ${paneErrorText(lang, error)}`;
}
