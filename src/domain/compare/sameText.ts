/**
 * A measure renumbered with its text kept (D-002 retyped as D-005): measures are matched by ID (SPEC §14), so it
 * is one measure removed and one added, and a reader sees no link between them. The report keeps both lists as
 * SPEC has them and adds a hint (the product's choice, not a rule of matching): an added and a removed measure
 * with the same Tiltak text, each the only one of its list with that text, may be one measure with a new ID.
 */
import type { ChangeSet, MeasureEntry } from '../model/changeSet';

/** An added measure and the removed one with the same Tiltak text. */
export interface SameTextPair {
  readonly removed: MeasureEntry;
  readonly added: MeasureEntry;
}

/** Tiltak text as compared: outer and repeated spaces and case aside ("Bo Kart" = "bo  kart "). */
export const textKey = (m: { readonly measure: string }): string =>
  m.measure.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** The entries with an ID whose text no other entry of `list` shares, by text; an empty text names nothing. */
function uniqueByText(list: readonly MeasureEntry[]): Map<string, MeasureEntry> {
  const seen = new Map<string, MeasureEntry | null>();
  for (const m of list) {
    // A measure without ID has none to have renumbered: changed, it stays added and removed (measures.ts).
    if (m.id.trim() === '') continue;
    const key = textKey(m);
    if (key !== '') seen.set(key, seen.has(key) ? null : m);
  }
  return new Map([...seen].filter((e): e is [string, MeasureEntry] => e[1] !== null));
}

/**
 * The pairs of an added and a removed measure (not a finished one-off: that one was done) with the same Tiltak
 * text, when neither list holds another measure with it; in the order of the added measures.
 */
export function sameTextPairs(measures: ChangeSet['measures']): SameTextPair[] {
  const removed = uniqueByText(measures.removed);
  return [...uniqueByText(measures.added)].flatMap(([key, added]) => {
    const old = removed.get(key);
    return old ? [{ removed: old, added }] : [];
  });
}
