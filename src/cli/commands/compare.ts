/**
 * `tiltaksplan compare OLD.xlsx NEW.xlsx` or `compare FILE.xlsx --version-sheet "Versjon 1"`: what changed
 * from the older version of a plan to the newer (SPEC §14), as text, JSON or one printable HTML page. Both
 * workbooks are read before anything is written; an unreadable one means exit 2 and nothing written.
 */
import { comparePlans, orderDoubt, type ComparedVersion, type Lang } from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { CLI_FINDINGS } from '../../i18n/findingsCli';
import { compareCliText } from '../../i18n/compareCli';
import { cliHelp } from '../../i18n/cliHelp';
import { invalidAmountsWarning, orderWarning, periodUnsureWarning, rowsBelowWarning } from '../../i18n/compare';
import { renderCompare, type CompareFormat } from '../../report/compareReport';
import { argLang, badLang, parseArgs, reportFormat, type UsageError, printUsage } from '../args';
import { writeOrExplain } from '../write';
import { refuseReportName, reportTargetOk } from '../reportTarget';
import { EXIT, type CliIo, type Command } from '../io';
import { readSides, selfComparisonLine, sideName } from './compareSides';
import { spacedValueError, valueGoesOn } from '../spacedName';

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
  const versionSheet = strings['version-sheet'];
  // `--version-sheet Arkiv 2027–2030`, as the tab shows it: the sheet's name goes on in a word that names no file.
  const sheetMeant = valueGoesOn(versionSheet, files.slice(1), () => true);
  if (sheetMeant !== null) return spacedValueError('--version-sheet', sheetMeant);
  if (files.length > 2) return { tooMany: files };
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

/** Says, on stderr, when the older side looks the newer (domain: compare/order.ts), naming both files. */
function warnOrder(io: CliIo, older: Side, newer: Side, lang: Lang): void {
  // A version sheet of the workbook compared (--version-sheet) is older by what it is: the order is not given.
  if (older.isVersion) return;
  const age = (s: Side) => ({ startYear: s.plan.settings.startYear, date: s.date ?? null });
  const warning = orderWarning(lang, 'cli', orderDoubt(age(older), age(newer)), sideName(older), sideName(newer));
  if (warning) io.stderr(`${warning}\n`);
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
  const { older, newer } = sides;
  if (!sides.self) warnOrder(io, older, newer, o.lang);
  // One file compared with itself: said once, and what is said of its plan said once too.
  if (sides.self) io.stderr(`${selfComparisonLine(sides, o.lang)}\n`);
  for (const side of sides.self ? [older] : [older, newer]) {
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
