/** One cell's value from its type attribute and its <v> text (or inline string), as the snapshot carries it. */
import type { CellValue } from '../../../domain';
import { serialToIso } from '../../serialDate';
import { decodeExcelEscapes } from '../xml/escape';

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
