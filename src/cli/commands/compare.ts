/**
 * `tiltaksplan compare OLD.xlsx NEW.xlsx` or `compare FILE.xlsx --version-sheet "Versjon 1"`: what changed
 * from the older version of a plan to the newer (SPEC §14), as text, JSON or one printable HTML page. Both
 * workbooks are read before anything is written; an unreadable one means exit 2 and nothing written.
 */
import path from 'node:path';
import {
  comparePlans,
  findVersions,
  hasMeasureTable,
  hasSheetNamed,
  planVersion,
  readPlan,
  readVersion,
  rollMissingSettings,
  savedVersion,
  notFoundAgainst,
  newestVersionDate,
  orderDoubt,
  type ComparedVersion,
  type Lang,
  type WorkbookSnapshot,
} from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { renderFinding } from '../../i18n/findings';
import { CLI_FINDINGS } from '../../i18n/findingsCli';
import { compareCliText } from '../../i18n/compareCli';
import { cliHelp } from '../../i18n/cliHelp';
import { invalidAmountsWarning, orderWarning, periodUnsureWarning, rowsBelowWarning } from '../../i18n/compare';
import { renderCompare, type CompareFormat } from '../../report/compareReport';
import { argLang, badLang, parseArgs, reportFormat, type UsageError } from '../args';
import { printUsage, writeOrExplain } from '../files';
import { openAndRead } from '../readBook';
import { refuseReportName, reportTargetOk } from '../reportTarget';
import { EXIT, type CliIo, type Command } from '../io';

/** The help text in bokmål (`tiltaksplan compare --help` prints it in the language of `--lang`). */
export const help = cliHelp('compare');

interface Options {
  readonly files: readonly string[];
  readonly versionSheet: string | undefined;
  readonly format: CompareFormat;
  readonly out: string | undefined;
  readonly lang: Lang;
}

const SPEC = { format: 'string', out: 'string', lang: 'string', 'version-sheet': 'string' } as const;

type Refusal = 'help' | 'needTwo' | { readonly tooMany: readonly string[] };

function options(args: readonly string[], lang: Lang): Options | UsageError | Refusal {
  const parsed = parseArgs(args, SPEC, 'compare');
  if (!parsed.ok) return parsed.error;
  if (parsed.args.help) return 'help';
  const { positionals: files, strings } = parsed.args;
  const wrongLang = badLang(strings.lang, lang);
  if (wrongLang) return wrongLang;
  const format = reportFormat(strings.format, strings.out);
  if (format !== 'text' && format !== 'json' && format !== 'html')
    return { key: 'badValue', params: { name: '--format', value: format, expected: cliText('expected.format', lang) } };
  if (files.length > 2) return { tooMany: files };
  const versionSheet = strings['version-sheet'];
  if (files.length === 0 || (files.length === 1 && versionSheet === undefined)) return 'needTwo';
  return { files, versionSheet, format, out: strings.out, lang };
}

type Side = ComparedVersion;

/** Says, on stderr, which amount cells of a side count as 0 in the comparison (a #REF!, an uncalculated formula). */
function warnInvalid(io: CliIo, side: Side, lang: Lang): void {
  const key = side.isVersion ? 'versionInvalidAmounts' : 'cliInvalidAmounts';
  const warning = invalidAmountsWarning(lang, key, side.file, side.invalid);
  if (warning) io.stderr(`${warning}\n`);
}

/** Says, on stderr, which rows of a side lie under a table, outside it, and are not compared (review r42). */
function warnRowsBelow(io: CliIo, side: Side, lang: Lang): void {
  const warning = side.isVersion ? null : rowsBelowWarning(lang, 'cliRowsBelow', side.file, side.findings);
  if (warning) io.stderr(`${warning}\n`);
}

/** Says, on stderr, when a side's period may not be its workbook's (domain: read/periodDoubts.ts). */
function warnPeriod(io: CliIo, side: Side, lang: Lang): void {
  const warning = periodUnsureWarning(lang, 'cliPeriodUnsure', side.file, side.plan, side.period, CLI_FINDINGS);
  if (warning) io.stderr(`${warning}\n`);
}

/**
 * The workbook's own plan, or null (after saying why) when it has no measure table or its settings were not read:
 * from the defaults (next year, 4 years, «1000 kr») a plan in «mill kr» would be compared 1000 times too small and
 * over a made-up period — as roll and Lagre versjon refuse it (SPEC §11), compare takes it for unreadable input.
 */
function currentPlan(io: CliIo, snapshot: WorkbookSnapshot, file: string, lang: Lang): Side | null {
  const read = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  const { plan, findings } = read;
  if (!hasMeasureTable(plan)) {
    // Finance's economy plan (new --economy-plan) is said as such, with the command that takes it.
    const key = plan.layouts.economyPlan === null ? 'cliNoPlan' : 'cliEconomyPlan';
    io.stderr(`${compareCliText(key, lang, { file })}\n`);
    return null;
  }
  const settings = rollMissingSettings(findings);
  if (settings.length > 0) {
    io.stderr(`${compareCliText('cliNoSettings', lang, { file })}\n`);
    for (const f of settings)
      io.stderr(`  ${f.sheet}!${f.cell}: ${renderFinding(f, lang, plan.settings.unit, CLI_FINDINGS)}\n`);
    return null;
  }
  // A workbook is at least as new as the newest version it holds (compare/order.ts).
  return { ...planVersion(read, file, path.basename(file)), date: newestVersionDate(findVersions(snapshot)) };
}

