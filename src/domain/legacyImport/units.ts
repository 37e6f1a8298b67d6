/**
 * Units stated in a legacy table's header ("Kostnad – Mill kr.", "Finansiering (1000 kr)") and the
 * rule of SPEC §11 that gives every amount column one: its own unit, else its group's, else the one
 * stated elsewhere in the same header, else the user's --unit.
 */
import type { Unit } from '../model/money';

// Order matters: "mill kr" and "1000 kr" contain "kr", so the bare-kroner patterns come last. A bare
// "kr" counts only as "(kr)", "i kr", "kroner" or a whole cell, never as in "under kr. 100.000". Only the
// headers of amount columns are searched, so "mill" or "tusen" alone there ("(mill.)", "i tusen") is a unit.
const UNIT_PATTERNS: readonly { readonly unit: Unit; readonly pattern: RegExp }[] = [
  { unit: 'mill kr', pattern: /\bmill(?:ioner)?\.?\s*(?:kr|kroner|nok)\b|\bmnok\b|\bmill(?:ioner)?(?![\p{L}])/u },
  {
    unit: '1000 kr',
    pattern:
      /\b1[\s\u00a0\u202f.]?000[\s-]*(?:kr|kroner|nok)\b|\btusen\b|\b(?:kr|nok)\.?\s*1[\s.]?000\b|\(1[\s.]?000\)|\bi\s+(?:hele\s+)?1[\s.]?000\b/,
  },
  { unit: 'kr', pattern: /\(\s*kr\.?\s*\)|\bi\s+kr\b|\bkroner\b|^\s*kr\.?\s*$/ },
];

/** The unit a header text states, or null when it states none. */
export function findUnit(text: string): Unit | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  for (const { unit, pattern } of UNIT_PATTERNS) if (pattern.test(lower)) return unit;
  return null;
}

/**
 * The unit a table's title states ("Tabell 6.1 Utviklingstiltak drift (mill kr)", "…, beløp i 1000 kr"), or
 * null. Narrower than a header: only the title's last parenthesis or what follows its last " i ", and only when
 * that part is short, so "Tiltak over 100 000 kroner" or "Tiltak i kommunen (2011-2014)" state none.
 */
export function findTitleUnit(title: string): Unit | null {
  const parts = [/\(([^()]*)\)\s*$/.exec(title)?.[1], /^.*\s(i\s+[^()]*)$/is.exec(title)?.[1]];
  for (const part of parts) {
    const unit = part !== undefined && part.trim().length <= 25 ? findUnit(part) : null;
    if (unit) return unit;
  }
  return null;
}

/** Where a column's unit came from, for the import log. */
export type UnitSource = 'column' | 'group' | 'table' | 'title' | 'option' | 'assumed';

export interface ColumnUnit {
  readonly unit: Unit;
  readonly source: UnitSource;
}

/**
 * Resolves one amount column's unit. `tableUnits` are the distinct units stated anywhere in the table's
 * header (first occurrence first); when they disagree the user's unit wins, else the first stated. A header
 * that states none takes the unit of the table's title (findTitleUnit), as part of the table's heading.
 */
export function resolveColumnUnit(
  own: Unit | null,
  group: Unit | null,
  tableUnits: readonly Unit[],
  option: Unit | undefined,
  target: Unit,
  title: Unit | null = null,
): ColumnUnit {
  if (own) return { unit: own, source: 'column' };
  if (group) return { unit: group, source: 'group' };
  const [first] = tableUnits;
  if (first && (tableUnits.length === 1 || !option)) return { unit: first, source: 'table' };
  if (!first && title) return { unit: title, source: 'title' };
  if (option) return { unit: option, source: 'option' };
  return { unit: target, source: 'assumed' };
}
