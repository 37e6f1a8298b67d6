/**
 * `tiltaksplan check PLAN.xlsx... --economy-plan OKONOMIPLAN.xlsx` (SPEC §15): every plan reconciled against
 * one economy plan workbook instead of its own Økonomiplan sheet, and the consolidated part of the report.
 * With --write each plan gets its Sammendrag and Avstemming as in a plain check, and the economy plan
 * workbook (a copy, or the file with --in-place) the sheet «Avstemming planer». Every input is opened and
 * every target judged before anything is written.
 */
import {
  checkConsolidated,
  comparedElsewhere,
  consolidationFormulaValues,
  CONSOLIDATION_SHEET,
  planConsolidationSheet,
  reconciliationFormulaValues,
  type CheckResult,
  type ConsolidatedCheck,
  type Lang,
  type WorkbookSnapshot,
  type WritePlan,
} from '../../domain';
import { renderFinding } from '../../i18n';
import { consolidationSheetText, kt } from '../../i18n/consolidation';
import { cliText } from '../../i18n/cliCommand';
import { CLI_FINDINGS } from '../../i18n/findingsCli';
import { consolidationDocument } from '../../report/consolidationDocument';
import { renderConsolidatedJson } from '../../report/consolidationJson';
import type { ReportDocument } from '../../report/document';
import { renderHtml } from '../../report/html';
import { reportDocument } from '../../report/reportDocument';
import { renderText } from '../../report/text';
import type { XlsxWorkbook } from '../../workbook/xlsx';
import { openOrExplain } from '../openBook';
import { sameFile } from '../paths';
import { writeOrExplain } from '../write';
import { readOrExplain } from '../readBook';
import { hiddenSheetLines } from './hiddenSheets';
import { EXIT, type CliIo } from '../io';
import { refuseReportName, reportTargetOk } from '../reportTarget';
import { planCheckSheets, writeKept, writtenLine } from './checkWrite';

interface Options {
  readonly files: readonly string[];
  readonly format: 'text' | 'json' | 'html';
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly write: boolean;
  readonly inPlace: boolean;
  readonly economyPlan: string;
}

/**
 * A plan's own report, saying first that it was not reconciled (another period, a Plannavn taken: its empty
 * reconciliation is no «everything matches»), or else that its own Økonomiplan sheet was not used.
 */
function planDocument(r: CheckResult, c: ConsolidatedCheck, i: number, lang: Lang): ReportDocument {
  const p = c.consolidation.plans[i];
  const doc = reportDocument(r, lang, { notReconciled: p?.compared === false });
  if (!p || (p.compared && p.ownLinesIgnored === 0)) return doc;
  const economyPlan = c.consolidation.economyPlan.file;
  const note = p.compared
    ? kt(lang, 'ownSheetIgnored', { file: p.file, count: p.ownLinesIgnored, economyPlan })
    : kt(lang, 'planNotCompared', { file: p.file, economyPlan });
  const [title, ...rest] = doc.blocks;
  return { ...doc, blocks: [...(title ? [title] : []), { kind: 'paragraph', text: note }, ...rest] };
}

/** The plans' reports and the consolidated part, in the chosen format. */
export function renderConsolidated(c: ConsolidatedCheck, format: Options['format'], lang: Lang): string {
  if (format === 'json') return renderConsolidatedJson(c);
  const docs = [...c.results.map((r, i) => planDocument(r, c, i, lang)), consolidationDocument(c, lang)];
  if (format === 'html') return renderHtml(docs, lang, kt(lang, 'title'));
  return docs.map(renderText).join('\n');
}

/** Exit status: the worst of all (SPEC §15). */
export function exitOf(c: ConsolidatedCheck): number {
  const errors =
    c.results.some((r) => r.report.summary.errors > 0) ||
    c.consolidation.summary.errors > 0 ||
    c.economyIssues.some((i) => i.severity === 'error');
  return errors ? EXIT.findings : EXIT.ok;
}

