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
 * only letters and digits kept, which also joins words broken by a hyphen and a line break.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\([^()]*\)\s*$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a normalised header text names `spec` by its header or one of its aliases. */
export function matchesHeader(normalized: string, spec: HeaderLike): boolean {
  if (normalized === '') return false;
  return normalizeHeader(spec.header) === normalized || spec.aliases.some((a) => normalizeHeader(a) === normalized);
}

/** The year a header cell names (a number or the text of a year, 1900–2200), or null. */
export function parseYearHeader(value: CellValue): number | null {
  const text = headerText(value);
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2200 ? year : null;
}
