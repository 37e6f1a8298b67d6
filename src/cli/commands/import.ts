/**
 * `tiltaksplan import LEGACY.xlsx --out FILE.xlsx [--start YEAR] [--unit UNIT]`: reads the legacy
 * measures tables of a workbook (like Verdal's 6.1 and 6.2) into a new canonical workbook, with the
 * decision log on an `Importlogg` sheet and on stdout. Nothing is written when the input cannot be read
 * or holds no legacy table.
 */
import { importLegacy, parseUnit, planImportLog, planWorkbook, type Unit } from '../../domain';
import { cliText } from '../../i18n/cli';
import { cliHelp } from '../../i18n/cliHelp';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { saveXlsxFile } from '../../workbook/xlsx/nodeFile';
import { parseWhole } from '../args';
import { openOrExplain, resolvePath } from '../files';
import { readOrExplain } from '../readBook';
import { EXIT, type CliIo, type Command } from '../io';
import { parseInputOutput } from './inputOutput';

export const help = cliHelp('import');

interface ImportOptions {
  readonly input: string;
  readonly out: string;
  readonly startYear?: number;
  readonly unit?: Unit;
}

function options(args: readonly string[], io: CliIo): ImportOptions | 'help' | 'usage' {
  const parsed = parseInputOutput(args, io, 'import', { start: 'string', unit: 'string' });
  if (typeof parsed === 'string') return parsed;
  const { start, unit: unitText } = parsed.strings;
  const startYear = start === undefined ? undefined : parseWhole(start, 2000, 2100);
  const unit = unitText === undefined ? undefined : parseUnit(unitText);
  const bad = (name: string, value: string, expected: 'expected.year' | 'expected.unit'): 'usage' => {
    io.stderr(`${cliText('badValue', 'nb', { name, value, expected: cliText(expected, 'nb') })}\n`);
    return 'usage';
  };
  if (startYear === null) return bad('--start', start ?? '', 'expected.year');
  if (unit === null) return bad('--unit', unitText ?? '', 'expected.unit');
  return { input: parsed.input, out: parsed.out, ...(startYear ? { startYear } : {}), ...(unit ? { unit } : {}) };
}

export const run: Command = async (args, io) => {
  const o = options(args, io);
  if (o === 'help') {
    io.stdout(help);
    return EXIT.ok;
  }
  if (o === 'usage') return EXIT.usage;
  const legacy = await openOrExplain(io, o.input);
  if (!legacy) return EXIT.usage;
  const snapshot = await readOrExplain(io, o.input, legacy);
  if (!snapshot) return EXIT.usage;
  const result = importLegacy(snapshot, {
    startYear: o.startYear,
    unit: o.unit,
    defaultStartYear: io.currentYear + 1,
  });
  if (result.tables.length === 0) {
    io.stderr(`${cliText('importNoTable', 'nb', { file: o.input })}\n`);
    return EXIT.usage;
  }
  const wb = XlsxWorkbook.empty();
  await wb.apply([...planWorkbook(result.content), ...planImportLog(result.log)]);
  await saveXlsxFile(wb, resolvePath(io, o.out));
  for (const d of result.log) io.stdout(`${d.sheet}!${d.cell}: ${d.message}\n`);
  const { settings, operating, investment } = result.content;
  const years = `${settings.startYear}–${settings.startYear + settings.yearCount - 1}`;
  const counts = { operating: operating.length, investment: investment.length };
  io.stdout(`${cliText('importWritten', 'nb', { file: o.out, ...counts, years, unit: settings.unit })}\n`);
  return EXIT.ok;
};
