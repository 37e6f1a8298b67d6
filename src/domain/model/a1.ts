/**
 * A1 addresses and ranges, 1-based. Parsers accept `$` anchors and strip a sheet prefix
 * (`'Tiltak drift'!$H$5` → row 5, column 8) and return null for anything else: addresses come from
 * workbook sources and users, so a bad one is data, not a programmer error.
 */

/** Excel's last column (XFD). */
export const MAX_COLUMN = 16384;
/** Excel's last row. */
export const MAX_ROW = 1048576;

// Letters of the columns asked for so far (every cell address of a read needs one).
const LETTERS: string[] = [];

/** Column letters of a 1-based column number: 1 → "A", 27 → "AA". */
export function columnLetter(col1: number): string {
  if (!Number.isInteger(col1) || col1 < 1 || col1 > MAX_COLUMN) return lettersOf(col1);
  return (LETTERS[col1] ??= lettersOf(col1));
}

function lettersOf(col1: number): string {
  let n = Math.floor(col1);
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of column letters (case-insensitive): "A" → 1, "aa" → 27; 0 when not letters. */
export function columnNumber(letters: string): number {
  const clean = letters.replace(/\$/g, '').toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(clean)) return 0;
  let n = 0;
  for (const ch of clean) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Drops a sheet prefix ("Sheet1!A1", "'Tiltak drift'!A1") and surrounding spaces. */
function stripSheet(ref: string): string {
  const bang = ref.lastIndexOf('!');
  return (bang >= 0 ? ref.slice(bang + 1) : ref).trim();
}

/** Parses "A1", "$B$7" or "'Sheet'!C3" into a 1-based row and column; null when it is not one cell. */
export function parseA1(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(stripSheet(addr));
  if (!m) return null;
  const col = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  if (col < 1 || col > MAX_COLUMN || row < 1 || row > MAX_ROW) return null;
  return { row, col };
}

/** The A1 address of a 1-based row and column: (5, 8) → "H5". */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/**
 * Parses a range "A1:T12" (or a single cell "B2", which is a one-cell range) into 1-based bounds,
 * normalised so that top ≤ bottom and left ≤ right; null when it is not a range.
 */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const bare = stripSheet(ref);
  const parts = bare.split(':');
  if (parts.length > 2) return null;
  const a = parseA1(parts[0] ?? '');
  const b = parts.length === 2 ? parseA1(parts[1] ?? '') : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The A1 range of 1-based bounds: (1, 1, 12, 20) → "A1:T12". */
export function toRange(top: number, left: number, bottom: number, right: number): string {
  return `${toA1(top, left)}:${toA1(bottom, right)}`;
}
