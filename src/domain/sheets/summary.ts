/**
 * Sammendrag (SPEC §9): a sheet the product owns, cleared and written anew on every run. Amount totals are
 * live formulas over the measure tables (see summaryBlocks.ts); counts are COUNTIFS; what no formula can
 * express (new money per year, identity checks) is written as values styled "computed".
 */
import type { Edit } from '../model/edits';
import { countifs, equalsCriterion, wholeColumn } from './formulas';
import { SHEETS } from '../model/schema';
import { COST_STATUSES } from '../model/choices';
import { investmentBlock, newMoneyBlock, operatingBlock, spreadBlock, type BlockContext } from './summaryBlocks';
import { computedCell, draftEdits, formulaCell, textRow, type DraftRow } from './summarySheet';
import { AMOUNT_FORMATS } from './tableEdits';
import type { Plan } from '../model/plan';
import type { Totals } from '../model/totals';

/** Title, period, unit, price level and what the sums cover. */
function headRows(plan: Plan): DraftRow[] {
  const { settings, years } = plan;
  const period = years.length > 0 ? `${years[0]}–${years[years.length - 1]}` : '';
  return [
    textRow(['Sammendrag'], 'title'),
    textRow(['Periode', period]),
    textRow(['Beløpsenhet', settings.unit]),
    textRow(['Prisnivå', settings.priceLevel]),
    textRow(['Økonomiplanversjon', settings.economyPlanVersion]),
    textRow(
      ['Summene gjelder tiltak med kostnadsstatus «Beregnet» og oppdateres av formlene når tabellene endres.'],
      'note',
    ),
  ];
}

/** Counts per Kostnadsstatus over both tables (COUNTIFS), then any other status as typed. */
function statusBlock(ctx: BlockContext): DraftRow[] {
  const { plan, totals } = ctx;
  const statusColumns = [plan.layouts.operating, plan.layouts.investment].flatMap((l) => {
    const column = l?.columns['costStatus'];
    return l && column ? [wholeColumn(l.sheet, column)] : [];
  });
  const counts = Object.entries(totals.statusCounts);
  const isKnown = (k: string) => COST_STATUSES.some((s) => s.toLowerCase() === k.toLowerCase());
  const rows: DraftRow[] = [
    textRow(['Antall tiltak per kostnadsstatus'], 'title'),
    textRow(['Kostnadsstatus', 'Antall'], 'header'),
  ];
  for (const status of COST_STATUSES) {
    const expected = counts.filter(([k]) => k.toLowerCase() === status.toLowerCase()).reduce((a, [, n]) => a + n, 0);
    const formula = statusColumns.map((range) => countifs([{ range, criterion: equalsCriterion(status) }])).join('+');
    rows.push([{ input: status }, formula ? formulaCell(formula, expected, false) : computedCell(expected, false)]);
  }
  for (const [k, n] of counts.filter(([k]) => !isKnown(k)))
    rows.push([{ input: k === '' ? '(tom)' : k }, computedCell(n, false)]);
  return rows;
}

/** The measures that are not costed, which the sums leave out. */
function notCostedBlock(ctx: BlockContext): DraftRow[] {
  return [
    textRow(['Tiltak som ikke er kostnadsberegnet'], 'title'),
    textRow(['ID', 'Tiltak', 'Kostnadsstatus'], 'header'),
    ...ctx.totals.notCosted.map((m) => textRow([m.id, m.measure, m.costStatus])),
  ];
}

/** Identity checks as ✓/✗ rows with the IDs of the rows that fail. */
function checksBlock(ctx: BlockContext): DraftRow[] {
  const { operatingFinancing, investmentFinancing } = ctx.totals.identity;
  const check = (label: string, c: { ok: number; failed: readonly string[] }): DraftRow => {
    const ok = c.failed.length === 0;
    return [{ input: label }, { input: ok ? '✓' : '✗', style: ok ? 'ok' : 'bad' }, { input: c.failed.join(', ') }];
  };
  return [
    textRow(['Kontroller'], 'title'),
    textRow(['Kontroll', 'Resultat', 'Tiltak som avviker'], 'header'),
    check('Finansiering = Helårsvirkning / Sum periode (drift)', operatingFinancing),
    check('Finansiering = Kostnadsramme (investering)', investmentFinancing),
  ];
}

/**
 * Every row of Sammendrag from A1, each block after an empty row. Each formula cell carries the value the
 * core computed for it, which a recalculation of the written workbook must reproduce (the tests' oracle).
 */
export function summaryDraft(plan: Plan, totals: Totals): DraftRow[] {
  const rows: DraftRow[] = headRows(plan);
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
    rows.push(...block({ plan, totals, top: rows.length + 1 }));
  }
  return rows;
}

/**
 * The edits that write Sammendrag anew: clear the owned sheet, then title, period, unit and price level,
 * operating and investment totals as live SUMIFS over whole columns (status "Beregnet"), new money per
 * year and frame as computed values, cost per plan area and responsible, status counts, the list of
 * measures not costed and the identity checks.
 */
export function planSummary(plan: Plan, totals: Totals): Edit[] {
  const sheet = SHEETS.summary;
  const rows = summaryDraft(plan, totals);
  return [
    { kind: 'ensureSheet', sheet },
    { kind: 'clearOwnedSheet', sheet },
    ...draftEdits(sheet, rows, AMOUNT_FORMATS[plan.settings.unit]),
    { kind: 'setColumnWidth', sheet, column: 'A', width: 40 },
  ];
}
