/**
 * An amount typed with a unit written after it: «1 500 000 kr», «1,5 mill kr», «1 500 tkr». SPEC §7 reads a kroner
 * word in the Beløpsenhet and any other unit word as no number; the add-measure form and the check's messages, which
 * know the plan's unit, name the exact figure to type instead, never rounded («1 200 kr» in 1000 kr → 1,2).
 */
import { countDecimals, parseUnit, UNIT_FACTOR, type Unit } from './money';
import { formatNumber, namesKroner, parseNorwegianNumber } from './norwegianNumber';

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

/** Most decimals a figure is written with (Intl's limit); an amount typed finer than that is noise. */
const MAX_DECIMALS = 20;

/** A figure written with every decimal it has, never rounded (0,0000015; 0,00000025; 1 500). */
export const exactFigure = (x: number): string => formatNumber(x, Math.min(countDecimals(x), MAX_DECIMALS));
