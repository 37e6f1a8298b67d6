/**
 * Finding messages in bokmål, nynorsk and English: one place that turns a finding's code and params into
 * text a budget officer can act on. Params typed Kr (isKrParam) are integer kroner, shown in the workbook unit.
 */
import {
  formatAmount,
  formatNumber,
  isKrParam,
  kr,
  splitNames,
  toKr,
  type Finding,
  type Lang,
  type Unit,
} from '../domain';
import { unitWordKey, unitWordParams } from './amountUnitWord';
import { showCellDates } from './cellDate';
import { shownExcelValue } from './excelValues';
import { findingKey, type FindingKey } from './findingKeys';
import { FINDINGS_EN } from './findings.en';
import { FINDINGS_NB } from './findings.nb';
import { FINDINGS_NN } from './findings.nn';
import { tableTerm } from './glossary';
import { listText } from './listText';
import { fillPlaceholders, makeTranslator, type Catalog } from './translate';
import { numberText } from './numberText';

export const FINDING_CATALOG: Catalog<FindingKey> = { nb: FINDINGS_NB, nn: FINDINGS_NN, en: FINDINGS_EN };

const translate = makeTranslator(FINDING_CATALOG);

/**
 * Params that are lists, which the domain (without a language) joins with commas: «2027, 2028, 2030». A message
 * says them as the language writes a list in a sentence (listText): «2027, 2028 og 2030». The params themselves,
 * the JSON of SPEC §12, stay as the domain gave them.
 */
const LIST_PARAMS: Readonly<Partial<Record<Finding['code'], readonly string[]>>> = {
  'year-columns': ['expected', 'found'],
  'economy-plan-unused-year-columns': ['expected'],
  'priority-gap': ['priorities'],
  'formula-overwritten': ['years'],
};

/**
 * List params whose parts are names (headers, joined by joinNames: one may hold ", "), each quoted on its own as the
 * language quotes: «Kommentar» og «Lønn, fast», never «Kommentar, Lønn, fast» as if one column had that name.
 */
const QUOTED_LIST_PARAMS: Readonly<Partial<Record<Finding['code'], readonly string[]>>> = {
  'formula-overwritten': ['other'],
};

/** How a language quotes a name in running text. */
const QUOTE: Readonly<Record<Lang, readonly [string, string]>> = { nb: ['«', '»'], nn: ['«', '»'], en: ['"', '"'] };

/** Params that are plain numbers worth grouping (typed values, kroner thresholds), never years. */
const NUMBER_PARAMS: ReadonlySet<string> = new Set(['value', 'threshold']);

/** The unit 1000 times larger than `unit`: what a mistyped small amount was probably meant in. */
const BIGGER_UNIT: Readonly<Record<Unit, string>> = { kr: '1000 kr', '1000 kr': 'mill kr', 'mill kr': 'mrd. kr' };

/**
 * The unit 1000 times smaller than `unit`: what a mistyped big amount was probably meant in. None below kr (øre is
 * a hundredth): a kr workbook's message says the amount has three zeros too many instead (keyInUnit).
 */
const SMALLER_UNIT: Readonly<Partial<Record<Unit, string>>> = { '1000 kr': 'kr', 'mill kr': '1000 kr' };

/** Longest cell text quoted in a message: a pasted page (or a 1 MB cell) must not become a 1 MB message. */
const MAX_QUOTED = 80;

/** Text cut to MAX_QUOTED characters (whole code points) with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  // A code point is one or two UTF-16 units: this slice holds more than MAX_QUOTED of them when the text does.
  const chars = Array.from(text.slice(0, MAX_QUOTED * 2 + 2));
  return chars.length <= MAX_QUOTED ? text : `${chars.slice(0, MAX_QUOTED - 1).join('')}…`;
}

/**
 * The param that quotes the cell a finding marks `valueType` (a logical or an error value), where it is not `value`:
 * the Ref., plan area or frame code as the cell holds it.
 */
const QUOTED_PARAM: Readonly<Partial<Record<Finding['code'], string>>> = {
  'ref-unknown': 'ref',
  'area-invalid': 'area',
  'frame-invalid': 'frame',
};

function formatParam(f: Finding, key: string, value: string | number, unit: Unit, lang: Lang): string {
  // A logical or an error cell (TRUE, #VALUE!) is named as her Excel shows it (SANN, #VERDI!).
  if (typeof value === 'string' && f.params.valueType !== undefined && key === (QUOTED_PARAM[f.code] ?? 'value'))
    return shownExcelValue(value, lang);
  // A date cell where text or a number belongs reaches here as the readers' ISO text: show it as the date it is.
  if (typeof value !== 'number') return shorten(showCellDates(value));
  if (isKrParam(f.code, key)) return formatAmount(kr(value), unit);
  // A setting as typed (a year, a count): no grouping, only the language's decimal sign (4,5 in nb and nn).
  if (f.code === 'setting-invalid' || f.code === 'setting-duplicate')
    return lang === 'en' ? String(value) : String(value).replace('.', ',');
  if (NUMBER_PARAMS.has(key)) return numberText(value, lang);
  return String(value);
}

/**
 * The params a finding's message is filled with: its own (amounts formatted in `unit`) plus the place
 * (sheet, cell, id) and the unit, which every message may use.
 */
