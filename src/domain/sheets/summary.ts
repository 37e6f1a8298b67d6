/**
 * Sammendrag (SPEC §9): a sheet the product owns, cleared and written anew on every run. Amount totals are
 * live formulas over the measure tables (see summaryBlocks.ts); counts are COUNTIFS; what no formula can
 * express (new money per year, identity checks) is written as values styled "computed".
 */
import type { Edit } from '../model/edits';
import { countifs, equalsCriterion, wholeColumn } from './formulas';
import { COST_STATUSES, SHEETS } from '../model/schema';
import { investmentBlock, newMoneyBlock, operatingBlock, spreadBlock, type BlockContext } from './summaryBlocks';
import {
  computedCell,
  draftEdits,
  draftExpectations,
  formulaCell,
  textRow,
  type CellExpectation,
  type DraftRow,
} from './summarySheet';
import { AMOUNT_FORMATS } from './tableEdits';
import type { Plan } from '../model/plan';
import { SUMMARY_TEXT_NB, type SummaryText } from '../model/sheetText';
import type { Totals } from '../model/totals';

/** Title, period, unit, price level and what the sums cover. */
function headRows(plan: Plan, text: SummaryText): DraftRow[] {
  const { settings, years } = plan;
  const period = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '';
  return [
    textRow([text.title], 'title'),
    textRow([text.period, period]),
    textRow([text.unit, settings.unit]),
    textRow([text.priceLevel, settings.priceLevel]),
    textRow([text.economyPlanVersion, settings.economyPlanVersion]),
    textRow([text.note], 'note'),
  ];
}

/** Counts per Kostnadsstatus over both tables (COUNTIFS), then any other status as typed. */
function statusBlock(ctx: BlockContext): DraftRow[] {
  const { plan, totals, text } = ctx;
  const statusColumns = [plan.layouts.operating, plan.layouts.investment].flatMap((l) => {
    const column = l?.columns['costStatus'];
    return l && column ? [wholeColumn(l.sheet, column)] : [];
  });
  const counts = Object.entries(totals.statusCounts);
  const isKnown = (k: string) => COST_STATUSES.some((s) => s.toLowerCase() === k.toLowerCase());
  const rows: DraftRow[] = [textRow([text.statusTitle], 'title'), textRow([text.costStatus, text.count], 'header')];
  for (const status of COST_STATUSES) {
    const expected = counts.filter(([k]) => k.toLowerCase() === status.toLowerCase()).reduce((a, [, n]) => a + n, 0);
    const formula = statusColumns.map((range) => countifs([{ range, criterion: equalsCriterion(status) }])).join('+');
    rows.push([{ input: status }, formula ? formulaCell(formula, expected, false) : computedCell(expected, false)]);
  }
  for (const [k, n] of counts.filter(([k]) => !isKnown(k)))
    rows.push([{ input: k === '' ? text.empty : k }, computedCell(n, false)]);
  return rows;
}

/** The measures that are not costed, which the sums leave out. */
function notCostedBlock(ctx: BlockContext): DraftRow[] {
  const { text } = ctx;
  return [
    textRow([text.notCostedTitle], 'title'),
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
    textRow([text.checksTitle], 'title'),
    textRow([text.check, text.result, text.failing], 'header'),
    check(text.checkOperating, operatingFinancing),
    check(text.checkInvestment, investmentFinancing),
  ];
}

/** Every row of Sammendrag, each block after an empty row. */
function summaryDraft(plan: Plan, totals: Totals, text: SummaryText): DraftRow[] {
  const rows: DraftRow[] = headRows(plan, text);
  const blocks: ((ctx: BlockContext) => DraftRow[])[] = [
    operatingBlock,
    newMoneyBlock,
    (ctx) => spreadBlock(ctx, 'area'),
    (ctx) => spreadBlock(ctx, 'responsible'),
    investmentBlock,
    statusBlock,
    notCostedBlock,
    checksBlock,
  ];
  for (const block of blocks) {
    rows.push([]);
    rows.push(...block({ plan, totals, text, top: rows.length + 1 }));
  }
  return rows;
}

/**
 * The edits that write Sammendrag anew: clear the owned sheet, then title, period, unit and price level,
 * operating and investment totals as live SUMIFS over whole columns (status "Beregnet"), new money per
 * year and frame as computed values, cost per plan area and responsible, status counts, the list of
 * measures not costed and the identity checks; titles and labels in the language of `text` (bokmål by default).
 */
export function planSummary(plan: Plan, totals: Totals, text: SummaryText = SUMMARY_TEXT_NB): Edit[] {
  const sheet = SHEETS.summary;
  const rows = summaryDraft(plan, totals, text);
  return [
    { kind: 'ensureSheet', sheet },
    { kind: 'clearOwnedSheet', sheet },
    ...draftEdits(sheet, rows, AMOUNT_FORMATS[plan.settings.unit]),
    { kind: 'setColumnWidth', sheet, column: 'A', width: 40 },
  ];
}

/**
 * For every formula planSummary writes: the cell (on Sammendrag) and the value the core computed, in the
 * workbook unit. A recalculation (e.g. LibreOffice) of the written workbook must reproduce them.
 */
export function summaryExpectations(plan: Plan, totals: Totals): CellExpectation[] {
  return draftExpectations(summaryDraft(plan, totals, SUMMARY_TEXT_NB));
}
