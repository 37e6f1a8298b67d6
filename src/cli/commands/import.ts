/**
 * `tiltaksplan import LEGACY.xlsx --out FILE.xlsx [--start YEAR] [--unit UNIT]`: reads the legacy
 * measures tables of a workbook (like Verdal's 6.1 and 6.2) into a new canonical workbook, with the
 * decision log on an `Importlogg` sheet and on stdout. Nothing is written when the input cannot be read
 * or holds no legacy table.
 */
import {
  hasMeasureTable,
  importLegacy,
  parseUnit,
  planImportLog,
  planWorkbook,
  readPlan,
  type Lang,
  type MisalignedHeading,
  type Unit,
} from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { fileText } from '../../i18n/cliFiles';
import { cliHelp } from '../../i18n/cliHelp';
import { shownExcelValue } from '../../i18n/excelValues';
import { importCommentNote, importLogText, renderImportDecision } from '../../i18n/importLog';
import { numberText } from '../../i18n/numberText';
import { summaryText } from '../../i18n/sheets';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { argLang, parseWhole } from '../args';
import { saveOrExplain } from '../write';
import { openAndRead } from '../readBook';
import { EXIT, type CliIo, type Command } from '../io';
import { parseInputOutput } from './inputOutput';

/** The help text in bokmål (`tiltaksplan import --help` prints it in the language of `--lang`). */
export const help = cliHelp('import');

interface ImportOptions {
  readonly input: string;
  readonly out: string;
  readonly startYear?: number;
  readonly unit?: Unit;
}

function options(args: readonly string[], io: CliIo, lang: Lang): ImportOptions | 'help' | 'usage' {
  const parsed = parseInputOutput(args, io, 'import', { start: 'string', unit: 'string' }, lang);
  if (typeof parsed === 'string') return parsed;
  const { start, unit: unitText } = parsed.strings;
  const startYear = start === undefined ? undefined : parseWhole(start, 2000, 2100);
  const unit = unitText === undefined ? undefined : parseUnit(unitText);
  const bad = (name: string, value: string, expected: 'expected.year' | 'expected.unit'): 'usage' => {
    io.stderr(`${cliText('badValue', lang, { name, value, expected: cliText(expected, lang) })}\n`);
    return 'usage';
  };
  if (startYear === null) return bad('--start', start ?? '', 'expected.year');
  if (unit === null) return bad('--unit', unitText ?? '', 'expected.unit');
  return { input: parsed.input, out: parsed.out, ...(startYear ? { startYear } : {}), ...(unit ? { unit } : {}) };
}

/** Why nothing is written: a heading beside its figures (alignment.ts), naming the file, sheet and both cells. */
function misalignedText(file: string, m: MisalignedHeading, lang: Lang): string {
  const under =
    m.under === ''
      ? cliText('importMisalignedNoHeading', lang)
      : cliText('importMisalignedHeading', lang, { under: m.under.replace(/\s+/g, ' ') });
  const heading = m.heading.replace(/\s+/g, ' ');
  return cliText('importMisaligned', lang, { ...m, file, heading, under, value: numberText(m.value, lang) });
}

export const run: Command = async (args, io) => {
  const lang = argLang(args);
  const o = options(args, io, lang);
  if (o === 'help') {
    io.stdout(cliHelp('import', lang));
    return EXIT.ok;
  }
  if (o === 'usage') return EXIT.usage;
  const opened = await openAndRead(io, o.input, undefined, lang);
  if (!opened) return EXIT.usage;
  const { snapshot } = opened;
  // A workbook the product made is no legacy table: read as one, a plan would lose its Plannavn and economy plan.
  const { plan } = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  if (hasMeasureTable(plan)) {
    io.stderr(`${fileText('importIsPlan', lang, { file: o.input })}\n`);
    return EXIT.usage;
  }
  const result = importLegacy(snapshot, {
    startYear: o.startYear,
    unit: o.unit,
    defaultStartYear: io.currentYear + 1,
    source: o.input,
    commentNote: importCommentNote(lang),
    excelValue: (text) => shownExcelValue(text, lang),
  });
  if (result.tables.length === 0) {
    // Finance's economy plan is told so only when no legacy table beside it could be meant (an old plan may hold
    // a sheet Økonomiplan of its own).
    const text =
      plan.layouts.economyPlan === null
        ? cliText('importNoTable', lang, { file: o.input })
        : fileText('importIsEconomyPlan', lang, { file: o.input });
    io.stderr(`${text}\n`);
    return EXIT.usage;
  }
  if (result.misaligned.length > 0) {
    for (const m of result.misaligned) io.stderr(`${misalignedText(o.input, m, lang)}\n`);
    return EXIT.usage;
  }
  const wb = XlsxWorkbook.empty();
  await wb.apply([
    ...planWorkbook(result.content, summaryText(lang)),
    ...planImportLog(result.log, importLogText(lang)),
  ]);
  if (!(await saveOrExplain(io, wb, o.out, 'new', lang))) return EXIT.usage;
  for (const d of result.log) io.stdout(`${d.sheet}!${d.cell}: ${renderImportDecision(d, lang)}\n`);
  const { settings, operating, investment } = result.content;
  const years = `${settings.startYear}–${settings.startYear + settings.yearCount - 1}`;
  const counts = { operating: operating.length, investment: investment.length };
  io.stdout(`${cliText('importWritten', lang, { file: o.out, ...counts, years, unit: settings.unit })}\n`);
  return EXIT.ok;
};
