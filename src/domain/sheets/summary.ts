/**
 * Sammendrag (SPEC §9): the product's block on its own sheet, cleared and written anew on every run (a note
 * the user typed beside it stays; the block's extent is recorded in a workbook name). Amount totals are
 * live formulas over the measure tables (see summaryBlocks.ts); counts are COUNTIFS; what no formula can
 * express (new money per year, identity checks) is written as values styled "computed", with a caption that says
 * so, and a row of a formula block written as values is named in the note on top.
 */
import { columnLetter, toRange } from '../model/a1';
import type { Edit } from '../model/edits';
import { blockedBy, writable, type WritePlan } from '../model/writePlan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { columnRefs, countifs, equalsCriterion, sheetPrefix } from './formulas';
import { keptRefs, summaryClear, type KeptCell, type SummaryClear } from './summaryNotes';
import { ownedSummaryAreas, SUMMARY_AREA_NAME } from './summaryOwned';

export { SUMMARY_AREA_NAME } from './summaryOwned';
import { SHEETS } from '../model/schema';
import { investmentBlock, newMoneyBlock, operatingBlock, spreadBlock, type BlockContext } from './summaryBlocks';
import { captionedTitle, computedCell, draftEdits, formulaCell, textRow, type DraftRow } from './summarySheet';
import { formulaMisses, NO_MISSES, type FormulaMisses } from './summaryMisses';
import { groupKey } from '../measures/grouping';
import { statusRows } from '../totals/totals';
import type { Plan } from '../model/plan';
import { emptyEconomyYears } from '../model/yearTables';
import { listWith, SUMMARY_TEXT_NB, type SummaryText } from '../model/sheetText';
import type { Totals } from '../model/totals';

/**
 * The sentence that a table's year headers are not the period, naming the plan years without a column; none when
 * every plan year has one (a column outside the period is then all that is off, and the findings say so).
 */
function yearsNotReadNote(unread: NonNullable<Totals['yearsNotRead']>, text: SummaryText): string {
  const years = [...new Set([...(unread.operating ?? []), ...(unread.investment ?? [])])].sort((a, b) => a - b);
  return years.length === 0 ? '' : text.noteYearsNotRead.replace('{years}', () => yearList(years, text));
}

/** «2031», «2031 og 2032», «2030, 2031 og 2032» in the language of `text`. */
const yearList = (years: readonly number[], text: SummaryText): string => listWith(years, text.and);

/**
 * Title, the plan's name (empty when Innstillinger has none, as an empty Prisnivå is), period, unit, price level and
 * what the sums cover: that they follow the tables, or, when `valueRows`
 * («Title (label, …)») hold values instead of formulas, which rows do not and why.
 */
function headRows(plan: Plan, text: SummaryText, valueRows: readonly string[], totals: Totals): DraftRow[] {
  const { settings, years } = plan;
  const period = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '';
  const sums = valueRows.length === 0 ? text.note : text.noteValues.replace('{rows}', () => valueRows.join('; '));
  const unread = totals.yearsNotRead === undefined ? '' : yearsNotReadNote(totals.yearsNotRead, text);
  const empty = yearList(emptyEconomyYears(plan), text);
  const waits = empty === '' ? '' : text.noteYearsEmpty.replace(/\{years\}/g, () => empty);
  const note = [sums, unread, waits].filter((s) => s !== '').join(' ');
  return [
    textRow([text.title], 'title'),
    textRow([text.planName, settings.planName]),
    textRow([text.period, period]),
    textRow([text.unit, settings.unit]),
    textRow([text.priceLevel, settings.priceLevel]),
    textRow([text.economyPlanVersion, settings.economyPlanVersion]),
    textRow([note], 'note'),
  ];
}

/**
 * The rows of a formula block that hold a value (styled computed), as «Title (label, label)», or none. A label in
 * brackets of its own («(uten navn)») loses them there: «Title (uten navn)», not «Title ((uten navn))».
 */
function valueRowsOf(block: readonly DraftRow[]): string[] {
  const labels = block
    .filter((row) => row.some((cell) => cell?.style === 'computed'))
    .map((row) => String(row[0]?.input ?? '').replace(/^\((.*)\)$/s, '$1'));
  return labels.length === 0 ? [] : [`${String(block[0]?.[0]?.input ?? '')} (${labels.join(', ')})`];
}

/** Counts per Kostnadsstatus over both tables (COUNTIFS), then any other status as typed. */
function statusBlock(ctx: BlockContext): DraftRow[] {
  const { plan, totals, text } = ctx;
  const statusColumns = [plan.layouts.operating, plan.layouts.investment].flatMap((l) => {
    const column = l?.columns['costStatus'];
    return l && column ? [columnRefs(l)(column)] : [];
  });
  const rows: DraftRow[] = [textRow([text.statusTitle], 'title'), textRow([text.costStatus, text.count], 'header')];
  for (const { status, count, known } of statusRows(totals.statusCounts)) {
    const formula = known
      ? statusColumns.map((range) => countifs([{ range, criterion: equalsCriterion(status) }])).join('+')
      : '';
    const live = formula !== '' && !(ctx.misses ?? NO_MISSES).statuses.has(groupKey(status));
    const label = status === '' ? text.empty : status;
    rows.push([{ input: label }, live ? formulaCell(formula, count, false) : computedCell(count, false)]);
  }
  return rows;
}

/** The measures that are not costed, which the sums leave out. */
function notCostedBlock(ctx: BlockContext): DraftRow[] {
  const { text } = ctx;
  return [
    captionedTitle(text.notCostedTitle, text.valuesNote),
    textRow([text.id, text.measure, text.costStatus], 'header'),
    ...ctx.totals.notCosted.map((m) => textRow([m.id, m.measure, m.costStatus])),
  ];
}

