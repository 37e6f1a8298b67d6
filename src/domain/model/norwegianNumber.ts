/**
 * Norwegian number text, both ways (SPEC §7): decimal comma; space, no-break space, narrow no-break space
 * or dot as thousands separator; a leading minus or U+2212; a kroner word before or after ("kr", "kroner", "NOK")
 * and a trailing ",-". A dot is never a decimal point: "2.4" is no number (decimalPointText gives the "2,4" to ask
 * for instead).
 */
import { fromKr, UNIT_FACTOR } from './money';
import type { Kr, Unit } from './money';

const SPACES = /[\u00a0\u202f\u2009\u2007]/g;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;

/**
 * The kroner words users type around an amount (SPEC §7 "a trailing kr"): kr, kroner and NOK, with or without a
 * full stop, whatever the case. The one vocabulary of an amount's decorations: the check (read/amount.ts), the
 * conversion it offers, the add-measure form and the legacy import all read an amount through this file. A word
 * that only ends in one ("tkr", "MNOK") is no kroner word: it names another unit (parseUnit).
 */
const KR_WORD = String.raw`(?:kr|kroner|nok)\.?`;
const LEADING_KR = new RegExp(`^${KR_WORD}(?!\\p{L})\\s*`, 'iu');
const TRAILING_KR = new RegExp(`(?<!\\p{L})\\s*${KR_WORD}$`, 'iu');
/** ",-" after whole kroner: "2 400,-". */
const TRAILING_DASH = /,\s*[-\u2013]$/;

/** Removes currency decorations users type around an amount: "kr 2 400", "2 400 kroner", "NOK 500", "2 400 kr,-". */
function stripDecorations(text: string): string {
  const inner = text.replace(LEADING_KR, '').replace(TRAILING_DASH, '').trim();
  return inner.replace(TRAILING_KR, '').replace(TRAILING_DASH, '').trim();
}

/**
 * Whether an amount's text names kroner ("2 000 kroner", "NOK 500", "kr 2 400,-"): a unit of its own, which a
 * reader of a column in another unit must weigh (the legacy import does; the check reads it in Beløpsenhet, §7).
 */
export function namesKroner(text: string): boolean {
  const s = text.replace(SPACES, ' ').trim().replace(TRAILING_DASH, '').trim();
  return LEADING_KR.test(s) || TRAILING_KR.test(s);
}

/** The integer digits of an integer part with optional thousands groups; null when the grouping is wrong. */
function integerDigits(part: string): string | null {
  if (/^\d+$/.test(part)) return part;
  if (GROUPED_SPACE.test(part)) return part.replace(/ /g, '');
  if (GROUPED_DOT.test(part)) return part.replace(/\./g, '');
  return null;
}

/** Splits the unsigned body into integer digits and decimals; null when it is not a number. */
function splitBody(body: string): { int: string; dec: string } | null {
  const comma = body.split(',');
  if (comma.length > 2) return null;
  if (comma.length === 2) {
    const int = integerDigits(comma[0] ?? '');
    const dec = comma[1] ?? '';
    return int !== null && /^\d+$/.test(dec) ? { int, dec } : null;
  }
  const int = integerDigits(body);
  return int !== null ? { int, dec: '' } : null;
}

/** The text without spaces of other kinds, currency decorations and sign: the sign ('' or '-') and the body. */
function signAndBody(text: string): { sign: string; body: string } {
  const s = stripDecorations(text.replace(SPACES, ' ').trim()).replace(/\s+/g, ' ');
  const signMatch = /^([-+\u2212\u2013])\s*/.exec(s);
  if (!signMatch) return { sign: '', body: s };
  return { sign: signMatch[1] === '+' ? '' : '-', body: s.slice(signMatch[0].length) };
}

/**
 * Reads text that looks like a Norwegian number ("2,4" → 2.4, "900 000" → 900000, "100.000" → 100000,
 * "−1 200 kr" → −1200); null for anything else, including empty text. A dot is only ever a thousands separator
 * (SPEC §7): "2.4" and "2.45" are no number ("2.450" is 2 450), see decimalPointText.
 */
