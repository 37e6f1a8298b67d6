/**
 * `tiltaksplan check FILE.xlsx...`: validation, totals and reconciliation of each file, reported as text,
 * JSON or HTML; with --write the Sammendrag and Avstemming sheets go into a copy (or the file, --in-place).
 * Every input is opened before anything is written, so one unreadable file means nothing is written.
 */
import {
  CHECK_SCOPE,
  checkSnapshot,
  planReconciliation,
  planSummary,
  type CheckResult,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { explainReconciliation, renderFinding } from '../../i18n';
import { cliText } from '../../i18n/cli';
import { cliHelp } from '../../i18n/cliHelp';
import { isLang } from '../../i18n/lang';
import { htmlReport } from '../../report/htmlReport';
import { renderJson } from '../../report/json';
import { reportDocument } from '../../report/reportDocument';
import { renderText } from '../../report/text';
import type { XlsxWorkbook } from '../../workbook/xlsx';
import { saveXlsxFile, writeFileAtomic } from '../../workbook/xlsx/nodeFile';
import { parseArgs, type UsageError } from '../args';
import { checkedCopyName, openOrExplain, printUsage, refuseExisting, resolvePath } from '../files';
import { readOrExplain } from '../readBook';
import { EXIT, type CliIo, type Command } from '../io';
import { startProgress } from '../progress';

export const help = cliHelp('check');

type Format = 'text' | 'json' | 'html';

interface CheckOptions {
  readonly files: readonly string[];
  readonly format: Format;
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly write: boolean;
  readonly inPlace: boolean;
}

const SPEC = { format: 'string', out: 'string', lang: 'string', write: 'boolean', 'in-place': 'boolean' } as const;

function options(args: readonly string[]): CheckOptions | UsageError | 'help' {
  const parsed = parseArgs(args, SPEC, 'check');
  if (!parsed.ok) return parsed.error;
  const { positionals: files, strings, flags } = parsed.args;
  if (parsed.args.help) return 'help';
  const lang = strings.lang ?? 'nb';
  if (!isLang(lang))
    return { key: 'badValue', params: { name: '--lang', value: lang, expected: cliText('expected.lang', 'nb') } };
  const format = strings.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'html') {
    return { key: 'badValue', params: { name: '--format', value: format, expected: cliText('expected.format', lang) } };
  }
  if (files.length === 0) return { key: 'missingFile', params: { command: 'check' } };
  const write = flags.has('write');
  const inPlace = flags.has('in-place');
  if (inPlace && !write) return { key: 'inPlaceWithoutWrite', params: {} };
  if (inPlace && strings.out !== undefined) return { key: 'inPlaceWithOut', params: {} };
  if (write && strings.out !== undefined && files.length > 1) return { key: 'outWithSeveral', params: {} };
  return { files, format, out: strings.out, lang, write, inPlace };
}

/** Check one snapshot, with messages in `lang`. */
export function checkWorkbook(snapshot: WorkbookSnapshot, file: string, lang: Lang, currentYear: number): CheckResult {
  return checkSnapshot(snapshot, {
    file,
    defaultStartYear: currentYear + 1,
    render: (f, unit) => renderFinding(f, lang, unit),
  });
}

/** Write Sammendrag and Avstemming into the workbook (in memory). */
export async function applyCheckSheets(
  wb: XlsxWorkbook,
  snapshot: WorkbookSnapshot,
  result: CheckResult,
  lang: Lang,
): Promise<void> {
  const unit = result.plan.settings.unit;
  await wb.apply([
    ...planSummary(result.plan, result.report.totals),
    ...planReconciliation(result.report.reconciliation, result.plan, snapshot, (item) =>
      explainReconciliation(item, lang, unit),
    ),
  ]);
}

function renderReports(results: readonly CheckResult[], o: CheckOptions): string {
  if (o.format === 'json')
    return renderJson(
      results.map((r) => r.report),
      results.length > 1,
    );
  if (o.format === 'html') return htmlReport(results, o.lang);
  return results.map((r) => renderText(reportDocument(r, o.lang))).join('\n');
}

/** Where --write puts a file's result, or null (after saying why) when that would write over a file. */
function writeTarget(io: CliIo, file: string, o: CheckOptions): string | null {
  if (o.inPlace) return file;
  const target = o.out ?? checkedCopyName(file);
  return refuseExisting(io, target, o.lang) ? null : target;
}

interface Opened {
  readonly wb: XlsxWorkbook;
  readonly snapshot: WorkbookSnapshot;
}

/** Opens and reads (what a check needs of) every file before anything is written. */
async function openAll(io: CliIo, o: CheckOptions): Promise<Opened[] | null> {
  const progress = startProgress(io, o.files.length);
  const opened: (Opened | null)[] = [];
  for (const [i, file] of o.files.entries()) {
    progress.update(i, file);
    const wb = await openOrExplain(io, file, o.lang);
    const snapshot = wb && (await readOrExplain(io, file, wb, { scope: CHECK_SCOPE }, o.lang));
    opened.push(wb && snapshot ? { wb, snapshot } : null);
  }
  progress.finish();
  return opened.every((x): x is Opened => x !== null) ? opened : null;
}

export const run: Command = async (args, io) => {
  const o = options(args);
  if (o === 'help') {
    io.stdout(help);
    return EXIT.ok;
  }
  if ('key' in o) {
    printUsage(io, o);
    return EXIT.usage;
  }
  const books = await openAll(io, o);
  if (books === null) return EXIT.usage;
  const targets = o.write ? o.files.map((f) => writeTarget(io, f, o)) : [];
  if (targets.some((t) => t === null)) return EXIT.usage;
  // A report may replace an earlier report, never one of the workbooks it reports on.
  const outIsInput = o.out !== undefined && o.files.some((f) => resolvePath(io, f) === resolvePath(io, o.out ?? ''));
  if (!o.write && outIsInput && refuseExisting(io, o.out ?? '', o.lang)) return EXIT.usage;

  const results: CheckResult[] = [];
  for (const [i, { wb, snapshot }] of books.entries()) {
    const file = o.files[i] ?? '';
    const result = checkWorkbook(snapshot, file, o.lang, io.currentYear);
    results.push(result);
    const target = targets[i];
    if (o.write && target) {
      await applyCheckSheets(wb, snapshot, result, o.lang);
      await saveXlsxFile(wb, resolvePath(io, target));
      io.stderr(`${cliText('checkWritten', o.lang, { file: target })}\n`);
    }
  }
  const text = renderReports(results, o);
  if (!o.write && o.out !== undefined) {
    await writeFileAtomic(resolvePath(io, o.out), text);
    io.stderr(`${cliText('reportWritten', o.lang, { file: o.out })}\n`);
  } else {
    io.stdout(text);
  }
  return results.some((r) => r.report.summary.errors > 0) ? EXIT.findings : EXIT.ok;
};
