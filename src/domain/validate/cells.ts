/**
 * Small shared helpers of the validator: which cell a finding points at, and plain sums of amounts.
 */
import { makeFinding } from '../model/finding';
import { cellAddress } from '../read/rowCells';
import type { Finding, FindingCode } from '../model/finding';
import type { FindingParams } from '../model/findingParams';
import { ZERO, type Kr } from '../model/money';
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
export function findingAt<C extends FindingCode>(m: Measure, code: C, key: string, params: FindingParams[C]): Finding {
  return makeFinding(code, m.sheet, findingCell(m, key), params, m.id.trim() === '' ? undefined : m.id);
}

/** An amount; an empty cell counts as 0. */
export const amountOf = (v: Kr | null | undefined): Kr => v ?? ZERO;

/** −1, 0 or 1 (never −0). */
export const signOf = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);
