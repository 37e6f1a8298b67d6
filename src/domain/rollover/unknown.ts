/**
 * Amounts a roll forward cannot know (SPEC §11, the product's choice written there): a text kept as typed that is
 * no dash — a "?", which the reader counts as 0 until it is fixed — is a cost not yet known. A sum with such a part
 * is not known either, and a row that knows none of its years does not know its new last year: the roll writes
 * «?» there, never a figure that looks known. A dash ("----") is an explicit 0 (SPEC §7) and adds as 0.
 */
import { sheetAddress, yearKey, type SheetRowCells } from '../read/rowCells';
import { cellText } from '../read/sheetCells';
import { isDashOnly } from '../model/dashOnly';
import type { Kr } from '../model/money';
import type { InvestmentMeasure } from '../model/plan';
import type { KeptAmount } from '../read/typedTexts';

/** Amount cells whose text the roll keeps as typed ("Tiltak drift!H5" → "?"): RollOptions.typed. */
export type Typed = ReadonlyMap<string, KeptAmount> | undefined;

/**
 * The unknown text ("?") of a row's cell in column `key`, or undefined when the cell holds a number the reader
 * counts, a dash or nothing. A number too large for the unit (kept as the number, read as 0: typedTexts.ts
 * keptAmounts) is not known either: its digits. Read as the 0 it counts as, an Engangs measure with one in a year
 * that stays left the tables as finished, and one in Tidligere bevilget or the year that leaves was dropped.
 */
export function unknownText(m: SheetRowCells, key: string, typed: Typed): string | undefined {
  const text = typed?.get(sheetAddress(m, key) ?? '');
  if (typeof text === 'number') return String(text);
  // A logical value is no amount known either, as its text «TRUE» was before it was kept as the logical value.
  if (typeof text === 'boolean') return cellText(text);
  return text === undefined || isDashOnly(text) ? undefined : text;
}

/** Whether a year that stays (every year but the first of `years`) holds an unknown amount. */
export function unknownLeft(m: SheetRowCells, years: readonly number[], typed: Typed): boolean {
  return years.slice(1).some((y) => unknownText(m, yearKey(y), typed) !== undefined);
}

/**
 * Whether a row knows none of its years: every year is unknown or empty, and one at least of those that stay is
 * unknown ("?", "?", "?", "?"). Its new last year is then «?», not a typed 0. A known year (300 in 2027) keeps
 * the rule's 0, and a "?" in the year that leaves alone says nothing of the years after it.
 */
export function allYearsUnknown(
  m: SheetRowCells & { readonly years: readonly (Kr | null)[] },
  years: readonly number[],
  typed: Typed,
): boolean {
  const unknown = years.map((y) => unknownText(m, yearKey(y), typed) !== undefined);
  return unknown.slice(1).some(Boolean) && m.years.every((v, i) => unknown[i] === true || v === null);
}

/**
 * An investment whose Tidligere bevilget is not known after the roll: the old Tidligere bevilget or the first
 * year held a "?", so the two could not be added. Amounts in kroner, an unknown part as its text, empty as null.
 */
export interface UnknownBefore {
  readonly id: string;
  /** The year that left. */
  readonly year: number;
  /**
   * What the rolled Tidligere bevilget holds: its text, or its number too large for the unit or its logical value
   * (TRUE, shown SANN) as the cell held it.
   */
  readonly kept: KeptAmount;
  /** Each part: its amount, its unknown text, or the logical value the cell held (SANN is no amount known either). */
  readonly before: Kr | string | boolean | null;
  readonly first: Kr | string | boolean | null;
  readonly beforeCell: string;
  readonly firstCell: string;
}

const heldAt = (m: InvestmentMeasure, key: string, typed: Typed): KeptAmount | undefined =>
  typed?.get(sheetAddress(m, key) ?? '');

/** A part of the sum as the note names it: the logical value the cell held, else its unknown text, else `known`. */
function partOf(
  held: KeptAmount | undefined,
  text: string | undefined,
  known: Kr | null,
): Kr | string | boolean | null {
  return typeof held === 'boolean' ? held : (text ?? known);
}

/**
 * Tidligere bevilget after the roll when either it or the first year is unknown: its own text when it was the
 * unknown one, else «?». Null when both are known (the caller adds them) or when the first year adds nothing
 * known or unknown (Tidligere bevilget stays as it was, its text included).
 */
export function unknownBefore(m: InvestmentMeasure, years: readonly number[], typed: Typed): UnknownBefore | null {
  const year = years[0];
  if (year === undefined) return null;
  const beforeText = unknownText(m, 'before', typed);
  const firstText = unknownText(m, yearKey(year), typed);
  const first = m.years[0] ?? null;
  if (firstText === undefined && (beforeText === undefined || first === null || first === 0)) return null;
  const held = heldAt(m, 'before', typed);
  return {
    id: m.id,
    year,
    kept: typeof held === 'number' || typeof held === 'boolean' ? held : (beforeText ?? '?'),
    before: partOf(held, beforeText, m.before),
    first: partOf(heldAt(m, yearKey(year), typed), firstText, first),
    beforeCell: sheetAddress(m, 'before') ?? '',
    firstCell: sheetAddress(m, yearKey(year)) ?? '',
  };
}
