/**
 * How the fake stores a string written through `range.values` or `range.formulas`: as Excel does, like input
 * typed by a user with en-US settings — unless the cell's number format is text ("@"), which keeps any input
 * as it is. A model of the rules that matter to us, not all of Excel's: a leading "=", "+", "-" or "@" makes
 * a formula (an error when what follows is not a number), numbers with "," groups and "." decimals, m/d and
 * ISO dates, TRUE/FALSE, error literals, and the quote prefix "'".
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
