/** Which measures are costed (SPEC §4): only Kostnadsstatus Beregnet enters totals and reconciliation. */
import { COSTED } from '../model/choices';
import type { Measure } from '../model/plan';

/**
 * Whether a measure is costed (Kostnadsstatus Beregnet). The reader spells a known status canonically
 * whatever its case (parseChoice), like the SUMIFS criteria that Sammendrag writes, so the live formulas
 * and the core agree; the exact spelling is then the whole test.
 */
export function isCosted(m: Pick<Measure, 'costStatus'>): boolean {
  return m.costStatus === COSTED;
}