async function openAll(
  io: CliIo,
  files: readonly string[],
  lang: Lang,
  inPlace: boolean,
): Promise<XlsxWorkbook[] | null> {
  const opened: (XlsxWorkbook | null)[] = [];
  for (const file of files) opened.push(await openOrExplain(io, file, lang, inPlace));
  return opened.every((wb): wb is XlsxWorkbook => wb !== null) ? opened : null;
}

/** Each plan's Sammendrag and Avstemming, then the economy plan's «Avstemming planer». */
function writePlans(
  checked: ConsolidatedCheck,
  snapshots: readonly WorkbookSnapshot[],
  economy: WorkbookSnapshot | undefined,
  lang: Lang,
): WritePlan[] {
  const k = checked.consolidation;
  // Its items name their economy plan cells with the economy plan's file, as text (sheets/reconciliation.ts).
  // A row she accepted in the plan's own check for an item compared elsewhere in this run is told so, not to go.
  const plans: WritePlan[] = checked.results.map((r, i) => {
    const own = checked.ownChecks?.[i];
    const lines = checked.lineRefs?.[i];
    return planCheckSheets(snapshots[i] ?? { sheets: [], tables: [] }, r, lang, k.plans[i]?.compared !== false, {
      file: k.economyPlan.file,
      ...(lines === undefined ? {} : { lines }),
      ...(own === undefined ? {} : { elsewhere: comparedElsewhere(own, k.items, k.plans[i]?.name ?? '') }),
    });
  });
  const texts = consolidationSheetText(lang, k.economyPlan.unit, k.years, k.economyPlan.file);
  // The tables whose year headers held items back, over the plans: a kept row of «Avstemming planer» may wait for them.
  const held = [...new Set(checked.results.flatMap((r) => r.report.yearsHeld ?? []))];
  // A line she accepted here that now belongs to a plan is compared on its Avstemming: her row says so.
  const items = checked.results.flatMap((r, i) => {
    const p = k.plans[i];
    return p?.compared === true ? [{ plan: p.name, items: r.report.reconciliation }] : [];
  });
  plans.push(planConsolidationSheet(k, economy ?? { sheets: [], tables: [] }, texts, held, items));
  return plans;
}

/** The indices of the files given as plans that are no plan (not-a-plan): nothing is written into them. */
function notPlans(c: ConsolidatedCheck): Set<number> {
  const files = new Set(c.consolidation.items.flatMap((i) => (i.code === 'not-a-plan' ? [i.ref] : [])));
  return new Set(c.consolidation.plans.flatMap((p, i) => (files.has(p.file) ? [i] : [])));
}

/**
 * --write: each plan's sheets and the economy plan's «Avstemming planer», each file not a plan left alone (said
 * so). Null when a target is refused before anything is written; false after a refusal or a failed save.
 */
async function writeAll(
  io: CliIo,
  o: Options,
  checked: ConsolidatedCheck,
  books: readonly XlsxWorkbook[],
  snapshots: readonly WorkbookSnapshot[],
): Promise<boolean | null> {
  const all = [...o.files, o.economyPlan];
  const skipped = notPlans(checked);
  for (const i of skipped) io.stderr(`${kt(o.lang, 'notAPlanNotWritten', { file: all[i] ?? '' })}\n`);
  const kept = all.flatMap((_, i) => (skipped.has(i) ? [] : [i]));
  const plans = writePlans(checked, snapshots, snapshots[snapshots.length - 1], o.lang);
  // Formulas in a column she added to «Avstemming planer» or to a plan's tblAvstemming went in as their values: named.
  const said = (i: number, file: string) => {
    const snapshot = snapshots[i] ?? { sheets: [], tables: [] };
    if (i === o.files.length)
      return writtenLine(
        file,
        o.lang,
        consolidationFormulaValues(snapshot),
        kt(o.lang, 'economyPlanWritten', { sheet: CONSOLIDATION_SHEET, file }),
        plans[i],
      );
    return checked.consolidation.plans[i]?.compared === false
      ? kt(o.lang, 'summaryOnlyWritten', { file })
      : writtenLine(file, o.lang, reconciliationFormulaValues(snapshot), undefined, plans[i]);
  };
  return writeKept(io, { ...o, files: all }, kept, books, plans, said);
}