export function messageParams(f: Finding, unit: Unit, lang: Lang = 'nb'): Record<string, string> {
  const out: Record<string, string> = {
    sheet: f.sheet,
    cell: f.cell,
    id: f.measureId ?? '',
    unit,
    bigUnit: BIGGER_UNIT[unit],
  };
  const smallUnit = SMALLER_UNIT[unit];
  if (smallUnit !== undefined) out.smallUnit = smallUnit;
  for (const [key, value] of Object.entries(f.params)) out[key] = formatParam(f, key, value, unit, lang);
  for (const key of LIST_PARAMS[f.code] ?? []) {
    const value = f.params[key as keyof typeof f.params];
    if (typeof value === 'string' && value !== '') out[key] = listText(value.split(', '), lang);
  }
  const [open, close] = QUOTE[lang];
  for (const key of QUOTED_LIST_PARAMS[f.code] ?? []) {
    const value = f.params[key as keyof typeof f.params];
    if (typeof value === 'string' && value !== '')
      out[key] = listText(
        splitNames(value).map((part) => `${open}${shorten(part)}${close}`),
        lang,
      );
  }
  Object.assign(out, unitWordParams(f, unit));
  const { value, decimals } = f.params;
  if (f.code === 'amount-precision' && typeof value === 'number' && typeof decimals === 'number')
    out.rounded = roundedText(value, decimals, lang);
  // The threshold is kroner (SPEC §8: 100 000 kr); the budget beside it is in the unit, so the message gives both.
  const { threshold } = f.params;
  if (f.code === 'below-investment-threshold' && typeof threshold === 'number')
    out.thresholdInUnit = formatAmount(kr(threshold), unit);
  return out;
}

/**
 * A typed number rounded half away from zero to `decimals` (what amount-precision asks for), shown with exactly
 * that many: 0,7004 → «0,700», as the cell would show it.
 */
function roundedText(value: number, decimals: number, lang: Lang): string {
  const scale = 10 ** decimals;
  // toKr in kr: value × scale to 15 digits, then rounded like Excel's ROUND (0,1665 × 1000 → 167).
  const rounded = toKr(value * scale, 'kr') / scale;
  if (lang !== 'en') return formatNumber(rounded, decimals);
  return new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    rounded,
  );
}

/**
 * Whether amount-precision's rounding (roundedText) would make a typed amount that is not 0 into 0: then the hint to
 * round it would remove the amount (new money 0,0004 in mill kr → 0,000), and the message says so instead; such a
 * finding keeps its own line in a list (groupedFindings.ts), so the row's line never swallows it.
 */
export function roundsToZero(f: Finding): boolean {
  const { value, decimals } = f.params;
  if (f.code !== 'amount-precision' || typeof value !== 'number' || typeof decimals !== 'number') return false;
  return value !== 0 && toKr(value * 10 ** decimals, 'kr') === 0;
}

/** The key of a finding's message in `unit` (keyInUnit), with amount-precision's rounding to 0 said as such. */
function messageKey(f: Finding, unit: Unit): FindingKey {
  const key = keyInUnit(findingKey(f), unit);
  if (!roundsToZero(f)) return key;
  return key === 'amount-precision.mill'
    ? 'amount-precision.mill.zero'
    : key === 'amount-precision.kr'
      ? 'amount-precision.kr.zero'
      : key;
}

/**
 * The key of a message in `unit`: a unit-suspect in kr has no smaller unit to name (SMALLER_UNIT); an
 * amount-precision in mill kr no bigger unit it was likely meant in (mrd. kr is no Beløpsenhet); a
 * below-investment-threshold in kr needs no threshold in the unit beside the kroner; new-money-rounded-to-zero names
 * the step of new money (SPEC §4) as the unit shows it.
 */
function keyInUnit(key: FindingKey, unit: Unit): FindingKey {
  if (unit === 'mill kr') {
    if (key === 'new-money-rounded-to-zero') return 'new-money-rounded-to-zero.mill';
    return key === 'amount-precision' ? 'amount-precision.mill' : key;
  }
  if (unit !== 'kr') return key;
  if (key === 'amount-precision') return 'amount-precision.kr';
  if (key === 'new-money-rounded-to-zero') return 'new-money-rounded-to-zero.kr';
  if (key === 'below-investment-threshold') return 'below-investment-threshold.kr';
  return key === 'unit-suspect' ? 'unit-suspect.kr' : key === 'unit-suspect.base' ? 'unit-suspect.base.kr' : key;
}

/** Params that name a table of the workbook: shown as the reader's name for it, never as tblX. */
const TABLE_PARAMS = ['table', 'list'] as const;

/**
 * Texts that replace some findings' own where a message is read without the task pane (findingsCli.ts, the
 * command line's): by finding key (findingKey), in each language.
 */
export type FindingVariants = Readonly<Record<Lang, Readonly<Partial<Record<FindingKey, string>>>>>;

/**
 * The message of a finding in `lang`, amounts shown in the workbook unit `unit`, in the wording of `variants`
 * where it has one (the pane's otherwise). Only the message differs: the code and params are the finding's
 * (SPEC §12).
 */
export function renderFinding(f: Finding, lang: Lang, unit: Unit, variants?: FindingVariants): string {
  const params = messageParams(f, unit, lang);
  for (const key of TABLE_PARAMS) {
    const name = params[key];
    if (name !== undefined) params[key] = tableTerm(name, lang);
  }
  const key = unitWordKey(f, unit) ?? messageKey(f, unit);
  const variant = variants?.[lang][key];
  const text = variant === undefined ? translate(key, lang, params) : fillPlaceholders(variant, params, lang);
  // A unit mix-up has two readings; the rest of the plan may support one of them (validate/unitSupport.ts).
  const supported = f.code === 'unit-suspect' ? f.params.supported : undefined;
  if (supported === 'base' || supported === 'financing')
    return `${text} ${translate(`unit-suspect.supports-${supported}`, lang, params)}`;
  return text;
}
