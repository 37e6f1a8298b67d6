/**
 * Amount cells that hold a text which is no amount — a "?", "ukjent" — in a compared version (SPEC §7, §14). The
 * reader counts such a cell as 0 in the totals (and reports it), but it gives no figure: a "?" replaced by 0, or
 * a 0 by a "?", changes what the plan says of that cost and is listed, with the text shown as typed. A dash
 * ("----") is 0 (SPEC §7) and an Excel error value (#REF!) is no text of the user's: neither is unknown here.
 */
import type { Finding } from '../model/finding';
import { isDashOnly } from '../model/dashOnly';
import { sheetAddress, type SheetRowCells } from '../read/rowCells';
import { typedTexts } from '../read/typedTexts';

/** The text typed in a row's amount cell `key` (a column key, or yearKey(year)), or undefined: an amount. */
export type CellText = (key: string) => string | undefined;

/** The unknown texts of one row, or undefined when the row has none (most rows: no lookup per cell). */
export type UnknownTexts = (row: SheetRowCells) => CellText | undefined;

/** The unknown amount texts of a version, from its reader's findings; undefined when it has none. */
export function unknownTexts(findings: readonly Finding[]): UnknownTexts | undefined {
  const texts = new Map([...typedTexts(findings)].filter(([, text]) => !isDashOnly(text)));
  if (texts.size === 0) return undefined;
  // The rows that hold one, per sheet: a row without any is passed over without making an address.
  const rows = new Map<string, Set<number>>();
  for (const address of texts.keys()) {
    const [, sheet = '', row = ''] = /^(.*)![A-Z]+(\d+)$/.exec(address) ?? [];
    rows.set(sheet, (rows.get(sheet) ?? new Set<number>()).add(Number(row)));
  }
  return (row) =>
    rows.get(row.sheet)?.has(row.row) ? (key: string) => texts.get(sheetAddress(row, key) ?? '') : undefined;
}
