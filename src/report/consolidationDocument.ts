/**
 * The consolidated part of the report (SPEC §15) as a report document, drawn by the same text and HTML
 * renderers as a single plan's report: per plan and in all, new money per year against the economy plan;
 * per Rammeområde across plans, with each plan's share; the consolidation's findings by class.
 */
import {
  CLASS_ORDER,
  countSeverities,
  fileAddress,
  formatAmount,
  isPlanItem,
  type CheckResult,
  type ConsolidatedCheck,
  type ConsolidationItem,
  type Kr,
  type Lang,
  type Severity,
  type Unit,
  type YearPair,
} from '../domain';
import { reconciliationClassLabel, severityLabel } from '../i18n';
import { consolidationCodeLabel, explainConsolidation, kt } from '../i18n/consolidation';
import { listedOf } from '../i18n/listedIssues';
import { listText } from '../i18n/listText';
import { summaryText } from '../i18n/sheets';
import { frameBlocks } from './consolidationFrames';
import type { Block, ReportDocument } from './document';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const sum = (xs: readonly Kr[]): Kr => xs.reduce((a, b) => a + b, 0) as Kr;

/**
 * Three rows for one plan (or all): the measures, the economy plan and the difference per year and in all. A year
 * not read on either side (its table's year headers are off) is «–», and so are its difference and the sum.
 */
function pairRows(name: string, pair: YearPair, unit: Unit, lang: Lang, years: readonly number[]): string[][] {
  const diff = pair.measures.map((m, i) => (m - (pair.economyPlan[i] ?? 0)) as Kr);
  const row = (label: string, what: string, xs: readonly Kr[], notRead: readonly number[]) => [
    label,
    what,
    ...xs.map((x, i) => (notRead.includes(years[i] ?? 0) ? '–' : formatAmount(x, unit))),
    notRead.length > 0 ? '–' : formatAmount(sum(xs), unit),
  ];
  const measures = pair.measuresNotRead ?? [];
  const economyPlan = pair.economyPlanNotRead ?? [];
  return [
    row(name, kt(lang, 'measures'), pair.measures, measures),
    row('', kt(lang, 'economyPlan'), pair.economyPlan, economyPlan),
    row('', kt(lang, 'difference'), diff, [...measures, ...economyPlan]),
  ];
}

function newMoneyBlocks(c: ConsolidatedCheck, lang: Lang, unit: Unit): Block[] {
  const { consolidation } = c;
  const years = consolidation.years.map(String);
  const rows: string[][] = [];
  const groups: number[] = [];
  // Two plans of one Plannavn (plan-name-duplicate, the later not compared) are told apart by their files.
  const shared = (name: string) => consolidation.plans.filter((q) => q.name === name).length > 1;
  for (const p of consolidation.plans) {
    const label = shared(p.name) ? `${p.name} (${p.file})` : p.name;
    const planRows = p.compared
      ? pairRows(label, p.newMoney, unit, lang, consolidation.years)
      : [[label, kt(lang, 'notCompared'), ...years.map(() => ''), '']];
    rows.push(...planRows);
    groups.push(planRows.length);
  }
  rows.push(...pairRows(kt(lang, 'allPlans'), consolidation.total, unit, lang, consolidation.years));
  const { measuresNotRead, economyPlanNotRead } = consolidation.total;
  // A year no economy plan line has an amount for is shown – as well, for its own reason (economy-plan-year-empty).
  const empty = consolidation.economyPlan.yearsEmpty ?? [];
  const notRead = measuresNotRead !== undefined || (economyPlanNotRead ?? []).some((y) => !empty.includes(y));
  const emptyText = kt(lang, 'newMoneyYearsEmpty', { years: listText(empty, lang) });
  groups.push(3);
  return [
    { kind: 'heading', level: 2, text: kt(lang, 'newMoneyTitle') },
    { kind: 'paragraph', text: kt(lang, 'newMoneyNote') },
    ...(notRead ? [{ kind: 'paragraph' as const, text: kt(lang, 'newMoneyNotRead'), tone: 'warning' as const }] : []),
    ...(empty.length > 0 ? [{ kind: 'paragraph' as const, text: emptyText, tone: 'warning' as const }] : []),
    {
      kind: 'table',
      headers: [kt(lang, 'plan'), kt(lang, 'what'), ...years, 'Sum'],
      rows,
      numeric: [...years.map((_, i) => i + 2), years.length + 2],
      // Each plan's rows under its name, for a screen reader too (the name is on the first row only).
      rowGroups: groups,
    },
  ];
}

