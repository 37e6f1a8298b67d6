/**
 * An ID that now names another measure (docs/spec.md §14, the product's choice): an ID is never reused (SPEC §4),
 * but a user who removes D-002 and types a new measure under the same ID gets one changed measure, its Tiltak text
 * and perhaps every amount changed, and a reader of the change log takes it for the old measure edited. Measures are
 * still matched by ID (SPEC §14); the report says so when the Tiltak text was replaced, not edited: the older and the
 * newer text share no word. A word is a run of letters or digits (hyphens inside: «D-007») of at least four characters, not a common small
 * word; two words are the same when one begins with the other («miljøteam», «miljøteamet») or they share their first
 * five characters («utvidelse», «utvidet»). A text without such a word (too short to judge) is never called replaced.
 */
import type { MeasureChange } from '../model/changeSet';

/** Words of four letters or more that say nothing of what a measure is. */
const SMALL = new Set(['eller', 'etter', 'under', 'over', 'samt', 'mellom', 'innen', 'gjennom', 'blant', 'with']);

/** The words of a Tiltak text that can tell two measures apart. */
function wordsOf(text: string): string[] {
  const words = text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return words.filter((w) => w.length >= 4 && !SMALL.has(w));
}

/** Whether two words are one (a word and its inflection: one begins with the other, or the first five agree). */
function sameWord(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a) || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/** Whether `after` replaced `before` rather than edited it: both have words, and they share none. */
export function isReplacedText(before: string, after: string): boolean {
  const [a, b] = [wordsOf(before), wordsOf(after)];
  return a.length > 0 && b.length > 0 && !a.some((x) => b.some((y) => sameWord(x, y)));
}

/** A changed measure whose Tiltak text was replaced: the older and the newer text. */
export interface ReplacedText {
  readonly measure: MeasureChange;
  readonly old: string;
  readonly new: string;
}

/** The changed measures whose Tiltak text was replaced (isReplacedText), in the order of `changed`. */
export function replacedTexts(changed: readonly MeasureChange[]): ReplacedText[] {
  return changed.flatMap((m) => {
    const c = m.changes.find((f) => f.field === 'measure');
    if (!c || typeof c.old !== 'string' || typeof c.new !== 'string') return [];
    return isReplacedText(c.old, c.new) ? [{ measure: m, old: c.old, new: c.new }] : [];
  });
}
