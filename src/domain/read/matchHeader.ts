/**
 * Header matching (SPEC §2, §11): columns are found by their text, ignoring case, punctuation, spaces,
 * line breaks and broken-word hyphens, so "Oppfølgings-\nansvarlig" finds the Ansvarlig column.
 */
import type { CellValue } from '../model/snapshot';

/** Anything with a canonical header text and accepted aliases (columns, list columns, settings). */
export interface HeaderLike {
  readonly header: string;
  readonly aliases: readonly string[];
}

/** The text of a header cell: numbers as digits (year headers), errors and empties as "". */
export function headerText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * Normalises header text for comparison: lower case, a trailing "(…)" note dropped (e.g. a unit), then
 * only letters and digits kept, which also joins words broken by a hyphen and a line break. The Norwegian
 * letters are folded to their spellings without them (å and aa → a, ø and oe → o, æ → ae), so «Rammeomrade»
 * typed on a keyboard or exported by a system without å finds Rammeområde; no two headers or aliases of a
 * schema table fold together (test/domain/read/headerFolding.test.ts).
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^()]*\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/å|aa/g, 'a')
    .replace(/ø|oe/g, 'o')
    .replace(/æ/g, 'ae');
}

/** Whether a normalised header text names `spec` by its header or one of its aliases. */
export function matchesHeader(normalized: string, spec: HeaderLike): boolean {
  return matchesExactHeader(normalized, spec) || spec.aliases.some((a) => normalizeHeader(a) === normalized);
}

/** Whether a normalised header text names `spec` by its own header (not an alias). */
export function matchesExactHeader(normalized: string, spec: HeaderLike): boolean {
  return normalized !== '' && normalizeHeader(spec.header) === normalized;
}

/** The year a header cell names (a number or the text of a year, 1900–2200), or null. */
export function parseYearHeader(value: CellValue): number | null {
  const text = headerText(value);
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2200 ? year : null;
}

/** A header cell that names a schema column (`key`), by the column's own header (`exact`) or by an alias. */
export interface NamingHeader {
  readonly spec: { readonly key: string } | undefined;
  readonly exact: boolean;
}

/**
 * Which header cells are read as the schema column they name (SPEC §2): one by the column's own header always;
 * one by an alias only where no cell of the row has the header itself — beside Kommentar, her «Merknad» is a
 * column of her own, left of it or right. The first of two taken is the product's (the other a duplicate).
 * The one rule of read/table.ts (scanHeaders) and read/readScope.ts (userColumnsOf).
 */
export function readsAsSchemaColumn(cells: readonly NamingHeader[]): boolean[] {
  const exactKeys = new Set(cells.flatMap((h) => (h.exact && h.spec ? [h.spec.key] : [])));
  return cells.map((h) => h.spec !== undefined && (h.exact || !exactKeys.has(h.spec.key)));
}
