/**
 * What `check` writes and where, decided before anything is written (one refused target, or one user cell
 * in the way, means nothing is written): a report never goes over a workbook or over one of the inputs, a
 * --write copy is always a new file, --in-place replaces only a file that can keep what it is (writable,
 * its mode, one name), and Sammendrag and Avstemming never go over a cell that is not the product's.
 */
import path from 'node:path';
import {
  combinePlans,
  type comparedElsewhere,
  planReconciliation,
  planSummary,
  type CheckResult,
  type FormulaValue,
  type Lang,
  type WorkbookSnapshot,
  type WritePlan,
} from '../../domain';
import { reconciliationSheetText, summaryText } from '../../i18n/sheets';
import { cliText } from '../../i18n/cliCommand';
import { fileText } from '../../i18n/cliFiles';
import { listText } from '../../i18n/listText';
import { blockedText } from '../../i18n/userCells';
import { userFormulasText } from '../../i18n/userFormulas';
import { rowsShownLines } from '../../i18n/rowsShown';
import { keptBelowLines } from '../../i18n/keptBelow';
import type { WriteMode } from '../../workbook/safeWrite';
import { UnreadableWorkbookError, type XlsxWorkbook } from '../../workbook/xlsx';
import { unreadableText } from '../../i18n/unreadable';
import { protectionText } from '../../i18n/protection';
import { WorkbookProtectedError } from '../../workbook/port';
import { canWrite } from '../write';
import { checkedCopyName, copyExtension } from '../workbookNames';
import { isOccupied, sameFile } from '../paths';
import { saveAllOrExplain } from '../saveAll';
import type { CliIo } from '../io';
import { anchorLines, anchorsLeftBehind, watchAnchors } from './checkAnchors';

export interface WriteTarget {
  readonly file: string;
  readonly mode: WriteMode;
}

interface TargetOptions {
  readonly files: readonly string[];
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly inPlace: boolean;
}

const say = (io: CliIo, line: string): false => {
  io.stderr(`${line}\n`);
  return false;
};

/** The line that names a workbook whose protection refused a write, the sheets and what to do. */
export const protectedLine = (file: string, e: WorkbookProtectedError, lang: Lang): string =>
  `${file}: ${protectionText(e.conflict.added, e.conflict.protected, lang, e.conflict.locked, e.conflict.tables)}`;

/** The file each input's --write result goes to: the input itself with --in-place, else its copy. */
const targetsOf = (o: TargetOptions): WriteTarget[] =>
  o.files.map((file) =>
    o.inPlace ? { file, mode: 'replace' } : { file: o.out ?? checkedCopyName(file), mode: 'new' },
  );

/**
 * With several files, after a refusal of one said why: that none was saved (all or none, saveAll.ts), naming them,
 * so that she does not take the others for saved (review r24). False, as `say`.
 */
const noneSaved = (io: CliIo, o: TargetOptions): false =>
  o.files.length > 1 &&
  say(
    io,
    fileText('noneWritten', o.lang, {
      files: listText(
        targetsOf(o).map((t) => t.file),
        o.lang,
      ),
    }),
  );

/** The file each input's --write result goes to, or null after saying why one of them cannot be written. */
export async function writeTargets(io: CliIo, o: TargetOptions): Promise<WriteTarget[] | null> {
  const targets = targetsOf(o);
  for (const [i, t] of targets.entries()) {
    const input = o.files[i] ?? '';
    const ext = copyExtension(input);
    if (o.out !== undefined && !o.inPlace && path.extname(t.file).toLowerCase() !== ext)
      return say(io, fileText('copyExtension', o.lang, { file: t.file, ext, input })) || null;
    const twice = targets.slice(0, i).some((u) => sameFile(io, u.file, t.file));
    if (twice) return say(io, fileText('sameTarget', o.lang, { file: t.file })) || null;
  }
  // The copy of an earlier --write (the plan corrected and checked again): check has no name to choose for it,
  // so the way on is said — remove it, name another with --out, or write into the workbook with --in-place.
  const left = o.inPlace || o.out !== undefined ? undefined : targets.find((t) => isOccupied(io, t.file));
  if (left) return say(io, cliText('checkedCopyExists', o.lang, { file: left.file })) || null;
  for (const t of targets) if (!(await canWrite(io, t.file, t.mode, o.lang))) return null;
  return targets;
}

