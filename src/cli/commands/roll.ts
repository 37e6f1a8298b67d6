/**
 * `tiltaksplan roll FILE.xlsx --out FILE.xlsx`: rolls the plan one year forward (rullering, SPEC §11)
 * into a new canonical workbook, with the old period on an archive sheet. The input is never changed.
 */
import {
  hasMeasureTable,
  notCarried,
  planRolledWorkbook,
  readPlan,
  rollRefusal,
  SHEETS,
  type Lang,
  type Plan,
} from '../../domain';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { cliText } from '../../i18n/cli';
import { cliHelp } from '../../i18n/cliHelp';
import { summaryText } from '../../i18n/sheets';
import { renderFinding } from '../../i18n/findings';
import { rollNoteLines } from '../../i18n/roll';
import { argLang } from '../args';
import { openOrExplain, saveOrExplain } from '../files';
import { readOrExplain } from '../readBook';
import { EXIT, todayOf, type Command } from '../io';
import { parseInputOutput } from './inputOutput';

/** The help text in bokmål (`tiltaksplan roll --help` prints it in the language of `--lang`). */
export const help = cliHelp('roll');

export const run: Command = async (args, io) => {
  const lang = argLang(args);
  const o = parseInputOutput(args, io, 'roll', {}, lang);
  if (o === 'help') {
    io.stdout(cliHelp('roll', lang));
    return EXIT.ok;
  }
  if (o === 'usage') return EXIT.usage;
  const source = await openOrExplain(io, o.input, lang);
  if (!source) return EXIT.usage;
  const snapshot = await readOrExplain(io, o.input, source, undefined, lang);
  if (!snapshot) return EXIT.usage;
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  if (!hasMeasureTable(plan)) {
    io.stderr(`${cliText('rollNoTable', lang, { file: o.input })}\n`);
    return EXIT.usage;
  }
  // Settings that do not read (Antall planår 100) would be replaced by defaults: refuse as check reports them.
  const refusal = rollRefusal(findings);
  if (refusal.length > 0) {
    io.stderr(`${cliText('rollRefused', lang, { file: o.input })}\n`);
    for (const f of refusal) io.stderr(`  ${f.sheet}!${f.cell}: ${renderFinding(f, lang, plan.settings.unit)}\n`);
    return EXIT.findings;
  }
  const { edits, content, archiveSheet, finished, rescaled, afterPeriod, unknownBefore, formulaValues, followUp } =
    planRolledWorkbook(snapshot, plan, {
      date: todayOf(io),
      summaryText: summaryText(lang),
      findings,
    });
  const wb = XlsxWorkbook.empty();
  await wb.apply(edits);
  if (!(await saveOrExplain(io, wb, o.out, 'new', lang))) return EXIT.usage;
  const { startYear, yearCount } = content.settings;
  const years = `${startYear}–${startYear + yearCount - 1}`;
  io.stdout(`${cliText('rollWritten', lang, { file: o.out, years, sheet: archiveSheet })}\n`);
  const notes = {
    archiveSheet,
    finished,
    rescaled,
    afterPeriod,
    unknownBefore,
    formulaValues,
    followUp,
    unit: content.settings.unit,
    notCarried: notCarried(snapshot, plan),
  };
  for (const line of rollNoteLines(notes, lang)) io.stdout(`${line}\n`);
  for (const what of extrasNotCarried(source, plan, lang)) io.stdout(`${cliText('notCarried', lang, { what })}\n`);
  for (const extra of source.bookExtras())
    io.stdout(`${cliText('notCarried', lang, { what: cliText(`extra.${extra}`, lang) })}\n`);
  return EXIT.ok;
};

/**
 * The rolled workbook is made anew from the plan: notes, conditional formats, drawings and hyperlinks on
 * the sheets it rebuilds are not carried over, and the user is told which.
 */
function extrasNotCarried(source: XlsxWorkbook, plan: Plan, lang: Lang): string[] {
  const sheets = [
    SHEETS.settings,
    plan.layouts.operating?.sheet,
    plan.layouts.investment?.sheet,
    plan.layouts.economyPlan?.sheet,
    SHEETS.planItems,
  ].filter((s): s is string => s !== undefined);
  return [...new Set(sheets)].flatMap((sheet) =>
    source.sheetExtras(sheet).map((extra) => cliText(`extra.${extra}`, lang, { sheet })),
  );
}
