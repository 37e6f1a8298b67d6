/**
 * The free IDs that id-missing and id-duplicate suggest (SPEC §4: IDs are never reused): per table the
 * highest number in use + 1, + 2 …, so that two rows without an ID are offered two different IDs.
 */
import { idSuggester } from '../model/measureId';
import { INVESTMENT_TABLE, OPERATING_TABLE } from '../model/schema';
import type { Measure } from '../model/plan';

/** A free ID of a measure's table each time it is called (see idSuggester); built on first use. */
export type SuggestId = (m: Measure) => string;

/**
 * Free IDs for the rows of `measures` that need one: the highest number in use + 1, + 2 … per table, counting the
 * IDs the saved versions and archives hold (`versionIds`, Plan.versionIds: an archived measure's ID is not free).
 */
export function freeIds(measures: readonly Measure[], versionIds: readonly string[] = []): SuggestId {
  let suggest: ((prefix: string) => string) | null = null;
  return (m) => {
    suggest ??= idSuggester(measures.map((x) => x.id).concat(versionIds));
    return suggest(m.table === 'operating' ? OPERATING_TABLE.idPrefix : INVESTMENT_TABLE.idPrefix);
  };
}
