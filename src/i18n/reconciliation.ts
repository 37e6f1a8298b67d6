/**
 * Explanations of reconciliation items (SPEC §10) for the Forklaring column and the reports: what was
 * compared, how it differs, and what to do. Amounts are shown in the workbook unit. The sentences are in
 * reconciliation.nb.ts (with the keys), reconciliation.nn.ts and reconciliation.en.ts.
 */
import {
  addressIn,
  formatAmount,
  INVESTMENT_FINANCING,
  kr,
  type Lang,
  type ReconciliationItem,
  type SameRefLine,
  type Unit,
} from '../domain';
import { showCellDates } from './cellDate';
import { t as common } from './common';
import { listText } from './listText';
import { notesOf } from './reconciliationNotes';
import {
  RECONCILIATION_CATALOG,
  translateReconciliation as translate,
  type ReconciliationKey,
} from './reconciliationCatalog';

export { RECONCILIATION_CATALOG, type ReconciliationKey };

/**
 * The class sentence: a frame-total that stays below its Ramme line is a match, but not an equality; one over it
 * an overrun.
 */
function classKey(item: ReconciliationItem, unit: Unit): ReconciliationKey {
  // In a consolidation the line is in the economy plan workbook's unit: «both in one unit» would be wrong advice.
  if (item.class === 'unit-suspect' && item.lineUnit !== undefined && item.lineUnit !== unit)
    return 'class.unit-suspect.units';
  if (item.class === 'match' && item.code === 'frame-total' && item.measures !== item.economyPlan)
    return 'class.within';
  // Over a Ramme line: an overrun to cut back (over a cut, a saving to find), not a difference of either side.
  if (item.overFrame === true)
    return item.economyPlanEmpty === true ? 'class.over.empty' : item.economyPlan < 0 ? 'class.over-cut' : 'class.over';
  // The economy plan's cell is empty (SPEC §7: not given): said so, never «økonomiplanen 0».
  if (item.economyPlanEmpty === true && (item.class === 'mismatch' || item.class === 'timing'))
    return `class.${item.class}.empty`;
  return `class.${item.class}`;
}

/** The first line with the item's exact Ref that its Del or Linjetype kept from it (nearMiss.ts), if any. */
const wrongSameRef = (item: ReconciliationItem): SameRefLine | undefined =>
  item.sameRefLines?.find((n) => n.wrong !== undefined);

/** The sentence for a measure without an economy plan line: by its table and what it can be found by. */
function missingLineKey(item: ReconciliationItem): ReconciliationKey {
  const line = item.missingLine;
  if (line?.table === 'investment' && line.ambiguous !== undefined)
    return 'full.measure-not-in-economy-plan.project-ambiguous';
  // Its line is there with its Ref, turned away for Del or Linjetype: the fix is on that line, not a line added.
  const same = wrongSameRef(item);
  if (same !== undefined && line?.ambiguous === undefined)
    return same.needs === 'Investering'
      ? 'full.measure-not-in-economy-plan.project-same-ref'
      : 'full.measure-not-in-economy-plan.same-ref';
  if (line?.table === 'investment')
    return line.ref.trim() === ''
      ? 'full.measure-not-in-economy-plan.no-project'
      : 'full.measure-not-in-economy-plan.project';
  if (line?.ambiguous !== undefined) return 'full.measure-not-in-economy-plan.ambiguous';
  return item.ref.trim() === '' ? 'full.measure-not-in-economy-plan.no-ref' : 'full.measure-not-in-economy-plan';
}

/** The sentence of a line that matches nothing: by what its years hold (SPEC §7: an empty year is not 0). */
function unmatchedKey(item: ReconciliationItem): ReconciliationKey {
  if (item.allZero !== true) return 'full.economy-plan-line-unmatched';
  if (item.amountYears === undefined) return 'full.economy-plan-line-unmatched.zero';
  return item.amountYears.length === 0
    ? 'full.economy-plan-line-unmatched.no-amounts'
    : 'full.economy-plan-line-unmatched.zero-years';
}

