/**
 * The params of a reconciliation item's explanation (reconciliation.ts): its amounts in the unit, its Ref, year and
 * rows, a missing line's figures. A plain item's are computed one by one as its sentence shows them (plainParam);
 * the others' all at once (fullParams).
 */
import {
  addressIn,
  formatAmount,
  INVESTMENT_FINANCING,
  kr,
  memoized,
  type Lang,
  type ReconciliationItem,
  type SameRefLine,
  type Unit,
} from '../domain';
import { showCellDates } from './cellDate';
import { t as common } from './common';
import { listText } from './listText';
import {
  RECONCILIATION_CATALOG,
  translateReconciliation as translate,
  type ReconciliationKey,
} from './reconciliationCatalog';

/** The first line with the item's exact Ref that its Del or Linjetype kept from it (nearMiss.ts), if any. */
export const wrongSameRef = (item: ReconciliationItem): SameRefLine | undefined =>
  item.sameRefLines?.find((n) => n.wrong !== undefined);

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

/**
 * Whether an item's explanation takes the plain path (plainParam): no sentence of its keys has a plural choice, and
 * it is none of the items whose params override the plain ones (a missing line, another plan's line, an unknown
 * frame, a Ramme line under Investering), which take the full params object (fullParams).
 */
export function plain(item: ReconciliationItem, keys: readonly ReconciliationKey[], lang: Lang): boolean {
  if (
    item.code === 'measure-not-in-economy-plan' ||
    item.otherPlan !== undefined ||
    item.frameUnknown !== undefined ||
    item.investmentFrame === true
  )
    return false;
  for (const key of keys) if (hasPlural(templateOf(key, lang))) return false;
  return true;
}

/** Whether a sentence has a plural choice, looked at once per sentence (asked for every item of Avstemming). */
const hasPlural = memoized((template: string): boolean => template.includes(', plural,'), 1024);

/** The sentence of `key` in `lang`, as the translator picks it. */
export const templateOf = (key: ReconciliationKey, lang: Lang): string =>
  RECONCILIATION_CATALOG[lang]?.[key] ?? RECONCILIATION_CATALOG.nb[key] ?? key;

export interface Explaining {
  readonly item: ReconciliationItem;
  readonly lang: Lang;
  readonly unit: Unit;
  readonly keys: readonly ReconciliationKey[];
}

/**
 * « i 2027» in `lang`, made once per year and language: every year item of Avstemming says its year, and a params
 * object and a fill for each were a measured part of explaining them (check --write, docs/performance.md «Less made
 * per cell and per item»).
 */
const inYearIn = memoized(
  // Bounded: the years of a plan are a handful; a bad cell's year is no reason to grow without end.
  (lang: Lang) => memoized((year: number): string => common('inYear', lang, { year }), 256),
  8,
);

const inYearText = (year: number, lang: Lang): string => inYearIn(lang)(year);

/**
 * One param of a plain item's sentence (`plain`), computed when the sentence shows it: the same value as
 * fullParams gives it. Shaped for speed (docs/performance.md «Hot functions»): Avstemming explains every item, and
 * building every param of every item, most never shown, was most of the explanation's cost.
 */
export function plainParam(e: Explaining, name: string): string | number | undefined {
  const { item, lang, unit } = e;
  switch (name) {
    // A Ref or source typed as "1.5" that Excel made a date reaches here as the readers' ISO text.
    case 'ref':
      return showCellDates(item.ref);
    case 'source':
      return showCellDates(item.source ?? '');
    case 'inYear':
      return item.year === undefined ? '' : inYearText(item.year, lang);
    case 'year':
      return item.year ?? '';
    case 'measures':
      return amount(item.measures, unit);
    case 'economyPlan':
      return economyPlanText(item, lang, unit);
    case 'difference':
      return amount(item.difference, unit);
    case 'lineAmount':
      return item.lineUnit ? amount(item.economyPlan, item.lineUnit) : undefined;
    // Given with lineAmount only, as fullParams does.
    case 'lineUnit':
      return item.lineUnit && shownIn(e.keys, lang, 'lineAmount') ? item.lineUnit : undefined;
    case 'unit':
      return unit;
    case 'sources':
      return FINANCING_SOURCES;
    case 'ids':
      return listText(item.sharedBy ?? [], lang);
    case 'row':
      return rowOf(item, lang);
    case 'amountYears':
      return yearSpan(item.amountYears ?? [], lang);
    // Where a line is to be added or corrected, when that is another workbook than the plan's (SPEC §15).
    case 'inFile':
      return item.economyWorkbook === undefined ? '' : translate('in-file', lang, { file: item.economyWorkbook.file });
    default:
      return undefined;
  }
}

/** Whether a sentence of `keys` shows the param `name`. */
const shownIn = (keys: readonly ReconciliationKey[], lang: Lang, name: string): boolean =>
  keys.some((k) => RECONCILIATION_CATALOG[lang][k].includes(`{${name}}`));

/** The params plainParam computes, in the order fullParams gives them. */
const PLAIN_NAMES = [
  'ref',
  'source',
  'inYear',
  'year',
  'measures',
  'economyPlan',
  'difference',
  'lineAmount',
  'lineUnit',
  'unit',
  'sources',
  'ids',
  'row',
  'amountYears',
  'inFile',
] as const;

/**
 * Amounts formatted only when a sentence shows them: Avstemming explains every item, and formatting three amounts for
 * each was half of it (measured on check --write, docs/performance.md).
 */
const AMOUNT_NAMES: ReadonlySet<string> = new Set(['measures', 'economyPlan', 'difference', 'lineAmount']);

/**
 * Every param an item's sentences may use: the path of the items `plain` turns away. The plain params (plainParam,
 * one truth for each), then those of a missing line, another plan's line, an unknown frame or a Ramme line under
 * Investering over them.
 */
export function fullParams(item: ReconciliationItem, lang: Lang, unit: Unit, keys: readonly ReconciliationKey[]) {
  const e: Explaining = { item, lang, unit, keys };
  const params: Record<string, string | number> = {};
  for (const name of PLAIN_NAMES) {
    if (AMOUNT_NAMES.has(name) && !shownIn(keys, lang, name)) continue;
    const value = plainParam(e, name);
    if (value !== undefined) params[name] = value;
  }
  return {
    ...params,
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
    // How many measures share a line's Ref: «begge» of two, «alle» of more (review r42).
    ...(item.sharedBy !== undefined ? { count: item.sharedBy.length } : {}),
  };
}
