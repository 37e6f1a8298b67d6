/**
 * Reading one amount cell (SPEC §7): numbers in the workbook unit become integer kroner; Norwegian number
 * text counts with its value but is flagged (Excel's own sums skip text); dash runs are an explicit 0;
 * everything else is invalid and counts as 0 — "2.4" too, whose dot SPEC §7 reads only as a thousands separator.
 */
import { countDecimals, decimalsAllowed, MAX_KR, toKr, UNIT_FACTOR } from '../model/money';
import { decimalPointText, formatNumber, parseNorwegianNumber } from '../model/norwegianNumber';
import { cellText, cellValueType } from './sheetCells';
import { isDashOnly } from '../model/dashOnly';
import type { FindingParams } from '../model/findingParams';
import type { Kr, Unit } from '../model/money';
import { isUncalculated, type CellValue } from '../model/snapshot';

type AmountCode = 'amount-invalid' | 'amount-text' | 'amount-placeholder' | 'amount-precision';

/** A finding about an amount cell, without the column (the row reader adds it). */
export type AmountIssue = {
  readonly [C in AmountCode]: { readonly code: C; readonly params: Omit<FindingParams[C], 'column'> };
}[AmountCode];

export interface AmountRead {
  /** Kroner, or null for an empty cell; an invalid cell reads as 0. */
  readonly value: Kr | null;
  readonly invalid: boolean;
  readonly issues: readonly AmountIssue[];
}

// Shared, since a read makes one result per amount cell and nearly all are plain numbers or empty.
const NO_ISSUES: readonly AmountIssue[] = Object.freeze([]);
const EMPTY: AmountRead = Object.freeze({ value: null, invalid: false, issues: NO_ISSUES });

/** A formula without its result in the file: read as nothing would be a silent wrong figure. */
const UNCALCULATED_ISSUE: AmountIssue = { code: 'amount-invalid', params: { value: '', reason: 'uncalculated' } };

/** `valueType`: the cell holds a logical or an error value, `raw` its English text (cellValueType). */
const invalid = (raw: string, valueType?: 'logical' | 'error'): AmountRead => ({
  value: toKr(0, 'kr'),
  invalid: true,
  issues: [{ code: 'amount-invalid', params: valueType ? { value: raw, valueType } : { value: raw } }],
});

/** "2.4": no amount (SPEC §7: a dot groups thousands), with the "2,4" to type instead. */
const decimalPoint = (raw: string, suggestion: string): AmountRead => ({
  value: toKr(0, 'kr'),
  invalid: true,
  issues: [{ code: 'amount-invalid', params: { value: raw, reason: 'decimal-point', suggestion } }],
});

/**
 * A number beyond MAX_KR in `unit`: typed in another unit (kroner in a mill kr plan), said so; `shown` is the cell
 * as she sees it (the text typed, or the number grouped: 1 800 000). A number is carried as `number`, so a copy of
 * the plan writes the number she typed, never its rendering as text (read/typedTexts.ts).
 */
const tooLarge = (shown: string, number?: number): AmountRead => ({
  value: toKr(0, 'kr'),
  invalid: true,
  issues: [
    {
      code: 'amount-invalid',
      params:
        number === undefined ? { value: shown, reason: 'too-large' } : { value: shown, reason: 'too-large', number },
    },
  ],
});

/** A number typed in `unit`; `typed` is the amount-text issue when it was typed as text. */
function fromNumber(n: number, unit: Unit, typed?: AmountIssue): AmountRead {
  if (!Number.isFinite(n)) return invalid(String(n));
  if (Math.abs(n * UNIT_FACTOR[unit]) >= MAX_KR)
    return typed?.code === 'amount-text' ? tooLarge(typed.params.value) : tooLarge(formatNumber(n), n);
  const allowed = decimalsAllowed(unit);
  const value = toKr(n, unit);
  if (countDecimals(n) > allowed) {
    const precision: AmountIssue = { code: 'amount-precision', params: { value: n, decimals: allowed } };
    return { value, invalid: false, issues: typed ? [typed, precision] : [precision] };
  }
  return { value, invalid: false, issues: typed ? [typed] : NO_ISSUES };
}

/**
 * The kroner of an amount cell that reads without any issue (empty, or a number in range with the decimals
 * the unit allows), else undefined: then readAmount has something to say. The reader's per-cell fast path.
 */
export function plainAmount(value: CellValue, unit: Unit): Kr | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  if (Math.abs(value * UNIT_FACTOR[unit]) >= MAX_KR || countDecimals(value) > decimalsAllowed(unit)) return undefined;
  return toKr(value, unit);
}

/** Reads an amount cell typed in `unit`. */
export function readAmount(value: CellValue, unit: Unit): AmountRead {
  if (value === null) return EMPTY;
  if (typeof value === 'number') return fromNumber(value, unit);
  if (isUncalculated(value)) {
    return { value: toKr(0, 'kr'), invalid: true, issues: [UNCALCULATED_ISSUE] };
  }
  if (typeof value !== 'string') return invalid(cellText(value), cellValueType(value));
  const text = value.trim();
  if (text === '') return EMPTY;
  if (isDashOnly(text)) {
    return { value: toKr(0, unit), invalid: false, issues: [{ code: 'amount-placeholder', params: { value: text } }] };
  }
  const n = parseNorwegianNumber(text);
  if (n === null) {
    const suggestion = decimalPointText(text);
    return suggestion === null ? invalid(text) : decimalPoint(text, suggestion);
  }
  return fromNumber(n, unit, { code: 'amount-text', params: { value: text } });
}
