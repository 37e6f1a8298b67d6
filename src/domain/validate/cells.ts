/**
 * Small shared helpers of the validator: which cell a finding points at, and plain sums of amounts.
 */
import { makeFinding } from '../model/finding';
import { cellAddress } from '../read/rowCells';
import type { Finding, FindingCode, FindingParams } from '../model/finding';
import type { Kr } from '../model/money';
import type { Measure } from '../model/plan';

/**
 * The A1 cell a finding about a measure's column `key` (a schema key or "year:<yyyy>") points at: that cell
 * (cellAddress). When the column is missing from the table the finding still needs a place: the ID cell,
 * else the row's first known cell, else column A.
 */
export function findingCell(m: Measure, key: string): string {
  return cellAddress(m, key) ?? cellAddress(m, 'id') ?? `${Object.values(m.cellColumns)[0] ?? 'A'}${m.row}`;
}

/** A finding about measure `m`, at the cell of its column `key`. */
export function findingAt(m: Measure, code: FindingCode, key: string, params: FindingParams = {}): Finding {
  return makeFinding(code, m.sheet, findingCell(m, key), params, m.id.trim() === '' ? undefined : m.id);
}

/** An amount as a plain number; an empty cell counts as 0. */
export const amountOf = (v: Kr | null | undefined): number => v ?? 0;

/**
 * Sum of amounts as a plain number (no Kr branding: params carry plain integers, and a sum of safe
 * integers from one row cannot reach the unsafe range in practice, so nothing here can throw).
 */
export function total(values: readonly (Kr | null | undefined)[]): number {
  let s = 0;
  for (const v of values) s += v ?? 0;
  return s;
}

/** −1, 0 or 1 (never −0). */
export const signOf = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);
