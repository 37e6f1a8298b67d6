/** Which measures are costed (SPEC §4): only Kostnadsstatus Beregnet enters totals and reconciliation. */
import { COSTED } from '../model/schema';
import type { Measure } from '../model/plan';

const COSTED_LOWER = COSTED.toLowerCase();

/**
 * Whether a measure is costed (Kostnadsstatus Beregnet). Case-insensitive like the SUMIFS criteria that
 * Sammendrag writes, so the live formulas and the core agree.
 */
export function isCosted(m: Measure): boolean {
  // The exact spelling first: asked many times per measure, and lower-casing allocates a copy each time.
  return m.costStatus === COSTED || m.costStatus.trim().toLowerCase() === COSTED_LOWER;
}