/** A plan's Avstemming written by a consolidation (SPEC §15): what its rows no item took are told by. */
export interface ConsolidatedWrite {
  /** The economy plan workbook the plan was reconciled against, as its kept rows name it. */
  readonly file: string;
  /** The Refs of the economy plan lines its items come from (ConsolidatedCheck.lineRefs); by default its own. */
  readonly lines?: readonly string[];
  /** Whether a row no item took is the plan's own check's item (comparedElsewhere). */
  readonly elsewhere?: ReturnType<typeof comparedElsewhere>;
}

/** Sammendrag and Avstemming for one checked workbook, or the user's cells in their way. */
export function planCheckSheets(
  snapshot: WorkbookSnapshot,
  result: CheckResult,
  lang: Lang,
  /** False: Sammendrag only (a plan a consolidation did not reconcile keeps its Avstemming as it was). */
  reconciled = true,
  consolidated?: ConsolidatedWrite,
): WritePlan {
  const unit = result.plan.settings.unit;
  const summary = planSummary(result.plan, result.report.totals, snapshot, summaryText(lang));
  if (!reconciled) return summary;
  const lines = consolidated?.lines;
  return combinePlans([
    summary,
    planReconciliation(
      result.report.reconciliation,
      result.plan,
      snapshot,
      reconciliationSheetText(lang, unit, consolidated?.file),
      result.report.yearsHeld ?? [],
      lines === undefined ? undefined : new Set(lines),
      // In a consolidation a row it wrote itself is not «elsewhere»: only what the plan's own check makes is.
      consolidated === undefined ? undefined : (consolidated.elsewhere ?? (() => undefined)),
    ),
  ]);
}

/**
 * What is said once a workbook is saved: `said`, else that Sammendrag and Avstemming were written; then the formulas
 * of the user's own columns of the item table it wrote, which went in as the values they showed (userFormulas.ts).
 */
export function writtenLine(
  file: string,
  lang: Lang,
  formulas: readonly FormulaValue[],
  said?: string,
  /** The plan written: the rows its Avstemming kept below the items are named, where and how many (review r41). */
  plan?: WritePlan,
): string {
  const line = said ?? cliText('checkWritten', lang, { file });
  const note = userFormulasText(formulas, lang);
  const kept = keptBelowLines(plan?.ok ? (plan.keptBelow ?? []) : [], lang);
  return [line, ...(note === null ? [] : [note]), ...kept].join(`\n${file}: `);
}

/** Writes Sammendrag and Avstemming into the workbook (in memory) unless a user's cell is in the way. */
export async function applyCheckSheets(
  wb: XlsxWorkbook,
  snapshot: WorkbookSnapshot,
  result: CheckResult,
  lang: Lang,
): Promise<WritePlan> {
  const plan = planCheckSheets(snapshot, result, lang);
  if (plan.ok) await wb.apply(plan.edits);
  return plan;
}

/**
 * Applies each workbook's plan and saves it to its target, all or none; nothing at all when a plan is blocked (each
 * blocked file is named with its cells). False after a refusal or a failed save (said why, and which were saved).
 */