/** Which catalogue entries explain an item: a whole sentence for the two "missing partner" codes. */
function keysOf(item: ReconciliationItem, unit: Unit): ReconciliationKey[] {
  if (item.code === 'measure-not-in-economy-plan') return [missingLineKey(item)];
  if (item.code === 'economy-plan-line-unmatched') {
    if (item.otherPlan !== undefined) return ['full.economy-plan-line-unmatched.other-plan'];
    if (item.class === 'not-costed') return ['full.economy-plan-line-unmatched.not-costed'];
    if (item.sharedBy !== undefined) return ['full.economy-plan-line-unmatched.shared'];
    // A Ramme line whose Ref is a measure's ID: its Linjetype is the slip (the note says so), not a frame code to type.
    if (item.frameUnknown !== undefined && wrongSameRef(item) !== undefined)
      return ['full.economy-plan-line-unmatched.same-ref'];
    if (item.frameUnknown !== undefined)
      return [
        item.frameUnknown.noList === true
          ? 'full.economy-plan-line-unmatched.frame-no-list'
          : 'full.economy-plan-line-unmatched.frame',
      ];
    if (item.sourceUnknown === true)
      return [
        item.source === undefined
          ? 'full.economy-plan-line-unmatched.no-source'
          : 'full.economy-plan-line-unmatched.source',
      ];
    // A Ramme line with Del Investering (a Ramme line is drift only): its Del is the fix, not its Ref.
    if (item.investmentFrame === true) return ['full.economy-plan-line-unmatched.investment-frame'];
    if (item.ref.trim() === '') return ['full.economy-plan-line-unmatched.no-ref'];
    // Its Ref names a measure exactly: the note after it says which of Del and Linjetype to correct, not the Ref.
    if (item.sameRefLines?.some((n) => n.wrong !== undefined) === true)
      return ['full.economy-plan-line-unmatched.same-ref'];
    return [unmatchedKey(item)];
  }
  return [`subject.${item.code}`, classKey(item, unit)];
}

/** The six Finansieringskilde names a Finansiering line may carry (SPEC §5), as the explanation lists them. */
const FINANCING_SOURCES = INVESTMENT_FINANCING.map((f) => f.header).join(', ');

const amount = (n: number, unit: Unit): string => (Number.isSafeInteger(n) ? formatAmount(kr(n), unit) : String(n));

/**
 * "rad 7 på arket «Tiltak drift»" from an item's cell ("Tiltak drift!Q7"): the row of an item without a ref; of a line
 * in another workbook (a consolidation, SPEC §15) with its file.
 */
function rowOf(item: ReconciliationItem, lang: Lang): string {
  if (item.ref.trim() !== '') return '';
  const own = item.cells.measures;
  const m = /^'?(.*?)'?!\$?[A-Z]+\$?(\d+)$/.exec(own ?? item.cells.economyPlan ?? '');
  if (!m) return '';
  const params = { sheet: m[1] ?? '', row: m[2] ?? '' };
  const file = own === undefined ? item.economyWorkbook?.file : undefined;
  return file === undefined ? translate('row', lang, params) : translate('row.file', lang, { ...params, file });
}

/** An economy plan cell as the item's explanation names it: with its file when it is in another workbook. */
const lineAt = (item: ReconciliationItem, address: string): string => addressIn(item.economyWorkbook, address);

/**
 * «2027–2030» for years without a gap; listed as the language writes a list when one is missing (a year not read,
 * unreadYears.ts): «2028 og 2030»; one alone.
 */
function yearSpan(years: readonly number[], lang: Lang): string {
  if (years.length <= 1) return years.join('');
  const gapless = years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1);
  return gapless ? `${years[0] ?? ''}–${years[years.length - 1] ?? ''}` : listText(years, lang);
}

/**
 * The params a missing economy plan line is explained with: its Ref and each year's amount. Every amount of a
 * sentence that asks for a line is in the unit it names, the economy plan's (another workbook's, in a
 * consolidation): the plan's own amounts in mill kr beside the line's in 1000 kr under one «(beløp i 1000 kr)» read
 * as 0,6 thousand. A sentence that names an ambiguous line instead asks for no amounts and names no unit: its
 * amounts are in `unit`, the unit of the columns beside it (a mill kr plan's 1 beside «1 i alt», not «1 000»).
 */
function missingLineParams(item: ReconciliationItem, lang: Lang, unit: Unit): Record<string, string> {
  const byYear = item.missingLine?.byYear ?? [];
  // The plan's own figures in the report's unit, as the row beside them; the line to type in the unit of the
  // workbook it goes into. Each named when they differ: «(…; 0,8 i alt) i mill kr … 200 / 200 (beløp i 1000 kr)».
  const lineUnit = item.missingLine?.ambiguous === undefined ? (item.missingLine?.unit ?? unit) : unit;
  const total = amount(item.measures, unit);
  const inYear = (year: number) => common('inYear', lang, { year });
  return {
    line: showCellDates(item.missingLine?.ref ?? item.ref),
    measures: total,
    // Named when the line's unit is another (a consolidation, SPEC §15): the sentence then holds two units.
    planUnit: lineUnit === unit ? '' : common('inUnit', lang, { unit }),
    perYear: byYear.length > 0 ? byYear.map((y) => `${amount(y.amount, unit)}${inYear(y.year)}`).join(', ') : total,
    amounts: (byYear.length > 0 ? byYear.map((y) => y.amount) : [item.measures])
      .map((a) => amount(a, lineUnit))
      .join(' / '),
    years: yearSpan(
      byYear.map((y) => y.year),
      lang,
    ),
    unit: lineUnit,
    // A line naming the measure and another plan's (a consolidation): its Ref and cell, and the Plan it needs.
    lineRef: showCellDates(item.missingLine?.ambiguous?.ref ?? ''),
    cell: lineAt(item, item.missingLine?.ambiguous?.cell ?? ''),
    plan: item.missingLine?.plan ?? '',
    // The cell of its line turned away for Del or Linjetype, which the sentence asks to correct.
    lineCell: lineAt(item, wrongSameRef(item)?.cell ?? ''),
    financingLines: financingLinesText(item, lang, lineUnit),
  };
}

