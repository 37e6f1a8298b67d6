/**
 * Number headings ("Nr.", "Nr", "Nummer", "Tiltak nr", "Tiltaksnr.") name the priority or the plan reference
 * by where they stand (SPEC §11, import decisions): in a header with no Prioritet heading, the first of them
 * before a Tiltak heading is the priority (one per Tiltak, for tables side by side); any other is the Ref.,
 * unless a Ref. heading of its own stands in the header: then it has no place (its cells go to Kommentar).
 */
import { NUMBER, type LegacyKey } from './columns';

/** A heading in a header row or table: its column and what it maps to. */
export interface Heading {
  readonly col: number;
  readonly key: LegacyKey | null;
}

/** The headings, left to right, with every number heading settled; `numbered` marks those that were one. */
export function settleNumbers<T extends Heading>(heads: readonly T[]): (T & { readonly numbered?: true })[] {
  const sorted = [...heads].sort((a, b) => a.col - b.col);
  const hasPriority = sorted.some((h) => h.key === 'priority');
  let refFree = !sorted.some((h) => h.key === 'ref');
  const priorities = new Set<number>();
  let candidate: number | null = null;
  for (const h of sorted) {
    if (h.key === NUMBER && candidate === null) candidate = h.col;
    if (h.key === 'measure') {
      if (candidate !== null && !hasPriority) priorities.add(candidate);
      candidate = null;
    }
  }
  return heads.map((h) => {
    if (h.key !== NUMBER) return h;
    let key: LegacyKey | null = null;
    if (priorities.has(h.col)) key = 'priority';
    else if (refFree) [key, refFree] = ['ref', false];
    return { ...h, key, numbered: true };
  });
}