export async function writeChecked(
  io: CliIo,
  books: readonly XlsxWorkbook[],
  plans: readonly WritePlan[],
  targets: readonly WriteTarget[],
  o: TargetOptions,
  /** What to say once a workbook is saved, when not that Sammendrag and Avstemming were written. */
  written: (i: number, file: string) => string | undefined = () => undefined,
): Promise<boolean> {
  // A password to modify: Excel lets her save a copy (Lagre som), never over the file — so --write, not --in-place.
  const reservedInPlace = (wb: XlsxWorkbook, i: number): boolean => targets[i]?.mode === 'replace' && wb.writeReserved;
  plans.forEach((p, i) => {
    if (!p.ok) say(io, `${o.files[i] ?? ''}: ${blockedText(p.blocked, o.lang)}`);
  });
  books.forEach((wb, i) => {
    if (wb.strict) say(io, `${o.files[i] ?? ''}: ${cliText('strictNotWritten', o.lang)}`);
    else if (wb.backslashNames) say(io, `${o.files[i] ?? ''}: ${cliText('backslashNotWritten', o.lang)}`);
    else if (reservedInPlace(wb, i)) say(io, `${o.files[i] ?? ''}: ${cliText('reservedNotWritten', o.lang)}`);
  });
  if (plans.some((p) => !p.ok) || books.some((wb, i) => wb.strict || wb.backslashNames || reservedInPlace(wb, i)))
    return noneSaved(io, o);
  // Every workbook is edited (in memory) before any is saved: a part that refuses to be parsed only when it
  // is edited (a DOCTYPE in [Content_Types].xml) is said like an unreadable file, and nothing is written. A
  // workbook whose protection forbids the write (a sheet added to a locked structure, a protected sheet) is
  // refused before it is edited, each such workbook named, and nothing is written either.
  let protectedBook = false;
  const leftBehind: string[][] = [];
  for (const [i, wb] of books.entries()) {
    const plan = plans[i];
    if (!plan?.ok) continue;
    const file = o.files[i] ?? '';
    try {
      // A link or note on a row of Avstemming that gets another item stays at its address: named (checkAnchors.ts).
      const watch = await watchAnchors(wb);
      await wb.apply(plan.edits);
      const left = watch ? await anchorsLeftBehind(wb, watch) : [];
      // A filter she set on Avstemming, or rows she hid in it, went so that no item is hidden: said (SPEC §10).
      const shown = rowsShownLines(wb.rowsShown(), o.lang).map((line) => `${file}: ${line}`);
      leftBehind[i] = [...shown, ...anchorLines(file, left, o.lang)];
    } catch (e) {
      if (e instanceof WorkbookProtectedError) {
        protectedBook = say(io, protectedLine(file, e, o.lang)) || true;
        continue;
      }
      if (!(e instanceof UnreadableWorkbookError)) throw e;
      return say(io, cliText('unreadable', o.lang, { file, reason: unreadableText(e, o.lang) })) || noneSaved(io, o);
    }
  }
  if (protectedBook) return noneSaved(io, o);
  // All or none (saveAll.ts): every workbook is staged beside its target before any takes its name.
  const saving = books.flatMap((wb, i) => {
    const target = targets[i];
    return plans[i]?.ok && target ? [{ wb, file: target.file, mode: target.mode, i }] : [];
  });
  return saveAllOrExplain(io, saving, o.lang, (k) => {
    const { file, i } = saving[k] ?? { file: '', i: -1 };
    io.stderr(`${written(i, file) ?? cliText('checkWritten', o.lang, { file })}\n`);
    for (const line of leftBehind[i] ?? []) io.stderr(`${line}\n`);
  });
}

/**
 * --write for the inputs at `kept` (the others are no plans: nothing is written into them): their targets judged
 * first (null when one is refused, nothing written), then each written as writeChecked does. `books`, `plans` and
 * `written`'s index follow `o.files`, every input.
 */
export async function writeKept(
  io: CliIo,
  o: TargetOptions,
  kept: readonly number[],
  books: readonly XlsxWorkbook[],
  plans: readonly (WritePlan | undefined)[],
  written: (i: number, file: string) => string | undefined = () => undefined,
): Promise<boolean | null> {
  const files = kept.map((i) => o.files[i] ?? '');
  const targets = await writeTargets(io, { ...o, files });
  if (targets === null) return noneSaved(io, { ...o, files }) || null;
  const pick = <T>(xs: readonly (T | undefined)[]): T[] =>
    kept.flatMap((i) => (xs[i] === undefined ? [] : [xs[i] as T]));
  return writeChecked(io, pick(books), pick(plans), targets, { ...o, files }, (k, file) =>
    written(kept[k] ?? -1, file),
  );
}