/** Identity checks as ✓/✗ rows with the IDs of the rows that fail. */
function checksBlock(ctx: BlockContext): DraftRow[] {
  const { text } = ctx;
  const { operatingFinancing, investmentFinancing } = ctx.totals.identity;
  const check = (label: string, c: { ok: number; failed: readonly string[] }): DraftRow => {
    const ok = c.failed.length === 0;
    return [{ input: label }, { input: ok ? '✓' : '✗', style: ok ? 'ok' : 'bad' }, { input: c.failed.join(', ') }];
  };
  return [
    captionedTitle(text.checksTitle, text.valuesNote),
    textRow([text.check, text.result, text.failing], 'header'),
    check(text.checkOperating, operatingFinancing),
    check(text.checkInvestment, investmentFinancing),
  ];
}

/**
 * The blocks of Sammendrag in order; `live` for those of formulas, where a row of values is named on top (the
 * others are values throughout and say so in a caption of their own).
 */
const BLOCKS: readonly { readonly draft: (ctx: BlockContext) => DraftRow[]; readonly live: boolean }[] = [
  { draft: operatingBlock, live: true },
  { draft: newMoneyBlock, live: false },
  { draft: (ctx) => spreadBlock(ctx, 'area'), live: true },
  { draft: (ctx) => spreadBlock(ctx, 'responsible'), live: true },
  { draft: investmentBlock, live: true },
  { draft: statusBlock, live: true },
  { draft: notCostedBlock, live: false },
  { draft: checksBlock, live: false },
];

/**
 * Every row of Sammendrag from A1, each block after an empty row, titles and labels in the language of `text`.
 * Each formula cell carries the value the core computed for it, which a recalculation of the written workbook
 * must reproduce (the tests' oracle); the rows in `misses`, whose formulas would not, get the core's values, and
 * the note on top (A7) names them: the sheet does not promise that they follow the tables.
 */
export function summaryDraft(
  plan: Plan,
  totals: Totals,
  text: SummaryText = SUMMARY_TEXT_NB,
  misses: FormulaMisses = NO_MISSES,
): DraftRow[] {
  const head = headRows(plan, text, [], totals);
  const rows: DraftRow[] = [...head];
  const valueRows: string[] = [];
  for (const { draft, live } of BLOCKS) {
    rows.push([]);
    const block = draft({ plan, totals, text, top: rows.length + 1, misses });
    if (live) valueRows.push(...valueRowsOf(block));
    rows.push(...block);
  }
  // The head has as many rows whatever its note says: written again now that the value rows are known.
  rows.splice(0, head.length, ...headRows(plan, text, valueRows, totals));
  return rows;
}

/** `rows` with her `kept` cells in them, as they are (no style, no amount format of the product's). */
function withKept(rows: readonly DraftRow[], kept: readonly KeptCell[]): DraftRow[] {
  const out = rows.map((r) => [...r]);
  for (const { row, col, input } of kept) {
    while (out.length < row) out.push([]);
    const line = out[row - 1] ?? [];
    while (line.length < col - 1) line.push(null);
    line[col - 1] = { input };
  }
  return out;
}

/**
 * The edits that write a draft of Sammendrag after `clear.box` (its old block grown over the new one, if any) is
 * emptied but for her cells, which are written again in the one block of values (summaryNotes.ts). The name records
 * the draft's own rectangle.
 */
function summaryEdits(rows: readonly DraftRow[], unit: Plan['settings']['unit'], clear: SummaryClear | null): Edit[] {
  const sheet = SHEETS.summary;
  const width = Math.max(1, ...rows.map((r) => r.length));
  const corner = `$${columnLetter(width)}$${Math.max(1, rows.length)}`;
  const box = clear?.box;
  const keep = clear && clear.kept.length > 0 ? { keep: keptRefs(clear.kept) } : {};
  return [
    { kind: 'ensureSheet', sheet },
    ...(box
      ? [{ kind: 'clearOwnedRange', sheet, range: toRange(box.top, box.left, box.bottom, box.right), ...keep } as const]
      : []),
    ...draftEdits(sheet, withKept(rows, clear?.kept ?? []), unit),
    { kind: 'setColumnWidth', sheet, column: 'A', width: 40 },
    { kind: 'defineName', name: SUMMARY_AREA_NAME, ref: `${sheetPrefix(sheet)}$A$1:${corner}` },
  ];
}

/**
 * Writes Sammendrag anew into `wb`: its old block emptied, then title, plan name, period, unit and price level,
 * operating and investment totals as live SUMIFS over the measure tables (status "Beregnet"), new money per
 * year and frame as computed values, cost per plan area and responsible, status counts, the list of
 * measures not costed and the identity checks; titles and labels in the language of `text` (bokmål by
 * default). A note she typed where the product writes nothing stays (summaryNotes.ts); blocked when a cell of the
 * new block that is not the product's holds something (the user moves it; nothing is written).
 */
export function planSummary(
  plan: Plan,
  totals: Totals,
  wb: WorkbookSnapshot,
  text: SummaryText = SUMMARY_TEXT_NB,
): WritePlan {
  const rows = summaryDraft(plan, totals, text, formulaMisses(plan, totals, wb));
  const clear = summaryClear(wb, rows, ownedSummaryAreas(wb, text), text);
  return clear.blocked.length > 0 ? blockedBy(clear.blocked) : writable(summaryEdits(rows, plan.settings.unit, clear));
}

/** Sammendrag for a workbook being made (nothing there yet): the edits only. */
export function newSummaryEdits(plan: Plan, totals: Totals, text: SummaryText = SUMMARY_TEXT_NB): Edit[] {
  return summaryEdits(summaryDraft(plan, totals, text), plan.settings.unit, null);
}
