/**
 * Turning what Excel returns for a used range into the port's plain snapshot (pure: no Office calls here).
 */
import type { CellValue, SheetSnapshot } from '../../domain';

/** A used range as loaded: the fields read() asks Excel for. */
export interface LoadedRange {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
}

/** "'Tiltak drift'!A1:T12" → "A1:T12" (Excel puts the sheet name in front of every address it returns). */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** "A1:T12" → "A1"; "B3" → "B3". */
export function topLeft(address: string): string {
  return stripSheet(address).split(':')[0]?.replace(/\$/g, '') ?? 'A1';
}

function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === 'Error') return { error: String(value) };
  if (type === 'Empty' || value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

function toFormula(formula: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
}

function toFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== '' ? format : null;
}

/** One sheet's snapshot from its loaded used range, or an empty sheet when Excel had none (null object). */
export function toSheetSnapshot(sheet: string, range: LoadedRange | null): SheetSnapshot {
  if (!range) return { sheet, origin: 'A1', values: [], formulas: [], numberFormats: [] };
  return {
    sheet,
    origin: topLeft(range.address),
    values: range.values.map((row, r) => row.map((v, c) => toCellValue(v, range.valueTypes[r]?.[c]))),
    formulas: range.formulas.map((row) => row.map(toFormula)),
    numberFormats: range.numberFormat.map((row) => row.map(toFormat)),
  };
}