/** The cells an item is about, with their files («op.xlsx: Økonomiplan!C5»); '' without one. */
function itemCell(item: ConsolidationItem, file: string): string {
  const cell = item.cells.plan ?? item.cells.economyPlan;
  // A Toleranse differing (tolerance-differs) is typed in the plan too: its cell first, in its file (the ref).
  const own = item.cells.measures;
  return [own && fileAddress(item.ref, own), cell && fileAddress(file, cell)].filter((c) => c).join(', ');
}

function itemBlocks(c: ConsolidatedCheck, lang: Lang, unit: Unit): Block[] {
  const { items, years } = c.consolidation;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: kt(lang, 'itemsTitle') }];
  // The classes of the comparisons of amounts: an item about a plan as a whole (a period, a Toleranse) is none.
  const compared = items.filter((i) => !isPlanItem(i));
  const counts = CLASS_ORDER.map((cls) => [
    reconciliationClassLabel(cls, lang),
    String(compared.filter((i) => i.class === cls).length),
  ]).filter(([, n]) => n !== '0');
  if (counts.length > 0)
    blocks.push({
      kind: 'table',
      headers: [kt(lang, 'class'), summaryText(lang).count],
      rows: counts,
      numeric: [1],
      rowHeaders: true,
    });
  const listed = SEVERITIES.flatMap((s) => items.filter((i) => i.severity === s && i.class !== 'match'));
  // Lines no plan claims left out for the economy plan's year headers: said, not «every line belongs to a plan».
  if (c.consolidation.heldBack?.lines === true)
    blocks.push({ kind: 'paragraph', text: kt(lang, 'linesHeld'), tone: 'warning' });
  if (listed.length === 0 && c.consolidation.heldBack?.lines === true) return blocks;
  if (listed.length === 0) return [...blocks, { kind: 'paragraph', text: kt(lang, 'itemsNone'), tone: 'ok' }];
  blocks.push({
    kind: 'table',
    headers: [
      kt(lang, 'severity'),
      kt(lang, 'class'),
      kt(lang, 'comparison'),
      kt(lang, 'plan'),
      kt(lang, 'ref'),
      kt(lang, 'year'),
      kt(lang, 'cell'),
      kt(lang, 'difference'),
      kt(lang, 'explanation'),
    ],
    // An item about a plan as a whole has no class and no Avvik to show (an «Avvik 0» would read as a money
    // gap): Sammenligning and Forklaring say what it is.
    rows: listed.map((i) => [
      severityLabel(i.severity, lang),
      isPlanItem(i) ? '' : reconciliationClassLabel(i.class, lang),
      consolidationCodeLabel(i.code, lang),
      i.plan ?? '',
      i.ref,
      // As one plan's report: a line of the whole period shows its Finansieringskilde in the year's place.
      i.year === undefined ? (i.source ?? '') : String(i.year),
      // The cell «Avstemming planer» links (a Plan cell naming no plan of the check, else the line's), named with
      // the economy plan's file as each plan's part names it: every plan has an Økonomiplan sheet of its own.
      itemCell(i, c.consolidation.economyPlan.file),
      isPlanItem(i) ? '' : formatAmount(i.difference, unit),
      explainConsolidation(i, lang, unit, years, c.consolidation.economyPlan.file),
    ]),
    numeric: [7],
    tones: listed.map((i) => i.severity),
  });
  const matches = items.length - listed.length;
  if (matches > 0) blocks.push({ kind: 'paragraph', text: kt(lang, 'matchesHidden', { count: matches }) });
  return blocks;
}

/** The economy plan workbook's own findings as listed (a row's amount-precision ones one line, SPEC §8 as built). */
const economyListed = (c: ConsolidatedCheck, lang: Lang) =>
  listedOf(c.economyFindings ?? [], c.economyIssues, c.consolidation.economyPlan.unit, lang);

/** The economy plan workbook's own findings, as the plans' are listed (a row's amount-precision ones one line). */
function issueBlocks(c: ConsolidatedCheck, lang: Lang): Block[] {
  const issues = economyListed(c, lang);
  if (issues.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: kt(lang, 'economyIssuesTitle') },
    {
      kind: 'table',
      headers: [kt(lang, 'severity'), kt(lang, 'cell'), kt(lang, 'explanation')],
      // The cell is in the economy plan workbook, not in the plans above: named with its file.
      rows: issues.map((i) => [
        severityLabel(i.severity, lang),
        fileAddress(i.file, (i.cells ?? [i.cell]).map((cell) => `${i.sheet}!${cell}`).join(', ')),
        i.message,
      ]),
      tones: issues.map((i) => i.severity),
    },
  ];
}

