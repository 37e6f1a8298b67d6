/**
 * An amount typed in the add-measure form with a unit written after it: «1 500 000 kr», «1,5 mill kr», «1 500 tkr».
 * The sheet reads a cell's kroner word in the Beløpsenhet and any other unit word as no number (SPEC §7); the form,
 * which knows the plan's unit, names the exact figure to type instead, never rounded («1 200 kr» in 1000 kr → 1,2;
 * «1,5 kr» in mill kr → 0,0000015). A figure with more decimals than the unit takes is a warning of the check
 * (SPEC §8 amount-precision), not a refusal: SPEC §4's 1 000 kr is how new money is rounded, not a floor on typed
 * amounts. The message says so.
 */
import { amountInUnit, countDecimals, decimalsAllowed, exactFigure, typedAmount, type Unit } from '../../domain';

/**
 * Why an amount typed with a unit is refused: `kroner` in a plan of another unit («1 500 000 kr» in mill kr),
 * `otherUnit` («1 500 tkr» in mill kr), `unitTyped` the plan's own («1,5 mill kr», no number to a cell), each asked
 * for as the figure in the plan's unit.
 */
export type UnitError = 'kroner' | 'otherUnit' | 'unitTyped';

const UNIT_ERRORS: readonly string[] = ['kroner', 'otherUnit', 'unitTyped'] satisfies UnitError[];

export const isUnitError = (error: string): error is UnitError => UNIT_ERRORS.includes(error);

/**
 * Why `text`, read by the cell reader as `n` (undefined: no number), cannot be taken in a plan in `unit`; undefined
 * when it can (kroner in a kr plan are the cell reader's own, SPEC §7); null when it names no unit.
 */
export function unitError(text: string, n: number | null | undefined, unit: Unit): UnitError | undefined | null {
  const typed = typedAmount(text);
  if (typed === null) return null;
  if (typed.unit === unit) return n === undefined ? 'unitTyped' : undefined;
  return typed.unit === 'kr' ? 'kroner' : 'otherUnit';
}

/**
 * The params of a unit error's message: the text as typed, the units, the exact figure to type in the plan's unit,
 * and `tooFine` "1" when that figure has more decimals than the unit takes (the check will warn, SPEC §8), else "0".
 */
export function unitErrorParams(text: string, error: UnitError, unit: Unit): Readonly<Record<string, string>> {
  const typed = typedAmount(text) ?? { n: 0, unit };
  const figure = amountInUnit(typed, unit);
  const tooFine = error !== 'unitTyped' && countDecimals(figure) > decimalsAllowed(unit);
  return {
    typed: text.trim(),
    unit,
    typedUnit: typed.unit,
    suggestion: exactFigure(figure),
    tooFine: tooFine ? '1' : '0',
  };
}

/** An example amount for a message asking for a number, of the size a measure has in `unit` (as she types it). */
export const AMOUNT_EXAMPLE: Readonly<Record<Unit, string>> = {
  kr: '250 000',
  '1000 kr': '1 200',
  'mill kr': '1,25',
};
