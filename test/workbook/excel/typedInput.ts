/**
 * How the fake stores a string written through `range.values` or `range.formulas`: as Excel does, like input
 * typed by a user with en-US settings — unless the cell's number format is text ("@"), which keeps any input
 * as it is. A model of the rules that matter to us, not all of Excel's: a leading "=", "+", "-" or "@" makes
 * a formula (an error when what follows is not a number), numbers with "," groups and "." decimals, m/d and
 * ISO dates, TRUE/FALSE, error literals, and the quote prefix "'"; since review r38 also times ("10:30", "9 pm"),
 * dates with English month names ("Mar 5", "5-Mar-2027", "March 5, 2027"), "$" amounts and a negative in
 * parentheses ("(250)"), which Excel parses as well.
 */
import type { FakeCell } from './fakeModel';

/** Days from Excel's epoch (1899-12-30) to a date, as the serial number Excel stores. */
function serial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d*)?(e[+-]?\d+)?(%)?$/i;
const US_DATE = /^(\d{1,2})\/(\d{1,2})(\/(\d{2,4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#NAME?', '#DIV/0!', '#NUM!', '#NULL!']);

function asNumber(text: string): number | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const n = Number(text.replace(/[,%]/g, ''));
  return m[5] ? n / 100 : n;
}

/** English month names Excel reads in a date, short and full ("sept" too), to their number 1–12. */
const MONTHS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].flatMap((m, i) => [
    [m, i + 1],
    [
      [
        'january',
        'february',
        'march',
        'april',
        'may',
        'june',
        'july',
        'august',
        'september',
        'october',
        'november',
        'december',
      ][i]!,
      i + 1,
    ],
  ]),
);
MONTHS.set('sept', 9);
const month = (word: string): number => MONTHS.get(word.toLowerCase()) ?? 0;
const TIME = /^(\d{1,2}):(\d{2})(:(\d{2})(\.\d+)?)?(\s*([ap])m?)?$/i;
const CLOCK_HOUR = /^(\d{1,2})\s*([ap])m?$/i;
const DAY_MONTH = /^(\d{1,2})[\s\-/]+([a-z]{3,9})([\s\-/,]+(\d{2,4}))?$/i;
const MONTH_DAY = /^([a-z]{3,9})[\s\-/]+(\d{1,2})(,?\s+(\d{4}))?$/i;
const MONTH_YEAR = /^([a-z]{3,9})[\s\-/]+(\d{4}|\d{2})$/i;

/** More of Excel's (en-US) input parsing: times, month names, currency, a negative in parentheses. */
function otherNumber(text: string): number | null {
  const t = TIME.exec(text);
  if (t) {
    let h = Number(t[1]);
    if (t[7] && t[7].toLowerCase() === 'p' && h < 12) h += 12;
    if (t[7] && t[7].toLowerCase() === 'a' && h === 12) h = 0;
    return (h * 3600 + Number(t[2]) * 60 + Number(t[4] ?? 0)) / 86_400;
  }
  const c = CLOCK_HOUR.exec(text);
  if (c) return ((Number(c[1]) % 12) + (c[2]!.toLowerCase() === 'p' ? 12 : 0)) / 24;
  const dm = DAY_MONTH.exec(text);
  if (dm && month(dm[2]!) > 0)
    return serial(dm[4] ? Number(dm[4].length === 2 ? `20${dm[4]}` : dm[4]) : 2027, month(dm[2]!), Number(dm[1]));
  const md = MONTH_DAY.exec(text);
  if (md && month(md[1]!) > 0) return serial(md[4] ? Number(md[4]) : 2027, month(md[1]!), Number(md[2]));
  const my = MONTH_YEAR.exec(text);
  if (my && month(my[1]!) > 0) return serial(Number(my[2]!.length === 2 ? `20${my[2]}` : my[2]), month(my[1]!), 1);
  if (/^\$/.test(text)) return asNumber(text.slice(1));
  if (/^\(.*\)$/.test(text)) {
    const n = asNumber(text.slice(1, -1).replace(/^\$/, ''));
    return n === null ? null : -n;
  }
  return null;
}

/** The cell Excel makes of `input` typed into a cell (number format `format`). */
export function typedCell(input: string, format: string | undefined, asFormula: boolean): FakeCell {
  const keep = format !== undefined ? { numberFormat: format } : {};
  if (format === '@') return { value: input, ...keep };
  if (input.startsWith("'")) return { value: input.slice(1), ...keep };
  if (input.startsWith('=')) return { value: 0, formula: input, ...keep };
  const text = input.trim();
  const lead = text.charAt(0);
  if (lead === '+' || lead === '-' || lead === '@') {
    const n = asNumber(text.replace(/^@/, ''));
    if (n !== null) return { value: n, ...keep };
    return { value: '#NAME?', error: true, formula: `=${text.replace(/^@/, '')}`, ...keep };
  }
  if (asFormula && text.startsWith('=')) return { value: 0, formula: text, ...keep };
  const n = asNumber(text);
  if (n !== null) return { value: n, ...keep };
  const other = otherNumber(text);
  if (other !== null) return { value: other, ...keep };
  const us = US_DATE.exec(text);
  if (us) {
    const year = us[4] ? Number(us[4].length === 2 ? `20${us[4]}` : us[4]) : 2027;
    return { value: serial(year, Number(us[1]), Number(us[2])), ...keep };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) return { value: serial(Number(iso[1]), Number(iso[2]), Number(iso[3])), ...keep };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', ...keep };
  if (ERRORS.has(text.toUpperCase())) return { value: text.toUpperCase(), error: true, ...keep };
  return { value: input, ...keep };
}
