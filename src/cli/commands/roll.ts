/**
 * `tiltaksplan roll FILE.xlsx --out FILE.xlsx`: rolls the plan one year forward (rullering, SPEC §11)
 * into a new canonical workbook, with the old period on an archive sheet. The input is never changed.
 */
import { notCarried, planRolledWorkbook, readPlan, SHEETS, type Plan } from '../../domain';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { saveXlsxFile } from '../../workbook/xlsx/nodeFile';
import { cliText } from '../../i18n/cli';
import { cliHelp } from '../../i18n/cliHelp';
import { openOrExplain, resolvePath } from '../files';
import { readOrExplain } from '../readBook';
import { EXIT, type Command } from '../io';
import { parseInputOutput } from './inputOutput';

export const help = cliHelp('roll');

export const run: Command = async (args, io) => {
  const o = parseInputOutput(args, io, 'roll', {});
  if (o === 'help') {
    io.stdout(help);
    return EXIT.ok;
  }
  if (o === 'usage') return EXIT.usage;
  const source = await openOrExplain(io, o.input);
  if (!source) return EXIT.usage;
  const snapshot = await readOrExplain(io, o.input, source);
  if (!snapshot) return EXIT.usage;
  const { plan } = readPlan(snapshot, { defaultStartYear: io.currentYear + 1 });
  if (!plan.layouts.operating && !plan.layouts.investment) {
    io.stderr(`${cliText('rollNoTable', 'nb', { file: o.input })}\n`);
    return EXIT.usage;
  }
  const { edits, content, archiveSheet } = planRolledWorkbook(snapshot, plan);
  const wb = XlsxWorkbook.empty();
  await wb.apply(edits);
  await saveXlsxFile(wb, resolvePath(io, o.out));
  const { startYear, yearCount } = content.settings;
  const years = `${startYear}–${startYear + yearCount - 1}`;
  io.stdout(`${cliText('rollWritten', 'nb', { file: o.out, years, sheet: archiveSheet })}\n`);
  for (const what of notCarried(snapshot, plan)) io.stdout(`${cliText('notCarried', 'nb', { what })}\n`);
  for (const what of extrasNotCarried(source, plan)) io.stdout(`${cliText('notCarried', 'nb', { what })}\n`);
  return EXIT.ok;
};

/**
 * The rolled workbook is made anew from the plan: notes, conditional formats, drawings and hyperlinks on
 * the sheets it rebuilds are not carried over, and the user is told which (bokmål, like notCarried).
 */
function extrasNotCarried(source: XlsxWorkbook, plan: Plan): string[] {
  const sheets = [
    SHEETS.settings,
    plan.layouts.operating?.sheet,
    plan.layouts.investment?.sheet,
    plan.layouts.economyPlan?.sheet,
    SHEETS.planItems,
  ].filter((s): s is string => s !== undefined);
  return [...new Set(sheets)].flatMap((sheet) =>
    source.sheetExtras(sheet).map((extra) => cliText(`extra.${extra}`, 'nb', { sheet })),
  );
}