/**
 * The plans with errors of their own, in their sheets or in their reconciliation against the economy plan, and how
 * many in all: the consolidated verdict counts them, so it never says «Ingen feil» over a plan that fails the run
 * (SPEC §15: exit status is the worst of all, exitOf). Each kind its own sentence, naming its plans. Plans of one
 * Plannavn are told apart by their files, as in the new money table.
 */
function planErrors(c: ConsolidatedCheck, lang: Lang): { count: number; text: string } {
  const { plans } = c.consolidation;
  const shared = (name: string) => plans.filter((q) => q.name === name).length > 1;
  const counted = (key: 'sheetErrorsCounted' | 'plansErrorsCounted', errorsOf: (r: CheckResult) => number) => {
    const named: string[] = [];
    let count = 0;
    c.results.forEach((r, i) => {
      const plan = plans[i];
      const errors = errorsOf(r);
      if (plan === undefined || errors === 0) return;
      count += errors;
      const name = shared(plan.name) ? `${plan.name} (${plan.file})` : plan.name;
      named.push(kt(lang, 'quotedPlan', { plan: name }));
    });
    const text =
      count === 0 ? '' : ` ${kt(lang, key, { count, plans: listText(named, lang), planCount: named.length })}`;
    return { count, text };
  };
  const sheets = counted('sheetErrorsCounted', (r) => countSeverities(r.report.issues).errors);
  const reconciliation = counted('plansErrorsCounted', (r) => countSeverities(r.report.reconciliation).errors);
  return { count: sheets.count + reconciliation.count, text: `${sheets.text}${reconciliation.text}` };
}

/**
 * «Samlet: …» and the verdict: the consolidation's items, the economy plan workbook's own findings as listed below
 * (a line of several counts once, as every count beside a list; errors are never grouped, so the exit status agrees)
 * and each plan's own errors, in its sheets and its reconciliation against the economy plan (planErrors; its warnings
 * and matches stay in its own line). Its infos are «merknader», not «i samsvar»; the sentences after say which findings are counted from
 * elsewhere.
 */
function totalLine(c: ConsolidatedCheck, lang: Lang): { text: string; errors: number } {
  const { errors, warnings, infos } = c.consolidation.summary;
  const listed = economyListed(c, lang);
  const own = countSeverities(listed);
  const fromPlans = planErrors(c, lang);
  const all = {
    errors: errors + own.errors + fromPlans.count,
    warnings: warnings + own.warnings,
    infos,
    notes: own.infos,
  };
  const counted = listed.length > 0 ? ` ${kt(lang, 'economyCounted', { count: listed.length })}` : '';
  const verdict = kt(lang, all.errors > 0 ? 'verdictErrors' : 'verdictOk');
  return { text: `${kt(lang, 'summaryLine', all)}.${counted}${fromPlans.text} ${verdict}`, errors: all.errors };
}

/** The consolidated part of the report, amounts in the economy plan's unit. */
export function consolidationDocument(c: ConsolidatedCheck, lang: Lang): ReportDocument {
  const { consolidation } = c;
  const unit = consolidation.economyPlan.unit;
  const years = consolidation.years;
  const summary = totalLine(c, lang);
  // Only the plans reconciled count as such: one of another period (or a Plannavn taken) was not (its own item says so).
  const compared = consolidation.plans.filter((p) => p.compared);
  const ignored = compared.filter((p) => p.ownLinesIgnored > 0);
  const title = `${kt(lang, 'title')} — ${consolidation.economyPlan.file}`;
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'paragraph', text: kt(lang, 'economyPlanFile', { file: consolidation.economyPlan.file }) },
    {
      kind: 'paragraph',
      text: `${years[0] ?? ''}–${years[years.length - 1] ?? ''} · ${kt(lang, 'amountsIn', { unit })}`,
    },
    { kind: 'paragraph', text: kt(lang, 'plansChecked', { count: compared.length }) },
    ...ignored.map((p): Block => ({
      kind: 'paragraph',
      text: kt(lang, 'ownSheetIgnored', {
        file: p.file,
        count: p.ownLinesIgnored,
        economyPlan: consolidation.economyPlan.file,
      }),
    })),
    { kind: 'paragraph', text: summary.text, tone: summary.errors > 0 ? 'error' : 'ok' },
    ...newMoneyBlocks(c, lang, unit),
    ...frameBlocks(consolidation, lang, unit),
    ...itemBlocks(c, lang, unit),
    ...issueBlocks(c, lang),
  ];
  return { title, blocks };
}
