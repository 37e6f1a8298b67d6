/** One cell's value from its type attribute and its <v> text (or inline string), as the snapshot carries it. */
import type { CellValue } from '../../../domain';
import { decodeExcelEscapes } from '../xml/escape';

/** Days from 1899-12-30 (Excel's day 0 as it counts after its 1900 leap-year bug) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** The 1904 date system counts from 1904-01-01: 1462 days later. */
const OFFSET_1904 = 1462;
const DAY_MS = 24 * 3600 * 1000;

/** A date serial as an ISO string (the way the exceljs adapter delivered dates). */
export function serialToIso(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? OFFSET_1904 : 0) - EPOCH_1900;
  return new Date(Math.round(days * DAY_MS)).toISOString();
}

export interface ValueContext {
  readonly sharedStrings: readonly string[];
  readonly isDate: (style: number) => boolean;
  readonly date1904: boolean;
}

/**
 * The value of a cell: `type` is its t attribute (absent = number), `text` its <v> (null when absent),
 * `inline` the text of an inline string. Text that should be a number and is not stays text.
 */
export function cellValue(
  type: string | undefined,
  text: string | null,
  inline: string | null,
  style: number,
  ctx: ValueContext,
): CellValue {
  switch (type) {
    case 'inlineStr':
      return inline === null ? null : decodeExcelEscapes(inline);
    case 's': {
      const s = text === null ? undefined : ctx.sharedStrings[Number(text)];
      return s === undefined ? null : s;
    }
    case 'str':
      return text === null ? null : decodeExcelEscapes(text);
    case 'b':
      return text === null ? null : text.trim() === '1' || text.trim().toLowerCase() === 'true';
    case 'e':
      return text === null ? null : { error: text.trim() };
    case 'd':
      return text;
    default: {
      if (text === null || text.trim() === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      return ctx.isDate(style) ? serialToIso(n, ctx.date1904) : n;
    }
  }
}
