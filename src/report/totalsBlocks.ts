/** The totals part of the check report: operating and investment tables in the workbook unit. */
import {
  formatAmount,
  frameByLineText,
  frameName,
  statusRows,
  INVESTMENT_FINANCING,
  OPERATING_FINANCING,
  type InvestmentTotals,
  type Kr,
  type Lang,
  type OperatingTotals,
  type Totals,
  type Unit,
  type YearAmounts,
} from '../domain';
import { cliText } from '../i18n/cli';
import { fieldLabel } from '../i18n/fieldLabel';
import { summaryText } from '../i18n/sheets';
import type { Block } from './document';

interface Ctx {
  readonly lang: Lang;
  readonly unit: Unit;
  readonly years: readonly number[];
  /** tblRammeomrader: the name of each frame code. */
  readonly frames: readonly { readonly code: string; readonly name: string }[];
  /** The plan years the table has no column for (Totals.yearsNotRead): shown «–», not a 0 that was never read. */
  readonly unread?: readonly number[];
}

const amount = (ctx: Ctx, v: Kr | undefined): string => formatAmount((v ?? 0) as Kr, ctx.unit);
const byYear = (ctx: Ctx, ya: YearAmounts): string[] =>
  ctx.years.map((y) => (ctx.unread?.includes(y) === true ? '–' : amount(ctx, ya[String(y)])));
/** The sum over the plan years: what Sammendrag's Sum column shows (not the Nye midler column's total). */
const periodOf = (ctx: Ctx, ya: YearAmounts): Kr => ctx.years.reduce((sum, y) => sum + (ya[String(y)] ?? 0), 0) as Kr;
const numericFrom = (first: number, count: number): number[] => Array.from({ length: count }, (_v, i) => first + i);

/**
 * A column that totals a workbook column is headed by its header as the workbook spells it, in every language (the
 * glossary's rule, src/i18n/glossary.ts): the reader finds the column by it. The financing columns, Sum periode,
 * Helårsvirkning, Kostnadsramme.
 */
const header = (field: string, table: 'operating' | 'investment'): string => fieldLabel({ field }, table);
const financingHeads = (sources: readonly { readonly key: string }[], table: 'operating' | 'investment'): string[] =>
  sources.map((f) => header(f.key, table));
const PERIOD_SUM = header('periodSum', 'operating');

/** A totals table: labels in the first `labels` columns, amounts in the rest. */
function table(headers: string[], rows: string[][], total = true, labels = 1): Block {
  const numeric = numericFrom(labels, headers.length - labels);
  return { kind: 'table', headers, rows, numeric, totalRow: total, rowHeaders: true };
}

function operatingRow(ctx: Ctx, label: string, t: OperatingTotals): string[] {
  const fin = OPERATING_FINANCING.map((f) => amount(ctx, t.financing[f.json]));
  return [label, ...byYear(ctx, t.years), amount(ctx, t.period), amount(ctx, t.fullYear), ...fin];
}

function investmentRow(ctx: Ctx, label: string, t: InvestmentTotals): string[] {
  const fin = INVESTMENT_FINANCING.map((f) => amount(ctx, t.financing[f.json]));
  return [label, amount(ctx, t.budget), amount(ctx, t.before), ...byYear(ctx, t.years), amount(ctx, t.after), ...fin];
}