export function parseNorwegianNumber(text: string): number | null {
  const { sign, body } = signAndBody(text);
  const parts = splitBody(body);
  if (!parts) return null;
  const n = Number(`${sign}${parts.int}${parts.dec ? `.${parts.dec}` : ''}`);
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

/**
 * The text with its decimal comma ("2.4" → "2,4", "-1.5 kr" → "-1,5 kr") when it is a number typed with a
 * single dot as the decimal sign, which SPEC §7 does not read (a dot groups thousands: "2.45" read as 2,45 but
 * "2.450" as 2 450 would hang a factor of 1 000 on one digit); null for any other text, and for a dot that groups
 * thousands ("2.450" reads as 2 450). For a message that says how to type it.
 */
export function decimalPointText(text: string): string | null {
  if (!/^\d+\.\d+$/.test(signAndBody(text).body) || parseNorwegianNumber(text) !== null) return null;
  return text.trim().replace(/(\d)\.(?=\d)/, '$1,');
}

/**
 * The whole number a text typed with a decimal point means ("2.0" → 2, "1.00" → 1), which SPEC §7 does not read;
 * null for any other text ("2.5", "2.000" that groups thousands, "2"). For a message asking for a whole number.
 */
export function decimalPointWhole(text: string): number | null {
  const withComma = decimalPointText(text);
  const n = withComma === null ? null : parseNorwegianNumber(withComma);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** An nb-NO formatter with `min` to `max` decimals. */
const formatter = (min: number, max: number): Intl.NumberFormat =>
  new Intl.NumberFormat('nb-NO', { minimumFractionDigits: min, maximumFractionDigits: max });

/** Kroner in `unit`, with the decimals a single krone needs there (0 in kr, 3 in 1000 kr, 6 in mill kr). */
const kronerIn = (unit: Unit): Intl.NumberFormat => formatter(0, Math.round(Math.log10(UNIT_FACTOR[unit])));

// Made once, not per call (a formatter is slow to make): free numbers, and kroner in each unit.
const FREE = formatter(0, 6);
const IN_UNIT: Readonly<Record<Unit, Intl.NumberFormat>> = {
  kr: kronerIn('kr'),
  '1000 kr': kronerIn('1000 kr'),
  'mill kr': kronerIn('mill kr'),
};

/**
 * Formats a number the nb-NO way (no-break space grouping, decimal comma, U+2212 minus). With `decimals`,
 * exactly that many decimals; without, as many as needed up to 6.
 */
export function formatNumber(n: number, decimals?: number): string {
  const f = decimals === undefined ? FREE : formatter(decimals, decimals);
  return f.format(n === 0 ? 0 : n);
}

/**
 * A whole number as `f` writes it, without asking it: its group separator and minus sign read from `f` once, and
 * the result proved the same as `f`'s on numbers of every length (null, and `f` asked each time, when it is not: a
 * locale whose grouping is another). Avstemming explains every item with an amount, and Intl's format was a measured
 * part of it (check --write of 1 000 measures, docs/performance.md «Less made per cell and per item»).
 */
function wholeNumbers(f: Intl.NumberFormat): ((n: number) => string) | null {
  const parts = f.formatToParts(-1234567);
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const minus = parts.find((p) => p.type === 'minusSign')?.value ?? '-';
  const whole = (n: number): string => {
    const negative = n < 0 || Object.is(n, -0);
    const digits = String(negative ? -n : n);
    let at = digits.length % 3 || 3;
    let out = digits.slice(0, at);
    for (; at < digits.length; at += 3) out += group + digits.slice(at, at + 3);
    return negative ? minus + out : out;
  };
  let n = 1;
  for (let length = 1; length <= 16; length++, n = n * 10 + (length % 10))
    if (whole(n) !== f.format(n) || whole(-n) !== f.format(-n)) return null;
  return whole(0) === f.format(0) && whole(-0) === f.format(-0) ? whole : null;
}

const WHOLE_IN_UNIT: Readonly<Record<Unit, ((n: number) => string) | null>> = {
  kr: wholeNumbers(IN_UNIT.kr),
  '1000 kr': wholeNumbers(IN_UNIT['1000 kr']),
  'mill kr': wholeNumbers(IN_UNIT['mill kr']),
};

/** Formats kroner in the workbook unit: 2 400 000 kr in '1000 kr' → "2 400"; 501 kr → "0,501". */
export function formatAmount(amount: Kr, unit: Unit): string {
  const value = fromKr(amount, unit);
  const whole = WHOLE_IN_UNIT[unit];
  return whole !== null && Number.isSafeInteger(value) ? whole(value) : IN_UNIT[unit].format(value);
}
