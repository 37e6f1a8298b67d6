/**
 * An amount typed in the add-measure form with a unit written after it: «1 500 000 kr», «1,5 mill kr», «1 500 tkr».
 * The sheet reads a cell's kroner word in the Beløpsenhet and any other unit word as no number (SPEC §7); the form,
 * which knows the plan's unit, names the figure to type instead, or says that the amount cannot be written in the
 * plan's unit (SPEC §4: 1 000 kr is the smallest amount of 1000 kr and mill kr, so 1,5 kr in mill kr is no figure).
 */
import {
  countDecimals,
  decimalsAllowed,
  formatNumber,
  namesKroner,
  parseNorwegianNumber,
  parseUnit,
  UNIT_FACTOR,
  type Unit,
} from '../../domain';

/**
 * Why an amount typed with a unit is refused: `kroner` in a plan of another unit («1 500 000 kr» in mill kr),
 * `otherUnit` («1 500 tkr» in mill kr), `unitTyped` the plan's own («1,5 mill kr», no number to a cell), each asked
 * for as the figure in the plan's unit; `amountTooFine` no figure of it («1,5 kr» in mill kr, SPEC §4).
 */
export type UnitError = 'kroner' | 'otherUnit' | 'unitTyped' | 'amountTooFine';

const UNIT_ERRORS: readonly string[] = ['kroner', 'otherUnit', 'unitTyped', 'amountTooFine'] satisfies UnitError[];

export const isUnitError = (error: string): error is UnitError => UNIT_ERRORS.includes(error);

/** A number typed with its unit. */
export interface TypedAmount {
  readonly n: number;
  readonly unit: Unit;
}

const SPACES = /[\u00a0\u202f\u2009\u2007]/g;

/**
 * The number and the unit of text typed as an amount with a unit: a kroner word as the cell reader knows it
 * («1 500 000 kr», «kr 2 400,-»), or a number followed by a unit spelled as Beløpsenhet is (§3: «1,5 mill kr»,
 * «1,5 mill», «1 500 tkr»). Null for a bare number and for anything else.
 */
export function typedAmount(text: string): TypedAmount | null {
  const read = parseNorwegianNumber(text);
  if (read !== null) return namesKroner(text) ? { n: read, unit: 'kr' } : null;
  const s = text.replace(SPACES, ' ').trim();
  const at = s.search(/\p{L}/u);
  if (at <= 0) return null;
  const n = parseNorwegianNumber(s.slice(0, at));
  const unit = parseUnit(s.slice(at));
  return n === null || unit === null ? null : { n, unit };
}

/** The typed amount in `unit`, to 15 digits (1 500 000 kr in mill kr → 1,5; 1,5 kr → 0,0000015). */
export function amountInUnit(typed: TypedAmount, unit: Unit): number {
  return Number(((typed.n * UNIT_FACTOR[typed.unit]) / UNIT_FACTOR[unit]).toPrecision(15));
}

/** Whether the typed amount is a figure of `unit`: no more decimals than it allows (amount-precision's rule). */
export function fitsUnit(typed: TypedAmount, unit: Unit): boolean {
  return countDecimals(amountInUnit(typed, unit)) <= decimalsAllowed(unit);
}

/** The smallest amount `unit` writes, in it («0,001» in mill kr) and in kroner («1 000 kr»). */
export function smallestAmount(unit: Unit): { smallest: string; smallestKr: string } {
  const decimals = decimalsAllowed(unit);
  const smallest = 10 ** -decimals;
  return { smallest: formatNumber(smallest), smallestKr: `${formatNumber(smallest * UNIT_FACTOR[unit])} kr` };
}

/**
 * Why `text`, read by the cell reader as `n` (undefined: no number), cannot be taken in a plan in `unit`; undefined
 * when it can (kroner in a kr plan are the cell reader's own, SPEC §7); null when it names no unit.
 */
export function unitError(text: string, n: number | null | undefined, unit: Unit): UnitError | undefined | null {
  const typed = typedAmount(text);
  if (typed === null) return null;
  if (typed.unit === unit) return n === undefined ? 'unitTyped' : undefined;
  if (!fitsUnit(typed, unit)) return 'amountTooFine';
  return typed.unit === 'kr' ? 'kroner' : 'otherUnit';
}

/** The params of a unit error's message: the text as typed, the units, and the figure to type or the smallest. */
export function unitErrorParams(text: string, error: UnitError, unit: Unit): Readonly<Record<string, string>> {
  const typed = typedAmount(text) ?? { n: 0, unit };
  const params = { typed: text.trim(), unit, typedUnit: typed.unit };
  if (error === 'amountTooFine') return { ...params, ...smallestAmount(unit) };
  return { ...params, suggestion: formatNumber(amountInUnit(typed, unit)) };
}

/** An example amount for a message asking for a number, of the size a measure has in `unit` (as she types it). */
export const AMOUNT_EXAMPLE: Readonly<Record<Unit, string>> = {
  kr: '250 000',
  '1000 kr': '1 200',
  'mill kr': '1,25',
};
