/** `tiltaksplan new FILE.xlsx`: a canonical workbook, empty or with the built-in example, written atomically. */
import {
  defaultContent,
  exampleContent,
  parseUnit,
  planEconomyPlanWorkbook,
  planWorkbook,
  type Lang,
  type PlanContent,
  type SummaryText,
  type Unit,
} from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import { cliHelp } from '../../i18n/cliHelp';
import { kt } from '../../i18n/consolidation';
import { summaryText } from '../../i18n/sheets';
import { XlsxWorkbook } from '../../workbook/xlsx';
import { argLang, badLang, parseArgs, parseWhole, type UsageError, printUsage } from '../args';
import { refuseExisting, saveOrExplain } from '../write';
import { spacedNameParams, spacedValueError, splitName, valueGoesOn } from '../spacedName';
import { EXIT, type Command } from '../io';

/** The help text in bokmål (`tiltaksplan new --help` prints it in the language of `--lang`). */
export const help = cliHelp('new');

interface NewOptions {
  readonly file: string;
  readonly startYear: number;
  readonly yearCount: number;
  readonly unit: Unit;
  readonly example: boolean;
  /** SPEC §15: just Innstillinger, the frame list and the economy plan table. */
  readonly economyPlan: boolean;
}

const SPEC = {
  start: 'string',
  years: 'string',
  unit: 'string',
  example: 'boolean',
  lang: 'string',
  'economy-plan': 'boolean',
} as const;

function options(args: readonly string[], currentYear: number, lang: Lang): NewOptions | UsageError | 'help' {
  const bad = (name: string, value: string, expected: 'year' | 'years' | 'unit'): UsageError => ({
    key: 'badValue',
    params: { name, value, expected: cliText(`expected.${expected}`, lang) },
  });
  const parsed = parseArgs(args, SPEC, 'new');
  if (!parsed.ok) return parsed.error;
  const { positionals, strings, flags } = parsed.args;
  if (parsed.args.help) return 'help';
  const wrongLang = badLang(strings.lang, lang);
  if (wrongLang) return wrongLang;
  const [file, ...extra] = positionals;
  if (file === undefined) return { key: 'missingFile', params: { command: 'new' } };
  if (extra.length > 0) {
    const unitMeant = valueGoesOn(strings.unit, extra, (v) => parseUnit(v) !== null);
    if (unitMeant !== null) return spacedValueError('--unit', unitMeant);
    const split = splitName(positionals);
    if (split !== null) return { key: 'spacedName', params: spacedNameParams(split, lang) };
    return { key: 'tooManyFiles', params: { files: positionals.join(', ') } };
  }
  if (!/\.xlsx$/i.test(file)) return { key: 'notXlsxName', params: { file } };
  const startYear = strings.start === undefined ? currentYear + 1 : parseWhole(strings.start, 2000, 2100);
  if (startYear === null) return bad('--start', strings.start ?? '', 'year');
  const yearCount = strings.years === undefined ? 4 : parseWhole(strings.years, 4, 10);
  if (yearCount === null) return bad('--years', strings.years ?? '', 'years');
  const unit = strings.unit === undefined ? '1000 kr' : parseUnit(strings.unit);
  if (unit === null) return bad('--unit', strings.unit ?? '', 'unit');
  const example = flags.has('example');
  if (example && strings.years !== undefined) return { key: 'exampleYears', params: {} };
  return { file, startYear, yearCount, unit, example, economyPlan: flags.has('economy-plan') };
}

/** The content `new` writes for its options. */
export function newContent(o: Pick<NewOptions, 'startYear' | 'yearCount' | 'unit' | 'example'>): PlanContent {
  return o.example
    ? exampleContent({ startYear: o.startYear, unit: o.unit })
    : defaultContent({ startYear: o.startYear, yearCount: o.yearCount, unit: o.unit });
}

/** Build a new canonical workbook in memory. */
export async function buildNewWorkbook(content: PlanContent, text?: SummaryText): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(planWorkbook(content, text));
  return wb;
}

/** Build an economy plan workbook (SPEC §15) in memory. */
export async function buildEconomyPlanWorkbook(content: PlanContent): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.empty();
  await wb.apply(planEconomyPlanWorkbook(content));
  return wb;
}

export const run: Command = async (args, io) => {
  const lang = argLang(args);
  const o = options(args, io.currentYear, lang);
  if (o === 'help') {
    io.stdout(cliHelp('new', lang));
    return EXIT.ok;
  }
  if ('key' in o) {
    printUsage(io, o, lang);
    return EXIT.usage;
  }
  if (refuseExisting(io, o.file, lang)) return EXIT.usage;
  const content = newContent(o);
  const wb = o.economyPlan
    ? await buildEconomyPlanWorkbook(content)
    : await buildNewWorkbook(content, summaryText(lang));
  if (!(await saveOrExplain(io, wb, o.file, 'new', lang))) return EXIT.usage;
  const years = `${content.settings.startYear}–${content.settings.startYear + content.settings.yearCount - 1}`;
  if (o.economyPlan) {
    const said = o.example ? 'economyPlanNewExample' : 'economyPlanNew';
    // The plan to reconcile against it must share its period (SPEC §15), so its command carries the start year.
    const start = String(content.settings.startYear);
    io.stdout(`${kt(lang, said, { file: o.file, years, unit: content.settings.unit, start })}\n`);
    return EXIT.ok;
  }
  const key = o.example ? 'writtenExample' : 'writtenEmpty';
  io.stdout(`${cliText(key, lang, { file: o.file, years, unit: content.settings.unit })}\n`);
  return EXIT.ok;
};