function operatingBlocks(ctx: Ctx, t: Totals['operating'], byLine: Totals['framesByLine'] = []): Block[] {
  const tx = (k: Parameters<typeof cliText>[0]): string => cliText(k, ctx.lang);
  const years = ctx.years.map(String);
  const sections = [
    ...t.bySection.map((s) => ({ label: s.section || tx('noSection'), t: s as OperatingTotals })),
    { label: tx('all'), t: t.all },
  ];
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: tx('operating') },
    table(
      [
        tx('section'),
        ...years,
        PERIOD_SUM,
        header('fullYear', 'operating'),
        ...financingHeads(OPERATING_FINANCING, 'operating'),
      ],
      sections.map((s) => operatingRow(ctx, s.label, s.t)),
    ),
    // With their period sum, as Sammendrag's Sum column and the pane: the Nye midler column above is full-year.
    { kind: 'heading', level: 3, text: tx('newMoneyByYear') },
    table(
      [tx('section'), ...years, PERIOD_SUM],
      sections.map((s) => [
        s.label,
        ...byYear(ctx, s.t.newMoneyByYear),
        amount(ctx, periodOf(ctx, s.t.newMoneyByYear)),
      ]),
    ),
  ];
  // Each table under a heading of its own, in Sammendrag's words: the frame, area and responsible tables once
  // followed «Nye midler per år», and a reader took the cost per plan area for new money.
  const sheet = summaryText(ctx.lang);
  if (t.byFrame.length > 0) {
    // The years, their period sum (Sammendrag's Sum), then the Nye midler column's total (full-year financing), as
    // the pane's Summer: with the last one right after the years, a reader took it for their sum.
    blocks.push(
      { kind: 'heading', level: 3, text: sheet.frameTitle },
      table(
        [tx('frame'), sheet.name, ...years, PERIOD_SUM, header('finNew', 'operating')],
        t.byFrame.map((f) => [
          f.frame || tx('noFrame'),
          frameName(ctx.frames, f.frame),
          ...byYear(ctx, f.newMoneyByYear),
          amount(ctx, periodOf(ctx, f.newMoneyByYear)),
          amount(ctx, f.newMoney),
        ]),
        false,
        2,
      ),
    );
    // As Sammendrag: a measure without Rammeområde Avstemming counts in its line's frame is under «(uten rammeområde)».
    const note = frameByLineText(sheet, byLine);
    if (note !== '') blocks.push({ kind: 'paragraph', text: note });
  }
  if (t.byArea.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: sheet.areaTitle },
      { kind: 'paragraph', text: tx('areaNote') },
      table(
        [tx('area'), ...years, PERIOD_SUM],
        t.byArea.map((a) => [a.area, ...byYear(ctx, a.years), amount(ctx, a.period)]),
        false,
      ),
    );
  }
  if (t.byResponsible.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: sheet.responsibleTitle },
      table(
        [tx('responsible'), ...years, PERIOD_SUM],
        t.byResponsible.map((a) => [a.responsible || tx('noName'), ...byYear(ctx, a.years), amount(ctx, a.period)]),
        false,
      ),
    );
  }
  return blocks;
}

function statusBlocks(ctx: Ctx, t: Totals): Block[] {
  const tx = (k: Parameters<typeof cliText>[0]): string => cliText(k, ctx.lang);
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: tx('statusCounts') },
    {
      kind: 'table',
      headers: [tx('costStatus'), summaryText(ctx.lang).count],
      rows: statusRows(t.statusCounts).map((r) => [r.status === '' ? tx('emptyStatus') : r.status, String(r.count)]),
      numeric: [1],
      rowHeaders: true,
    },
  ];
  if (t.notCosted.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: tx('notCosted') },
      {
        kind: 'table',
        headers: ['ID', tx('measure'), tx('costStatus')],
        rows: t.notCosted.map((m) => [m.id, m.measure, m.costStatus]),
      },
    );
  }
  return blocks;
}

/** Headings and tables for SPEC §9's totals. */
export function totalsBlocks(
  totals: Totals,
  lang: Lang,
  unit: Unit,
  years: readonly number[],
  frames: Ctx['frames'] = [],
): Block[] {
  const ctx: Ctx = { lang, unit, years, frames };
  const unread = totals.yearsNotRead;
  const inv: Ctx = { ...ctx, unread: unread?.investment ?? [] };
  const tx = (k: Parameters<typeof cliText>[0]): string => cliText(k, lang);
  const investmentSections = [
    ...totals.investment.bySection.map((s) => investmentRow(inv, s.section || tx('noSection'), s)),
    investmentRow(inv, tx('all'), totals.investment.all),
  ];
  return [
    { kind: 'heading', level: 2, text: tx('totals') },
    { kind: 'paragraph', text: cliText('amountsIn', lang, { unit }) },
    ...(unread !== undefined
      ? [{ kind: 'paragraph' as const, text: tx('yearsNotRead'), tone: 'warning' as const }]
      : []),
    ...operatingBlocks({ ...ctx, unread: unread?.operating ?? [] }, totals.operating, totals.framesByLine),
    { kind: 'heading', level: 3, text: tx('investment') },
    table(
      [
        tx('section'),
        header('budget', 'investment'),
        header('before', 'investment'),
        ...years.map(String),
        header('after', 'investment'),
        ...financingHeads(INVESTMENT_FINANCING, 'investment'),
      ],
      investmentSections,
    ),
    ...statusBlocks(ctx, totals),
  ];
}
