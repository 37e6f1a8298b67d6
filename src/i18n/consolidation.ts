/**
 * The consolidated check's words (consolidation.nb/nn/en.ts): labels of the consolidation codes and the
 * explanation of every consolidation item. Frame totals and unclaimed lines are explained as in a single
 * plan's reconciliation, a frame total with each plan's share added.
 */
import {
  CONSOLIDATION_ITEM_CODES,
  SHEETS,
  addressIn,
  fileAddress,
  formatAmount,
  type ConsolidationItem,
  type ConsolidationItemCode,
  type ConsolidationSheetText,
  type Lang,
  type OtherWorkbook,
  type ReconciliationItem,
  type Unit,
} from '../domain';
import { reconciliationClassLabel, reconciliationCodeLabel, severityLabel } from './common';
import { CONSOLIDATION_EN } from './consolidation.en';
import { CONSOLIDATION_NB, type ConsolidationKey } from './consolidation.nb';
import { CONSOLIDATION_NN } from './consolidation.nn';
import { LANGS } from './lang';
import { listText } from './listText';
import { explainReconciliation } from './reconciliation';
import { keptExplanation, reconciliationWritten } from './sheets';
import {
  acceptedAsInExplanation,
  acceptedInExplanation,
  reconciliationClassOf,
  statusReviewText,
} from './statusReview';
import { makeTranslator, type Catalog, type MessageParams } from './translate';

export type { ConsolidationKey };

export const CONSOLIDATION_CATALOG: Catalog<ConsolidationKey> = {
  nb: CONSOLIDATION_NB,
  nn: CONSOLIDATION_NN,
  en: CONSOLIDATION_EN,
};
const translate = makeTranslator(CONSOLIDATION_CATALOG);

/** A string of the consolidated report in `lang`. */
export const kt = (lang: Lang, key: ConsolidationKey, params?: MessageParams): string => translate(key, lang, params);

/** The label of an item's code: the consolidation's own codes here, the others as in Avstemming. */
export function consolidationCodeLabel(code: ConsolidationItemCode, lang: Lang): string {
  if (code === 'frame-total' || code === 'economy-plan-line-unmatched') return reconciliationCodeLabel(code, lang);
  return kt(lang, `code.${code}`);
}

const range = (years: readonly number[]): string =>
  years.length === 0 ? '' : `${years[0] ?? ''}–${years[years.length - 1] ?? ''}`;

/** "A, B og C" in the language (listText, shared with the other messages). */
const list = listText;

/** A line whose Plan names no plan of the check: the name, its cell (`cell`) and the Plannavn the check has. */
function unknownPlanText(cell: string, knownPlans: readonly string[], lang: Lang, base: MessageParams): string {
  const plans = list(
    knownPlans.map((plan) => kt(lang, 'quotedPlan', { plan })),
    lang,
  );
  const known = knownPlans.length === 0 ? kt(lang, 'knownPlansNone') : kt(lang, 'knownPlans', { plans });
  return kt(lang, 'explain.unclaimed-unknown', {
    ...base,
    cell,
    known,
  });
}

/** « i helse.xlsx: Innstillinger!B7»: where a Toleranse is typed, with its file; '' when the cell is not known. */
function toleranceAt(file: string | undefined, cell: string | undefined, lang: Lang): string {
  if (cell === undefined || cell === '') return '';
  return kt(lang, 'toleranceAt', { cell: file === undefined ? cell : fileAddress(file, cell) });
}

/**
 * A plan whose own Toleranse differs: each tolerance in the unit of its own workbook, where she reads and types it
 * (a mill kr plan's 0,005, not 5 in the economy plan's 1000 kr), and for such a plan the figure to type in it for
 * the economy plan's (2 thousand = 0,002 mill kr), or in the economy plan for hers (5), not «the same Toleranse».
 * Each named at its cell with its file (the plan's is its ref), two workbooks being in play.
 */
