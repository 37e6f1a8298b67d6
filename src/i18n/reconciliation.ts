/**
 * Explanations of reconciliation items (SPEC §10) for the Forklaring column and the reports: what was
 * compared, how it differs, and what to do. Amounts are shown in the workbook unit. The sentences are in
 * reconciliation.nb.ts (with the keys), reconciliation.nn.ts and reconciliation.en.ts.
 */
import {
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

const translate = makeTranslator(RECONCILIATION_CATALOG);

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
  if (item.overFrame === true) return item.economyPlan < 0 ? 'class.over-cut' : 'class.over';
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
    if (item.ref.trim() === '') return ['full.economy-plan-line-unmatched.no-ref'];
    // Its Ref names a measure exactly: the note after it says which of Del and Linjetype to correct, not the Ref.
    if (item.sameRefLines?.some((n) => n.wrong !== undefined) === true)
      return ['full.economy-plan-line-unmatched.same-ref'];
    return [item.allZero === true ? 'full.economy-plan-line-unmatched.zero' : 'full.economy-plan-line-unmatched'];
  }
  return [`subject.${item.code}`, classKey(item, unit)];
}

/** The six Finansieringskilde names a Finansiering line may carry (SPEC §5), as the explanation lists them. */
const FINANCING_SOURCES = INVESTMENT_FINANCING.map((f) => f.header).join(', ');

const amount = (n: number, unit: Unit): string => (Number.isSafeInteger(n) ? formatAmount(kr(n), unit) : String(n));

/** "rad 7 på arket «Tiltak drift»" from an item's cell ("Tiltak drift!Q7"): the row of an item without a ref. */
function rowOf(address: string | undefined, lang: Lang): string {
  const m = /^'?(.*?)'?!\$?[A-Z]+\$?(\d+)$/.exec(address ?? '');
  return m ? translate('row', lang, { sheet: m[1] ?? '', row: m[2] ?? '' }) : '';
}

/** «2027–2030» for years without a gap; listed when one is missing (a year not read, unreadYears.ts). */
function yearSpan(byYear: readonly { readonly year: number }[]): string {
  const years = byYear.map((y) => y.year);
  const gapless = years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1);
  return gapless ? `${years[0] ?? ''}–${years[years.length - 1] ?? ''}` : years.join(', ');
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
  const lineUnit = item.missingLine?.ambiguous === undefined ? (item.missingLine?.unit ?? unit) : unit;
  const total = amount(item.measures, lineUnit);
  const first = byYear[0]?.year;
  const last = byYear[byYear.length - 1]?.year;
  const inYear = (year: number) => common('inYear', lang, { year });
  return {
    line: showCellDates(item.missingLine?.ref ?? item.ref),
    measures: total,
    perYear: byYear.length > 0 ? byYear.map((y) => `${amount(y.amount, lineUnit)}${inYear(y.year)}`).join(', ') : total,
    amounts: byYear.length > 0 ? byYear.map((y) => amount(y.amount, lineUnit)).join(' / ') : total,
    years: first === undefined || last === undefined ? '' : first === last ? String(first) : yearSpan(byYear),
    unit: lineUnit,
    // A line naming the measure and another plan's (a consolidation): its Ref and cell, and the Plan it needs.
    lineRef: showCellDates(item.missingLine?.ambiguous?.ref ?? ''),
    cell: item.missingLine?.ambiguous?.cell ?? '',
    plan: item.missingLine?.plan ?? '',
    // The cell of its line turned away for Del or Linjetype, which the sentence asks to correct.
    lineCell: wrongSameRef(item)?.cell ?? '',
  };
}

/** The params of another plan's line (its Plan column, SPEC §15): the Plan typed, its cell, this plan's Plannavn. */
function otherPlanParams(other: NonNullable<ReconciliationItem['otherPlan']>, item: ReconciliationItem) {
  return { plan: other.plan, own: other.own, cell: other.cell ?? item.cells.economyPlan ?? '' };
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
    ...(shown('measures') ? { measures: amount(item.measures, unit) } : {}),
    ...(shown('economyPlan') ? { economyPlan: economyPlanText(item, lang, unit) } : {}),
    ...(shown('difference') ? { difference: amount(item.difference, unit) } : {}),
    ...(shown('lineAmount') && item.lineUnit
      ? { lineAmount: amount(item.economyPlan, item.lineUnit), lineUnit: item.lineUnit }
      : {}),
    unit,
    sources: FINANCING_SOURCES,
    ids: (item.sharedBy ?? []).join(', '),
    row: rowOf(item.ref.trim() === '' ? (item.cells.measures ?? item.cells.economyPlan) : undefined, lang),
    ...(item.code === 'measure-not-in-economy-plan' ? missingLineParams(item, lang, unit) : {}),
    ...(item.otherPlan !== undefined ? otherPlanParams(item.otherPlan, item) : {}),
    ...(item.frameUnknown !== undefined
      ? {
          frame: item.frameUnknown.frame,
          codes: item.frameUnknown.codes.join(', '),
          cell: item.cells.economyPlan ?? '',
        }
      : {}),
  };
  const text = keys.map((key) => translate(key, lang, params)).join(': ');
  return [text, ...notesOf(item, lang)].join(' ');
}

