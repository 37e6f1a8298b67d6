/**
 * Where Excel's arithmetic differs from a plain IEEE double, for the cached values of a user's calculated column
 * (sheets/thisRowFormula.ts). Excel holds a cell's value as the full double and shows it to 15 significant digits.
 * When the last operation of a formula is an addition or a subtraction whose result is zero but for the error of
 * the operands' binary form, Excel returns 0 (Microsoft, «Floating-point arithmetic may give inaccurate results in
 * Excel»: =0.5-0.4-0.1 is 0, =1*(0.5-0.4-0.1) is -2.78E-17). Microsoft does not say how close is «very close»: the
 * product gives 0 only where the operands are the same to 15 digits and the result within a few units of their last
 * binary digit, as in Microsoft's examples, and leaves anything nearer than that to Excel (undefined).
 */

/** `v` to Excel's 15 significant digits: the value written as a cell's cached value. */
export const toExcelDigits = (v: number): number => Number(v.toPrecision(15));

/** Within 4 units of the last binary digit of an operand of magnitude 1: the residue Excel's examples show. */
const RESIDUE = 2 ** -51;
/** Nearer than 32 units: a rule Microsoft has not spelt out might still make it 0. */
const DOUBT = 2 ** -48;

/**
 * `a + b` (a subtraction as the sum with `-b`) as the last operation of a formula, as Excel returns it: 0 where the
 * operands cancel but for binary error, undefined where the product cannot tell whether Excel makes it 0.
 */
export function lastSum(a: number, b: number): number | undefined {
  const sum = a + b;
  const larger = Math.max(Math.abs(a), Math.abs(b));
  if (sum === 0 || larger === 0) return sum;
  const near = Math.abs(sum) / larger;
  const same = a.toPrecision(15) === (-b).toPrecision(15);
  if (same && near <= RESIDUE) return 0;
  return same || near <= DOUBT ? undefined : sum;
}