/**
 * A plan given twice (by one path, another spelling of it, or a link to it: as the safe-file checks compare
 * files), said in one line; false when every plan is given once. Counted twice it was told as two plans of one
 * Plannavn; counted once silently, a plan the user meant to give instead would be missing from «Alle planer»
 * unsaid: the command is refused as bad usage, before anything is read.
 */
function refuseRepeatedPlan(io: CliIo, o: Options): boolean {
  for (const [i, file] of o.files.entries()) {
    const first = o.files.slice(0, i).find((f) => sameFile(io, f, file));
    if (first === undefined) continue;
    const text =
      first === file
        ? kt(o.lang, 'planGivenTwice', { file })
        : kt(o.lang, 'planSameFile', { file: first, other: file });
    io.stderr(`${text}\n`);
    return true;
  }
  return false;
}

export async function runConsolidated(io: CliIo, o: Options): Promise<number> {
  if (refuseRepeatedPlan(io, o)) return EXIT.usage;
  const reportOut = o.write ? undefined : o.out;
  if (reportOut !== undefined && refuseReportName(io, reportOut, o.lang, false)) return EXIT.usage;
  const all = [...o.files, o.economyPlan];
  const books = await openAll(io, all, o.lang, o.write && o.inPlace);
  if (books === null) return EXIT.usage;
  if (reportOut !== undefined && !(await reportTargetOk(io, reportOut, { ...o, files: all }))) return EXIT.usage;

  // Every workbook read whole (the economy plan's «Avstemming planer» and every plan's sheets are written next
  // to the user's cells), and told like a file that cannot be opened when a sheet is past the reader's limits.
  const snapshots: WorkbookSnapshot[] = [];
  for (const [i, wb] of books.entries()) {
    const snapshot = await readOrExplain(io, all[i] ?? '', wb, undefined, o.lang);
    if (!snapshot) return EXIT.usage;
    snapshots.push(snapshot);
  }
  // A plan whose file is the economy plan too (as the safe-file checks compare files): its own sheet is the one used.
  const inputs = snapshots.map((wb, i) => {
    const file = all[i] ?? '';
    return { wb, file, isEconomyWorkbook: sameFile(io, file, o.economyPlan) };
  });
  const economy = inputs[inputs.length - 1];
  const checked = economy
    ? checkConsolidated(inputs.slice(0, -1), economy, {
        defaultStartYear: io.currentYear + 1,
        render: (f, unit) => renderFinding(f, o.lang, unit, CLI_FINDINGS),
      })
    : null;
  if (checked === null) {
    io.stderr(`${kt(o.lang, 'notEconomyPlan', { file: o.economyPlan })}\n`);
    return EXIT.usage;
  }
  checked.results.forEach((r, i) => {
    const wb = books[i];
    for (const line of wb ? hiddenSheetLines(wb, r, all[i] ?? '', o.lang) : []) io.stderr(`${line}\n`);
  });
  // A workbook given as a plan that is none (the economy plan itself, someone else's) gets nothing written into
  // it; only then are the targets judged (the economy plan given twice is one target), still before any write.
  const written = !o.write || (await writeAll(io, o, checked, books, snapshots));
  if (written === null) return EXIT.usage;
  const text = renderConsolidated(checked, o.format, o.lang);
  if (reportOut === undefined) io.stdout(text);
  else if (await writeOrExplain(io, reportOut, text, 'new-or-replace', o.lang))
    io.stderr(`${cliText('reportWritten', o.lang, { file: reportOut })}\n`);
  else return EXIT.usage;
  return written ? exitOf(checked) : EXIT.usage;
}