/**
 * The Finansiering lines a project without lines needs beside its Tiltak line (MissingLine.financing), each source
 * with what its lines add up to over the years: «… til sammen: Mva-kompensasjon 2 500 og Lån 10 000.»; '' for none.
 */
function financingLinesText(item: ReconciliationItem, lang: Lang, lineUnit: Unit): string {
  const needed = item.missingLine?.financing ?? [];
  if (needed.length === 0) return '';
  const financing = listText(
    needed.map((f) => `${f.source} ${amount(f.amount, lineUnit)}`),
    lang,
  );
  const key = item.missingLine?.ref.trim() === '' ? 'financing-lines.no-project' : 'financing-lines';
  return translate(key, lang, { line: showCellDates(item.missingLine?.ref ?? item.ref), financing });
}

/** The params of another plan's line (its Plan column, SPEC §15): the Plan typed, its cell, this plan's Plannavn. */
function otherPlanParams(other: NonNullable<ReconciliationItem['otherPlan']>, item: ReconciliationItem) {
  return { plan: other.plan, own: other.own, cell: lineAt(item, other.cell ?? item.cells.economyPlan ?? '') };
}

/**
 * The economy plan's amount as an explanation shows it: the sum, or for a line whose years cancel (0 over the
 * period) each year that holds money ("500 i 2027, −500 i 2028"), which a 0 would hide.
 */
function economyPlanText(item: ReconciliationItem, lang: Lang, unit: Unit): string {
  const years = item.lineYears;
  if (!years) return amount(item.economyPlan, unit);
  return years.map((y) => `${amount(y.amount, unit)}${common('inYear', lang, { year: y.year })}`).join(', ');
}

/** One explanation of a reconciliation item in `lang`, amounts in the workbook unit `unit`. */
export function explainReconciliation(item: ReconciliationItem, lang: Lang, unit: Unit): string {
  const keys = keysOf(item, unit);
  // An amount is formatted only when the sentence shows it: Avstemming explains every item, and formatting
  // three amounts for each was half of it (measured on check --write, docs/performance.md).
  const shown = (name: string) => keys.some((k) => RECONCILIATION_CATALOG[lang][k].includes(`{${name}}`));
  const params = {
    // A Ref or source typed as "1.5" that Excel made a date reaches here as the readers' ISO text.
    ref: showCellDates(item.ref),
    source: showCellDates(item.source ?? ''),
    inYear: item.year === undefined ? '' : common('inYear', lang, { year: item.year }),
    year: item.year ?? '',
    ...(shown('measures') ? { measures: amount(item.measures, unit) } : {}),
    ...(shown('economyPlan') ? { economyPlan: economyPlanText(item, lang, unit) } : {}),
    ...(shown('difference') ? { difference: amount(item.difference, unit) } : {}),
    ...(shown('lineAmount') && item.lineUnit
      ? { lineAmount: amount(item.economyPlan, item.lineUnit), lineUnit: item.lineUnit }
      : {}),
    unit,
    sources: FINANCING_SOURCES,
    ids: listText(item.sharedBy ?? [], lang),
    row: rowOf(item, lang),
    amountYears: yearSpan(item.amountYears ?? [], lang),
    // Where a line is to be added or corrected, when that is another workbook than the plan's (SPEC §15).
    inFile: item.economyWorkbook === undefined ? '' : translate('in-file', lang, { file: item.economyWorkbook.file }),
    ...(item.code === 'measure-not-in-economy-plan' ? missingLineParams(item, lang, unit) : {}),
    ...(item.otherPlan !== undefined ? otherPlanParams(item.otherPlan, item) : {}),
    ...(item.frameUnknown !== undefined
      ? {
          frame: item.frameUnknown.frame,
          codes: item.frameUnknown.codes.join(', '),
          cell: lineAt(item, item.cells.economyPlan ?? ''),
        }
      : {}),
    ...(item.investmentFrame === true ? { cell: lineAt(item, item.cells.economyPlan ?? '') } : {}),
  };
  const text = keys.map((key) => translate(key, lang, params)).join(': ');
  return [text, ...notesOf(item, lang)].join(' ');
}