/** A line with a measure's exact Ref: which of its Del and Linjetype is wrong (as typed), and the measure's. */
function sameRefText(n: SameRefLine, lang: Lang): string {
  const { line, cell, measure, needs, wrong } = n;
  const params = { line, cell, measure, needs, part: wrong?.typedPart ?? '', lineType: wrong?.typedType ?? '' };
  if (wrong === undefined) return translate('note.same-ref-line', lang, params);
  if (wrong.part && wrong.lineType) return translate('note.same-ref-line.both', lang, params);
  if (wrong.part) return translate('note.same-ref-line.part', lang, params);
  return translate(wrong.typedType === '' ? 'note.same-ref-line.type-empty' : 'note.same-ref-line.type', lang, params);
}

/**
 * Sentences added after an item's explanation: the economy plan lines whose Ref nearly names a measure (or names it
 * but not its Del or Linjetype), the rows with errors that it counts, and a measure's frame when it has no
 * Rammeområde (SPEC §4).
 */
function notesOf(item: ReconciliationItem, lang: Lang): string[] {
  const notes = (item.nearMisses ?? []).map((n) => translate('note.near-miss', lang, { ...n }));
  // A measure without line whose table's year headers are off: its amounts are the years read (unreadYears.ts).
  const notRead = item.yearsNotRead ?? [];
  if (notRead.length > 0) notes.unshift(translate('note.years-not-read', lang, { years: notRead.join(', ') }));
  for (const n of item.sameRefLines ?? []) notes.push(sameRefText(n, lang));
  const ids = item.rowErrors ?? [];
  if (ids.length > 0) notes.push(translate('note.row-errors', lang, { ids: ids.join(', ') }));
  const fromLine = item.frameFromLine ?? [];
  if (fromLine.length > 0)
    notes.push(translate('note.frame-from-line', lang, { ids: fromLine.join(', '), ref: showCellDates(item.ref) }));
  const frameless = item.frameless;
  if (frameless?.frames !== undefined && frameless.invalid !== undefined)
    notes.push(
      translate('note.frameless.frames-invalid', lang, {
        frames: frameless.frames.join(', '),
        frame: frameless.invalid,
      }),
    );
  else if (frameless?.frames !== undefined)
    notes.push(translate('note.frameless.frames', lang, { frames: frameless.frames.join(', ') }));
  else if (frameless?.invalid !== undefined)
    notes.push(translate('note.frameless.invalid', lang, { frame: frameless.invalid }));
  else if (frameless !== undefined) notes.push(translate('note.frameless', lang));
  const linesOnly = item.linesOnly ?? [];
  if (linesOnly.length > 0) notes.push(translate('note.lines-only', lang, { ids: linesOnly.join(', ') }));
  for (const d of item.lineFrameDiffers ?? [])
    notes.push(
      translate('note.line-frame-differs', lang, {
        measure: d.measure,
        lineFrame: showCellDates(d.lineFrame),
        lineCell: d.lineCell ?? '',
        measureFrame: showCellDates(d.measureFrame),
        measureCell: d.measureCell ?? '',
      }),
    );
  const lines = item.lineCells ?? [];
  if (lines.length > 1) {
    const key = item.code === 'frame-total' ? 'note.frame-line-cells' : 'note.line-cells';
    notes.push(translate(key, lang, { count: lines.length, cells: lines.join(', '), ref: showCellDates(item.ref) }));
  }
  const cells = item.invalidCells ?? [];
  if (cells.length > 0) notes.push(translate('note.invalid-cell', lang, { cells: cells.join(', ') }));
  const plan = item.missingLine?.plan;
  if (item.missingLine?.ambiguous !== undefined) notes.push(ambiguousFix(plan, lang));
  else if (plan) notes.push(translate('note.missing-line-plan', lang, { plan }));
  // In a consolidation (the line's unit is the economy plan's) a plan without Plannavn has no name for Plan yet.
  else if (item.missingLine?.unit !== undefined) notes.push(translate('note.missing-line-no-name', lang));
  const other = item.ambiguousLine;
  if (other !== undefined) {
    notes.push(translate('note.ambiguous-line', lang, { lineRef: showCellDates(other.ref), cell: other.cell }));
    notes.push(ambiguousFix(other.plan, lang));
  }
  return notes;
}

/**
 * What to do about an ambiguous line that would be the item's (a consolidation, SPEC §15): Plan on it, not a new
 * line; a plan without Plannavn needs one first, for Plan to name it.
 */
function ambiguousFix(plan: string | undefined, lang: Lang): string {
  return plan ? translate('note.ambiguous-plan', lang, { plan }) : translate('note.ambiguous-no-name', lang);
}

/**
 * The note that the financing of `projects` (their Prosjektnr) was not reconciled, as SPEC §10 leaves it when
 * Tidligere bevilget or Etter perioden is not 0 (financingNotCompared): the report and the pane's Avstemming say it.
 */
export function financingNotComparedText(projects: readonly string[], lang: Lang): string {
  return translate('note.financing-not-compared', lang, { count: projects.length, projects: projects.join(', ') });
}
