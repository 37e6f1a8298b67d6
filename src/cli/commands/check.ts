/**
 * `tiltaksplan check FILE.xlsx...`: validation, totals and reconciliation of each file, reported as text,
 * JSON or HTML; with --write the Sammendrag and Avstemming sheets go into a copy (or the file, --in-place).
 * Every input is opened before anything is written, so one unreadable file means nothing is written.
 */
import {
  checkSnapshot,
  hasMeasureTable,
  reconciliationFormulaValues,
  type CheckResult,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { renderFinding } from '../../i18n';
import { cliText } from '../../i18n/cliCommand';
import { CLI_FINDINGS } from '../../i18n/findingsCli';
import { cliHelp } from '../../i18n/cliHelp';
import { htmlReport } from '../../report/htmlReport';
import { renderJson } from '../../report/json';
import { reportDocument } from '../../report/reportDocument';
import { renderText } from '../../report/text';
import type { XlsxWorkbook } from '../../workbook/xlsx';
import { argLang, badLang, parseArgs, reportFormat, type UsageError, printUsage } from '../args';
import { writeOrExplain } from '../write';
import { openAndRead } from '../readBook';
import { EXIT, type CliIo, type Command } from '../io';
import { startProgress } from '../progress';
import { refuseReportName, reportTargetOk } from '../reportTarget';
import { planCheckSheets, writeKept, writtenLine } from './checkWrite';
import { hiddenSheetLines } from './hiddenSheets';
import { runConsolidated } from './checkConsolidated';

export { applyCheckSheets } from './checkWrite';

/** The help text in bokmål (`tiltaksplan check --help` prints it in the language of `--lang`). */
export const help = cliHelp('check');

type Format = 'text' | 'json' | 'html';

interface CheckOptions {
  readonly files: readonly string[];
  readonly format: Format;
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly write: boolean;
  readonly inPlace: boolean;
  /** SPEC §15: the economy plan workbook every plan is reconciled against. */
  readonly economyPlan?: string;
}

const SPEC = {
  format: 'string',
  out: 'string',
  lang: 'string',
  write: 'boolean',
  'in-place': 'boolean',
  'economy-plan': 'string',
} as const;

function options(args: readonly string[], lang: Lang): CheckOptions | UsageError | 'help' {
  const parsed = parseArgs(args, SPEC, 'check');
  if (!parsed.ok) return parsed.error;
  const { positionals: files, strings, flags } = parsed.args;
  if (parsed.args.help) return 'help';
  const wrongLang = badLang(strings.lang, lang);
  if (wrongLang) return wrongLang;
  // With --write, --out names the checked copy, not the report.
  const format = reportFormat(strings.format, flags.has('write') ? undefined : strings.out);
  if (format !== 'text' && format !== 'json' && format !== 'html') {
    return { key: 'badValue', params: { name: '--format', value: format, expected: cliText('expected.format', lang) } };
  }
  if (files.length === 0) return { key: 'missingFile', params: { command: 'check' } };
  const write = flags.has('write');
  const inPlace = flags.has('in-place');
  if (inPlace && !write) return { key: 'inPlaceWithoutWrite', params: {} };
  if (inPlace && strings.out !== undefined) return { key: 'inPlaceWithOut', params: {} };
  const economyPlan = strings['economy-plan'];
  // With --economy-plan, --write writes two workbooks at least: --out cannot name both.
  if (write && strings.out !== undefined && (files.length > 1 || economyPlan !== undefined))
    return { key: 'outWithSeveral', params: {} };
  return { files, format, out: strings.out, lang, write, inPlace, ...(economyPlan ? { economyPlan } : {}) };
}

/** Check one snapshot, with messages in `lang`. */
export function checkWorkbook(snapshot: WorkbookSnapshot, file: string, lang: Lang, currentYear: number): CheckResult {
  return checkSnapshot(snapshot, {
    file,
    defaultStartYear: currentYear + 1,
    render: (f, unit) => renderFinding(f, lang, unit, CLI_FINDINGS),
  });
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
    // --write plans Sammendrag and Avstemming, which must see the user's cells there ('structure').
    opened.push(await openAndRead(progress.io, file, o.write ? 'structure' : 'check', o.lang, o.write && o.inPlace));
  }
  progress.finish();
  return opened.every((x): x is Opened => x !== null) ? opened : null;
}

/** What stderr says of a workbook that is no plan: an economy plan workbook, or any other. */
function notAPlanKey(r: CheckResult, write: boolean) {
  if (r.plan.layouts.economyPlan !== null) return write ? 'economyPlanNotAPlanNotWritten' : 'economyPlanNotAPlan';
  return write ? 'notAPlanNotWritten' : 'notAPlan';
}

export const run: Command = async (args, io) => {
  const lang = argLang(args);
  const o = options(args, lang);
  if (o === 'help') {
    io.stdout(cliHelp('check', lang));
    return EXIT.ok;
  }
  if ('key' in o) {
    printUsage(io, o, lang);
    return EXIT.usage;
  }
  if (o.economyPlan !== undefined) return runConsolidated(io, { ...o, economyPlan: o.economyPlan });
  const reportOut = o.write ? undefined : o.out;
  if (reportOut !== undefined && refuseReportName(io, reportOut, o.lang)) return EXIT.usage;
  const books = await openAll(io, o);
  if (books === null) return EXIT.usage;
  if (reportOut !== undefined && !(await reportTargetOk(io, reportOut, o))) return EXIT.usage;

  const results = books.map(({ snapshot }, i) => checkWorkbook(snapshot, o.files[i] ?? '', o.lang, io.currentYear));
  // A workbook with neither measure table (the wrong file, an old plan typed by hand) is no plan: said, with the
  // way in for an old plan, and with --write nothing is written into it (two generated sheets in someone else's
  // workbook help nobody). One with the economy plan table only is finance's workbook (SPEC §15): its way is
  // --economy-plan, since import would find no measures in it.
  const kept: number[] = [];
  results.forEach((r, i) => {
    const file = o.files[i] ?? '';
    if (hasMeasureTable(r.plan)) kept.push(i);
    else io.stderr(`${cliText(notAPlanKey(r, o.write), o.lang, { file })}\n`);
    const wb = books[i]?.wb;
    for (const line of wb ? hiddenSheetLines(wb, r, file, o.lang) : []) io.stderr(`${line}\n`);
  });
  const plans = results.map((r, i) =>
    o.write && kept.includes(i) && books[i] ? planCheckSheets(books[i].snapshot, r, o.lang) : undefined,
  );
  const written =
    !o.write ||
    (await writeKept(
      io,
      o,
      kept,
      books.map((b) => b.wb),
      plans,
      // Formulas in a column she added to tblAvstemming went in as their values, and rows kept below the items: named.
      (i, file) => {
        const snapshot = books[i]?.snapshot;
        return writtenLine(file, o.lang, snapshot ? reconciliationFormulaValues(snapshot) : [], undefined, plans[i]);
      },
    ));
  if (written === null) return EXIT.usage;
  const text = renderReports(results, o);
  if (reportOut === undefined) io.stdout(text);
  else if (await writeOrExplain(io, reportOut, text, 'new-or-replace', o.lang))
    io.stderr(`${cliText('reportWritten', o.lang, { file: reportOut })}\n`);
  else return EXIT.usage;
  if (!written) return EXIT.usage;
  return results.some((r) => r.report.summary.errors > 0) ? EXIT.findings : EXIT.ok;
};