function toleranceText(item: ConsolidationItem, lang: Lang, unit: Unit, economyFile: string | undefined): string {
  const plan = item.plan ?? item.ref;
  const used = formatAmount(item.economyPlan, unit);
  const planUnit = item.unit;
  const at = {
    ownAt: toleranceAt(item.ref, item.cells.measures, lang),
    usedAt: toleranceAt(economyFile, item.cells.economyPlan, lang),
  };
  if (planUnit === undefined || planUnit === unit)
    return kt(lang, 'explain.tolerance-differs', { plan, own: formatAmount(item.measures, unit), used, unit, ...at });
  return kt(lang, 'explain.tolerance-differs-unit', {
    ...at,
    plan,
    own: formatAmount(item.measures, planUnit),
    planUnit,
    used,
    unit,
    same: formatAmount(item.economyPlan, planUnit),
    other: formatAmount(item.measures, unit),
  });
}

/**
 * A line's amount as an item quotes it: of the years read, saying which were not when the economy plan's year headers
 * are not the period (ConsolidationItem.yearsNotRead), not a total that counts them as 0.
 */
function lineAmount(item: ConsolidationItem, lang: Lang, unit: Unit): string {
  const amount = formatAmount(item.economyPlan, unit);
  const notRead = item.yearsNotRead ?? [];
  return notRead.length === 0 ? amount : kt(lang, 'lineYearsRead', { amount, years: list(notRead.map(String), lang) });
}

/**
 * The economy plan workbook an item's cells are in, `file`, and the sheet of its economy plan table (that of the
 * item's cell): every plan has an Økonomiplan sheet of its own at the same addresses, so an explanation names such a
 * cell with its file, «op.xlsx: Økonomiplan!K3», as the report's «Celle» does (SPEC §15). Undefined without a file.
 */
function economyAt(item: ConsolidationItem, file: string | undefined): OtherWorkbook | undefined {
  if (file === undefined) return undefined;
  const cell = item.cells.economyPlan ?? item.cells.plan ?? '';
  const bang = cell.lastIndexOf('!');
  return { file, sheet: bang > 0 ? cell.slice(0, bang) : SHEETS.economyPlan };
}

/**
 * The explanation of one consolidation item; `years` are the economy plan's, amounts in `unit`, `economyFile` the
 * economy plan workbook's file (a Toleranse cell is named with it, beside the plan's in its own file).
 */