/** A saved version of the workbook, or null (after naming the versions there are) when the sheet is none. */
function versionPlan(io: CliIo, snapshot: WorkbookSnapshot, file: string, sheet: string, lang: Lang): Side | null {
  const version = readVersion(snapshot, sheet);
  if (version) return savedVersion(version, file);
  const sheets = findVersions(snapshot).map((v) => `«${v.sheet}»`);
  const versions =
    sheets.length > 0
      ? compareCliText('cliVersions', lang, { sheets: sheets.join(', ') })
      : compareCliText('cliNoVersions', lang);
  const key = hasSheetNamed(snapshot, sheet) ? 'cliNoVersion' : 'cliNoSheet';
  io.stderr(`${compareCliText(key, lang, { file, sheet, versions })}\n`);
  return null;
}

async function readSides(io: CliIo, o: Options): Promise<[Side, Side] | null> {
  const snapshots: WorkbookSnapshot[] = [];
  for (const file of o.files) {
    const opened = await openAndRead(io, file, undefined, o.lang);
    if (!opened) return null;
    snapshots.push(opened.snapshot);
  }
  const [oldFile = '', newFile = oldFile] = o.files;
  const [oldBook, newBook = oldBook] = snapshots as [WorkbookSnapshot, WorkbookSnapshot?];
  const older =
    o.versionSheet === undefined
      ? currentPlan(io, oldBook, oldFile, o.lang)
      : versionPlan(io, oldBook, oldFile, o.versionSheet, o.lang);
  const newer = currentPlan(io, newBook, newFile, o.lang);
  if (!older || !newer) return null;
  const missing = [tableRefusal(io, older, newer, o.lang), tableRefusal(io, newer, older, o.lang)];
  return missing.includes(true) ? null : [older, newer];
}

/** Says, on stderr, when the older side looks the newer (domain: compare/order.ts), naming both files. */
function warnOrder(io: CliIo, older: Side, newer: Side, lang: Lang): void {
  // A version sheet of the workbook compared (--version-sheet) is older by what it is: the order is not given.
  if (older.isVersion) return;
  const age = (s: Side) => ({ startYear: s.plan.settings.startYear, date: s.date ?? null });
  const warning = orderWarning(lang, 'cli', orderDoubt(age(older), age(newer)), sideName(older), sideName(newer));
  if (warning) io.stderr(`${warning}\n`);
}

/** How the report names a side: the file, a saved version by its label and file. */
const sideName = (side: Side): string => (side.isVersion ? `«${side.label}» (${side.file})` : side.file);

/**
 * Whether `side` lacks a table or a compared column that `other` holds (domain: compare/notFound.ts), after saying so
 * with the findings as check words them: compared, its measures would all read as removed or added, or a column's
 * values as emptied.
 */
function tableRefusal(io: CliIo, side: Side, other: Side, lang: Lang): boolean {
  const missing = notFoundAgainst(side.findings, side.plan, other.plan);
  if (missing.length === 0) return false;
  const names = { file: sideName(side), other: sideName(other) };
  io.stderr(`${compareCliText('cliTableNotFound', lang, names)}\n`);
  for (const f of missing)
    io.stderr(`  ${f.sheet}!${f.cell}: ${renderFinding(f, lang, side.plan.settings.unit, CLI_FINDINGS)}\n`);
  return true;
}

export const run: Command = async (args, io) => {
  const lang = argLang(args);
  const o = options(args, lang);
  if (o === 'help') {
    io.stdout(cliHelp('compare', lang));
    return EXIT.ok;
  }
  if (o === 'needTwo') {
    io.stderr(`${compareCliText('cliNeedTwo', lang)}\n`);
    return EXIT.usage;
  }
  if ('tooMany' in o) {
    io.stderr(`${compareCliText('cliTooMany', lang, { files: o.tooMany.join(', ') })}\n`);
    return EXIT.usage;
  }
  if ('key' in o) {
    printUsage(io, o, lang);
    return EXIT.usage;
  }
  if (o.out !== undefined && refuseReportName(io, o.out, o.lang, false)) return EXIT.usage;
  const sides = await readSides(io, o);
  if (!sides) return EXIT.usage;
  if (o.out !== undefined && !(await reportTargetOk(io, o.out, o))) return EXIT.usage;
  const [older, newer] = sides;
  warnOrder(io, older, newer, o.lang);
  for (const side of sides) {
    warnPeriod(io, side, o.lang);
    warnInvalid(io, side, o.lang);
    warnRowsBelow(io, side, o.lang);
  }
  const diff = comparePlans(older.plan, newer.plan, {
    old: { file: older.file, label: older.label, findings: older.findings },
    new: { file: newer.file, label: newer.label, findings: newer.findings },
  });
  const text = renderCompare(diff, o.format, o.lang);
  if (o.out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!(await writeOrExplain(io, o.out, text, 'new-or-replace', o.lang))) return EXIT.usage;
  io.stderr(`${cliText('reportWritten', o.lang, { file: o.out })}\n`);
  return EXIT.ok;
};
