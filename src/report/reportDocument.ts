/**
 * The check report of one workbook as a document: heading with the plan facts, findings grouped by sheet
 * and severity, totals, and the reconciliation summary with every difference (matches counted, not listed).
 */
import {
  addressIn,
  CLASS_ORDER,
  countSeverities,
  emptyEconomyYears,
  financingNotCompared,
  formatAmount,
  type CheckResult,
  type Lang,
  type ReconciliationItem,
  type Severity,
  type Unit,
} from '../domain';
import {
  explainReconciliation,
  financingNotComparedText,
  reconciliationClassLabel,
  reconciliationCodeLabel,
  severityLabel,
} from '../i18n';
import { cliText, type CliKey } from '../i18n/cli';
import { listedCounts, listedIssues, type ListedIssue } from '../i18n/listedIssues';
import { listText } from '../i18n/listText';
import { summaryText } from '../i18n/sheets';
import type { Block, ReportDocument } from './document';
import { totalsBlocks } from './totalsBlocks';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * How a plan's report is drawn: `notReconciled` for a plan a consolidation left out (another period, a Plannavn
 * taken), whose empty reconciliation is no «all is well».
 */
export interface ReportOptions {
  readonly notReconciled?: boolean;
}

function headerBlocks(result: CheckResult, lang: Lang, o: ReportOptions): Block[] {
  const tx = (k: CliKey, p?: Record<string, string | number>): string => cliText(k, lang, p);
  const { report, plan } = result;
  const years = report.plan.years;
  const facts = [
    `${tx('file')}: ${report.file}`,
    ...(plan.settings.planName !== '' ? [`${tx('planName')}: ${plan.settings.planName}`] : []),
    `${tx('period')}: ${years[0] ?? ''}–${years[years.length - 1] ?? ''}`,
    `${tx('unit')}: ${report.plan.unit}`,
  ];
  if (plan.settings.priceLevel !== '') facts.push(`${tx('priceLevel')}: ${plan.settings.priceLevel}`);
  if (plan.settings.economyPlanVersion !== '')
    facts.push(`${tx('economyPlanVersion')}: ${plan.settings.economyPlanVersion}`);
  const errors = report.summary.errors;
  return [
    { kind: 'title', text: `${tx('reportTitle')} — ${report.file}` },
    ...facts.map((text): Block => ({ kind: 'paragraph', text })),
    {
      kind: 'paragraph',
      text: planSummaryText(result, lang, o.notReconciled === true),
      tone: errors > 0 ? 'error' : o.notReconciled === true ? 'warning' : 'ok',
    },
  ];
}

/**
 * The plan's findings and reconciliation counted, and the verdict: one sentence, the same in the plan's report
 * and in the pane's consolidation (where each plan's own errors must be told beside the consolidated part). A plan
 * `notReconciled` by a consolidation without errors is told so, not «Ingen feil.»: its reconciliation is empty
 * because it was not made.
 */
export function planSummaryText(result: CheckResult, lang: Lang, notReconciled = false): string {
  const { report } = result;
  // The sheets' findings and the reconciliation told apart: a clean plan of 1 000 measures has 4 000 matching
  // items, which are infos in the summary but no news to the reader.
  // The findings as listed: a row's amount-precision warnings are one line, counted once (listedIssues.ts).
  const sheets = listedCounts(result, lang);
  const recon = countSeverities(report.reconciliation);
  const counts = { ...sheets, reconErrors: recon.errors, reconWarnings: recon.warnings, reconInfos: recon.infos };
  const verdict = report.summary.errors > 0 ? 'verdictErrors' : notReconciled ? 'verdictNotReconciled' : 'verdictOk';
  return `${cliText('summaryLine', lang, counts)}. ${cliText(verdict, lang)}`;
}

function findingBlocks(issues: readonly ListedIssue[], lang: Lang): Block[] {
  const tx = (k: CliKey): string => cliText(k, lang);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: tx('findings') }];
  if (issues.length === 0) return [...blocks, { kind: 'paragraph', text: tx('noFindings'), tone: 'ok' }];
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  for (const sheet of sheets) {
    blocks.push({ kind: 'heading', level: 3, text: sheet });
    const ofSheet = SEVERITIES.flatMap((s) => issues.filter((i) => i.sheet === sheet && i.severity === s));
    blocks.push({
      kind: 'table',
      // The code stays in the JSON report; people read the message.
      headers: [tx('severity'), tx('cell'), 'ID', tx('message')],
      rows: ofSheet.map((i) => [
        severityLabel(i.severity, lang),
        i.cells?.join(', ') ?? i.cell,
        i.measureId ?? '',
        i.message,
      ]),
      tones: ofSheet.map((i) => i.severity),
    });
  }
  return blocks;
}

/**
 * The cells an item compares, as the JSON's `cells` names them (measure first, as the amount columns): on paper the
 * reader must find the line the explanation quotes, as the pane's «Gå til …» does. With the sheet: one item names
 * cells on two sheets, and the listing is not grouped by sheet as the findings are; and with its file, an economy
 * plan cell in another workbook than the plan (a consolidation, SPEC §15: «op.xlsx: Økonomiplan!J6»).
 */
export function itemCells({ cells, economyWorkbook }: Pick<ReconciliationItem, 'cells' | 'economyWorkbook'>): string {
  const line = cells.economyPlan === undefined ? undefined : addressIn(economyWorkbook, cells.economyPlan);
  return [cells.measures, line].filter((c) => c !== undefined && c !== '').join(', ');
}