export function explainConsolidation(
  item: ConsolidationItem,
  lang: Lang,
  unit: Unit,
  years: readonly number[],
  economyFile?: string,
): string {
  const base = { ref: item.ref, plan: item.plan ?? '', economyPlan: lineAmount(item, lang, unit) };
  const at = economyAt(item, economyFile);
  // A line's Plan cell (or its own), named with the economy plan's file; the texts of one plan's check the same.
  const lineCell = addressIn(at, item.cells.plan ?? item.cells.economyPlan ?? '');
  const asReconciliation = (fields: Partial<ReconciliationItem> = {}): ReconciliationItem =>
    ({ ...item, ...fields, ...(at === undefined ? {} : { economyWorkbook: at }) }) as unknown as ReconciliationItem;
  switch (item.code) {
    case 'not-a-plan':
      return kt(lang, 'explain.not-a-plan', { file: item.ref });
    case 'plan-name-missing':
      return kt(lang, 'explain.plan-name-missing', { file: item.ref });
    case 'plan-name-duplicate':
      return kt(lang, 'explain.plan-name-duplicate', {
        file: item.ref,
        other: item.sameNameAs ?? '',
        plan: item.plan ?? '',
      });
    case 'period-mismatch':
      return kt(lang, item.periodSide ? `explain.period-mismatch-${item.periodSide}` : 'explain.period-mismatch', {
        ...base,
        planYears: range(item.planYears ?? []),
        years: range(years),
      });
    case 'tolerance-differs':
      return toleranceText(item, lang, unit, economyFile);
    case 'frame-line-plan':
      return kt(lang, 'explain.frame-line-plan', { ...base, cell: lineCell });
    case 'economy-plan-line-ambiguous': {
      const claimants = (item.claimants ?? []).map((c) => kt(lang, 'claimant', { measure: c.measureId, plan: c.plan }));
      return kt(lang, 'explain.economy-plan-line-ambiguous', { ...base, claimants: list(claimants, lang) });
    }
    case 'economy-plan-line-unmatched':
      if (item.file !== undefined) return kt(lang, 'explain.unclaimed-duplicate', { ...base, file: item.file });
      if (item.knownPlans !== undefined) return unknownPlanText(lineCell, item.knownPlans, lang, base);
      if (item.plan !== undefined && item.planYears !== undefined)
        return kt(lang, 'explain.unclaimed-period', { ...base, planYears: range(item.planYears), years: range(years) });
      if (item.plan !== undefined) return kt(lang, 'explain.unclaimed-plan', base);
      return explainReconciliation(asReconciliation(), lang, unit);
    case 'frame-total': {
      // Measures of several plans share one ID: a measure with errors is named with its plan.
      const rowErrors = (item.rowErrors ?? []).map((c) => kt(lang, 'claimant', { measure: c.measureId, plan: c.plan }));
      const frameFromLine = (item.frameFromLine ?? []).map((c) =>
        kt(lang, 'claimant', { measure: c.measureId, plan: c.plan }),
      );
      const linesOnly = (item.linesOnly ?? []).map((c) => kt(lang, 'claimant', { measure: c.measureId, plan: c.plan }));
      // The measure's cell is in its plan's file, not in the economy plan workbook this item is about.
      const lineFrameDiffers = item.lineFrameDiffers?.map((d) => ({
        ...d,
        measure: d.plan === undefined ? d.measure : kt(lang, 'claimant', { measure: d.measure, plan: d.plan }),
        ...(d.file !== undefined && d.measureCell !== undefined
          ? { measureCell: fileAddress(d.file, d.measureCell) }
          : {}),
      }));
      const text = explainReconciliation(
        asReconciliation({
          rowErrors,
          frameFromLine,
          linesOnly,
          lineFrameDiffers,
          ...(item.rowErrorsInvalid ? { rowErrorsInvalid: true } : {}),
        } as Partial<ReconciliationItem>),
        lang,
        unit,
      );
      const shares = (item.shares ?? []).map((s) =>
        kt(lang, 'share', { plan: s.plan, amount: formatAmount(s.amount, unit) }),
      );
      return shares.length > 0 ? `${text} ${kt(lang, 'sharesText', { shares: shares.join(', ') })}` : text;
    }
  }
}

/** The code a Kode cell of «Avstemming planer» stands for (a label in any language, or the code), else the text. */
export function consolidationCodeOf(text: string): string {
  const wanted = text.trim().toLowerCase();
  const codes: readonly ConsolidationItemCode[] = CONSOLIDATION_ITEM_CODES;
  const code = codes.find(
    (c) => c === wanted || LANGS.some((lang) => consolidationCodeLabel(c, lang).toLowerCase() === wanted),
  );
  return code ?? text.trim();
}

/** What «Avstemming planer» is written with in `lang`. */
export function consolidationSheetText(
  lang: Lang,
  unit: Unit,
  years: readonly number[],
  economyFile?: string,
): ConsolidationSheetText {
  return {
    explain: (item) => explainConsolidation(item, lang, unit, years, economyFile),
    severity: (s) => severityLabel(s, lang),
    code: (c) => consolidationCodeLabel(c, lang),
    class: (c) => reconciliationClassLabel(c, lang),
    codeOf: consolidationCodeOf,
    kept: (reason, keys) => keptExplanation(lang, reason, keys),
    written: reconciliationWritten,
    movedToPlan: (plan) => kt(lang, 'keptMovedToPlan', { plan }),
    review: (review) => statusReviewText(review, lang, unit),
    acceptedIn: acceptedInExplanation,
    classOf: reconciliationClassOf,
    acceptedAsIn: acceptedAsInExplanation,
  };
}
