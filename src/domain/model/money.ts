/**
 * Money: integer kroner inside the core, converted at the edges (SPEC §7 in docs/spec.md; docs/style.md, Money).
 * This is the only file allowed to brand a number as Kr.
 */
/** Integer kroner. Every amount inside the core is one of these; convert at the edges only. */
export type Kr = number & { readonly __brand: 'Kr' };

export const UNITS = ['kr', '1000 kr', 'mill kr'] as const;
export type Unit = (typeof UNITS)[number];

/** Kroner per one unit of each Beløpsenhet. */
export const UNIT_FACTOR: Readonly<Record<Unit, number>> = { kr: 1, '1000 kr': 1000, 'mill kr': 1_000_000 };

/** Zero kroner. */
export const ZERO = 0 as Kr;

/**
 * The largest amount a cell may hold, in kroner: 10^12, a thousand billion (Norway's whole state budget is
 * about two). Nothing real comes near it, and below it sums of thousands of cells stay exact integers.
 */
export const MAX_KR = 1e12;

/** Rounds half away from zero, like Excel's ROUND(x, 0): 2.5 → 3, −2.5 → −3. Never returns −0. */
export function roundHalfAwayFromZero(x: number): number {
  // Math.round on the magnitude is exact for doubles (unlike floor(x + 0.5)); the sign is put back after.
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/** Brands an integer as kroner; a non-integer is a programmer error. */
export function kr(n: number): Kr {
  // No assert(cond, message) helper: kr() runs for every amount of a check, and a message argument would turn
  // the number into text on every call, not only when it fails.
  if (!Number.isSafeInteger(n)) throw new Error(`kr(): not a safe integer: ${n}`);
  return (n === 0 ? 0 : n) as Kr;
}

/**
 * Converts a number in `unit` to integer kroner. The product is normalised to 15 significant digits
 * first, because 0.5005 × 1000 is 500.49999999999994 in binary: 0,5005 thousand → 501 kr.
 * Exact for inputs with up to 15 significant digits.
 */
export function toKr(value: number, unit: Unit): Kr {
  if (!Number.isFinite(value)) throw new Error(`toKr(): not a finite number: ${value}`);
  const exact = value * UNIT_FACTOR[unit];
  // An integer below 10^15 already has at most 15 digits: toPrecision would give it back unchanged.
  if (Number.isInteger(exact) && Math.abs(exact) < 1e15) return kr(exact);
  const product = Number(exact.toPrecision(15));
  return kr(roundHalfAwayFromZero(product));
}

/**
 * The whole kroner a limit of `value` (≥ 0) in `unit` allows, a Toleranse (SPEC §3, §10: |Δ| ≤ Toleranse):
 * rounded down, not half away from zero as an amount is. Every Δ is whole kroner, so 0,5 in a kr workbook allows
 * a Δ of 0 only; read as 1 kr it would class a 1 kr difference as rounding, which the Toleranse typed does not.
 */
export function limitToKr(value: number, unit: Unit): Kr {
  if (!Number.isFinite(value) || value < 0) throw new Error(`limitToKr(): not a finite limit: ${value}`);
  return kr(Math.floor(Number((value * UNIT_FACTOR[unit]).toPrecision(15))));
}

/** Sums kroner, skipping null/undefined (empty cells). */
export function sumKr(values: readonly (Kr | null | undefined)[]): Kr {
  let total = 0;
  // Counted: asked per row (docs/performance.md).
  for (let i = 0; i < values.length; i++) total += values[i] ?? 0;
  return kr(total);
}

/** Kroner expressed in `unit` (what a user would type): 501 kr in '1000 kr' → 0.501. */
export function fromKr(amount: Kr, unit: Unit): number {
  const value = amount / UNIT_FACTOR[unit];
  return value === 0 ? 0 : value;
}

/** Whether `s` is one of the canonical unit spellings. */
export function isUnit(s: string): s is Unit {
  return (UNITS as readonly string[]).includes(s);
}

// Keys after parseUnit's normalisation: "kroner" and "NOK" are "kr", a number and a word stand apart. The short
// forms of municipal budgets (tkr, TNOK; mkr, MNOK), nynorsk's "millionar" and the singular "million" («1 million
// kroner») are each one unit only.
const UNIT_SPELLINGS: Readonly<Record<string, Unit>> = {
  kr: 'kr',
  '1000 kr': '1000 kr',
  'kr 1000': '1000 kr',
  'i 1000 kr': '1000 kr',
  tusen: '1000 kr',
  'tusen kr': '1000 kr',
  tkr: '1000 kr',
  tnok: '1000 kr',
  'mill kr': 'mill kr',
  'kr mill': 'mill kr',
  mill: 'mill kr',
  million: 'mill kr',
  'million kr': 'mill kr',
  millioner: 'mill kr',
  'millioner kr': 'mill kr',
  millionar: 'mill kr',
  'millionar kr': 'mill kr',
  'i mill kr': 'mill kr',
  mkr: 'mill kr',
  mnok: 'mill kr',
};

/**
 * Reads a unit as users write it ('Mill kr.', 'mill. kr', 'millkr', 'million kroner', '1 000 kr', '1000kr', 'NOK 1000',
 * 'tusen kroner', 'tkr', 'MNOK', '(1000 kr)' …); null when unknown. The one reader of a whole unit: the Beløpsenhet setting and
 * `--unit` alike.
 */
export function parseUnit(text: string): Unit | null {
  const key = text
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\./g, ' ')
    .replace(/(\d)\s+(?=\d{3}\b)/g, '$1')
    .replace(/(\d)(?=\p{L})|(\p{L})(?=\d)/gu, '$1$2 ')
    .replace(/\b(tusen|mill(?:ion|ioner|ionar)?)(?=kr\b|kroner\b|nok\b)/g, '$1 ')
    .replace(/\b(?:kroner|nok)\b/g, 'kr')
    .replace(/\s+/g, ' ')
    .trim();
  return UNIT_SPELLINGS[key] ?? null;
}

/**
 * How many decimals a typed amount may carry in `unit` before it is suspicious (amount-precision):
 * whole kroner and whole thousands; mill kr down to the thousand (3 decimals).
 */
export function decimalsAllowed(unit: Unit): number {
  return unit === 'mill kr' ? 3 : 0;
}

/** Number of decimals of a typed number, ignoring binary noise (0.6 + 1.2 counts as 1.8). */
export function countDecimals(x: number): number {
  if (!Number.isFinite(x)) return 0;
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return 0;
  const text = String(Number(x.toPrecision(15)));
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return 0;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}
