/**
 * What the Avstemming sheet keeps of the user's word between checks (SPEC §10): the Status values, why a row no item
 * took is kept, and what a kept Status no longer says of its item.
 */
import type { Kr, Unit } from './money';
import type { ReconciliationClass } from './reconciliationCodes';

/**
 * Why a row no item took is kept: its item is gone, a row above took it, it has no Kode — or its item may only wait
 * for a table's year headers (`yearsNotRead`, SPEC §8) or for the economy plan's figures of its year (`yearsEmpty`).
 * On a plan's own Avstemming in a consolidation (SPEC §15) its item may be the plan's own check's: made from its own
 * Økonomiplan sheet, which the run does not read (`ownSheet`), or compared across the plans on «Avstemming planer»
 * (`consolidated`: a frame, a line no plan has). The other way round, on a plan checked on its own, a row a
 * consolidation wrote for an item only it makes (`fromConsolidation`: its «Celle økonomiplan» names that workbook).
 */
export type KeptReason =
  | 'vanished'
  | 'duplicate'
  | 'noCode'
  | 'yearsNotRead'
  | 'yearsEmpty'
  | 'ownSheet'
  | 'consolidated'
  | 'fromConsolidation';

export const RECONCILIATION_STATUSES = ['Åpen', 'Akseptert', 'Rettet'] as const;

/**
 * What a Status the user left no longer says of its item (docs/spec.md §10): «Akseptert» given at one Avvik while
 * the Avvik is now another (`accepted` and `now` in kroner), or given as one class (`acceptedAs`: a timing
 * difference) while the item is now a graver one (`nowAs`: a mismatch), or «Rettet» on an item still beyond the
 * tolerance; and on a row kept below the items, the Avvik its «Akseptert» was given at (`accepted`), for when its item returns.
 */
export type StatusReview =
  | { readonly kind: 'accepted-changed'; readonly accepted: Kr; readonly now: Kr }
  | { readonly kind: 'fixed-open'; readonly now: Kr }
  | {
      readonly kind: 'accepted-reclassified';
      readonly acceptedAs: ReconciliationClass;
      readonly nowAs: ReconciliationClass;
    }
  | { readonly kind: 'accepted'; readonly accepted: Kr };

/**
 * What a table's writer needs to say what a kept Status no longer says (sheets/statusReview.ts), on Avstemming and on
 * «Avstemming planer» alike (SPEC §15: Status is kept there by the rule of §10).
 */
export interface StatusReviewText {
  /** The sentence put before an item's Forklaring when its kept Status no longer says what it said. */
  readonly review: (review: StatusReview) => string;
  /**
   * The Avvik a Forklaring says was accepted (in the unit it names, else the row's), in any language the product
   * wrote that sentence in (`review`), else null: a note stays until the user clears it.
   */
  readonly acceptedIn: (explanation: string) => { readonly value: number; readonly unit?: Unit } | null;
  /** The class a Klasse cell's text stands for (a label in any language, or the class itself), else null. */
  readonly classOf: (text: string) => ReconciliationClass | null;
  /** The class a Forklaring's note says «Akseptert» was given as (`accepted-reclassified`), in any language; else null. */
  readonly acceptedAsIn: (explanation: string) => ReconciliationClass | null;
}
