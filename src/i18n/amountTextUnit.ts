/**
 * An amount cell's text read as a number (SPEC §7 amount-text) is read in the plan's Beløpsenhet, whatever unit word
 * it carries: «200 000 kr» in a mill kr plan counts as 200 000 mill kr. The message says what it was read as, and when
 * the text names kroner in a plan of another unit, that its unit differs from Beløpsenhet and which figure to type if
 * it is kroner: converting the text as it stands would lock in a factor of 1 000 or 1 000 000 (review r37).
 */
import {
  countDecimals,
  formatNumber,
  namesKroner,
  parseNorwegianNumber,
  UNIT_FACTOR,
  type Finding,
  type Unit,
} from '../domain';

/** Most decimals a figure is written with (Intl's limit). */
const MAX_DECIMALS = 20;

/** A figure written with every decimal it has, never rounded (0,2; 0,0000015). */
const exactFigure = (x: number): string => formatNumber(x, Math.min(countDecimals(x), MAX_DECIMALS));

/** The text of an amount cell's amount-text finding, or undefined for any other finding (the Toleranse's too). */
function cellText(f: Finding): string | undefined {
  if (f.code !== 'amount-text' || f.params.reason !== undefined) return undefined;
  return typeof f.params.value === 'string' ? f.params.value : undefined;
}

/**
 * Params of an amount cell's amount-text message in a plan of `unit`: `readAs`, the number read (in the unit), and
 * `suggestion`, what to type when the text names kroner in a plan of another unit. Empty for any other finding.
 */
export function amountTextParams(f: Finding, unit: Unit): Record<string, string> {
  const text = cellText(f);
  const n = text === undefined ? null : parseNorwegianNumber(text);
  if (text === undefined || n === null) return {};
  if (unit === 'kr' || !namesKroner(text)) return { readAs: formatNumber(n) };
  return { readAs: formatNumber(n), suggestion: exactFigure(Number((n / UNIT_FACTOR[unit]).toPrecision(15))) };
}

/** The message key of an amount cell's amount-text whose text names kroner in a plan of another unit, else undefined. */
export function amountTextKey(f: Finding, unit: Unit): 'amount-text.kroner' | undefined {
  const text = cellText(f);
  return text !== undefined && unit !== 'kr' && namesKroner(text) && parseNorwegianNumber(text) !== null
    ? 'amount-text.kroner'
    : undefined;
}