function itemRow(item: ReconciliationItem, lang: Lang, unit: Unit): string[] {
  return [
    severityLabel(item.severity, lang),
    reconciliationClassLabel(item.class, lang),
    reconciliationCodeLabel(item.code, lang),
    item.ref,
    item.year !== undefined ? String(item.year) : (item.source ?? ''),
    itemCells(item),
    formatAmount(item.measures, unit),
    formatAmount(item.economyPlan, unit),
    formatAmount(item.difference, unit),
    explainReconciliation(item, lang, unit),
  ];
}

/**
 * The projects whose financing was not compared (SPEC §10: money before or after the period), named, so that their
 * Finansiering lines, in no item, are not left out without a word.
 */
function notComparedBlocks(result: CheckResult, lang: Lang): Block[] {
  const blocks: Block[] = [];
  // The items that read a table's amounts per year wait for its year headers (reconcile/unreadYears.ts).
  if (yearsHeld(result))
    blocks.push({ kind: 'paragraph', text: cliText('reconciliationYearsHeld', lang), tone: 'warning' });
  // The years the economy plan has no amount for yet (economy-plan-year-empty): their comparisons wait too, and the
  // projects' financing, which adds up every year, when a comparison of it was left out (Report.financingWaits).
  const empty = emptyEconomyYears(result.plan);
  if (empty.length > 0) {
    const text = cliText('reconciliationYearsEmpty', lang, { years: listText(empty, lang) });
    const financing = result.report.financingWaits === true ? ` ${cliText('reconciliationFinancingWaits', lang)}` : '';
    blocks.push({ kind: 'paragraph', text: `${text}${financing}`, tone: 'warning' });
  }
  const projects = financingNotCompared(result.plan, result.report.reconciliation);
  if (projects.length === 0) return blocks;
  return [...blocks, { kind: 'paragraph', text: financingNotComparedText(projects, lang), tone: 'warning' }];
}

/**
 * Whether a table the reconciliation read has year headers that are not the period, so the comparisons of its years
 * were left out: in a consolidation the economy plan file's table, not the plan's own sheet (Report.yearsHeld).
 */
const yearsHeld = (result: CheckResult): boolean => (result.report.yearsHeld ?? []).length > 0;

/** Whether comparisons were left out for years: headers held them (yearsHeld), or the economy plan has none yet. */
const yearsWait = (result: CheckResult): boolean => yearsHeld(result) || emptyEconomyYears(result.plan).length > 0;

function reconciliationBlocks(items: readonly ReconciliationItem[], lang: Lang, unit: Unit, held: boolean): Block[] {
  const tx = (k: CliKey, p?: Record<string, string | number>): string => cliText(k, lang, p);
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: tx('reconciliation') }];
  // Nothing compared because the years wait: the paragraph after says so, not «nothing to reconcile».
  if (items.length === 0) return held ? blocks : [...blocks, { kind: 'paragraph', text: tx('reconciliationNone') }];
  const counts = CLASS_ORDER.map((c) => [
    reconciliationClassLabel(c, lang),
    String(items.filter((i) => i.class === c).length),
  ]).filter(([, n]) => n !== '0');
  const allMatch = items.every((i) => i.class === 'match' || i.class === 'rounding');
  // Matches are counted, not listed: at 1 000 measures they are thousands of lines that bury the differences.
  const listed = SEVERITIES.flatMap((s) => items.filter((i) => i.severity === s && i.class !== 'match'));
  const matches = items.length - listed.length;
  blocks.push(
    {
      kind: 'paragraph',
      text: `${tx('reconciliationCount', { count: items.length })}. ${allMatch ? tx('reconciliationAllMatch') : ''}`.trim(),
      tone: allMatch ? 'ok' : undefined,
    },
    { kind: 'table', headers: [tx('class'), summaryText(lang).count], rows: counts, numeric: [1], rowHeaders: true },
  );
  if (listed.length > 0) {
    blocks.push({
      kind: 'table',
      headers: [
        tx('severity'),
        tx('class'),
        tx('comparison'),
        tx('ref'),
        tx('year'),
        tx('cell'),
        tx('measures'),
        tx('economyPlan'),
        tx('difference'),
        tx('explanation'),
      ],
      rows: listed.map((i) => itemRow(i, lang, unit)),
      numeric: [6, 7, 8],
      tones: listed.map((i) => i.severity),
    });
  }
  if (matches > 0) blocks.push({ kind: 'paragraph', text: tx('reconciliationMatchesHidden', { count: matches }) });
  return blocks;
}

/** The whole report document of one checked workbook. */
export function reportDocument(result: CheckResult, lang: Lang, o: ReportOptions = {}): ReportDocument {
  const { report } = result;
  const unit = report.plan.unit;
  return {
    title: `${cliText('reportTitle', lang)} — ${report.file}`,
    blocks: [
      ...headerBlocks(result, lang, o),
      ...findingBlocks(listedIssues(result, lang), lang),
      ...totalsBlocks(report.totals, lang, unit, report.plan.years, result.plan.lists.frames),
      ...reconciliationBlocks(report.reconciliation, lang, unit, yearsWait(result)),
      ...notComparedBlocks(result, lang),
    ],
  };
}
