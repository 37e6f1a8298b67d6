/**
 * A priority renumbering among the changed measures (docs/spec.md §14, the product's choice). A roll takes the
 * finished one-offs out of a section and numbers the rest 1..m again (SPEC §11); a measure added at the top
 * pushes the others down. Each such measure has a changed Prioritet, and the comparison lists it (SPEC §14 names
 * priority among the changed fields) — but its rank did not change, only its number, and a reader of a political
 * case looking for what changed must not have to sort five renumberings from one real change.
 *
 * A changed measure is only renumbered when its one change is Prioritet, a number on both sides, and its section
 * keeps its order: of the measures standing in that section (same table, same Seksjon) in both versions, any
 * two come in the same order by the older priorities as by the newer ones (ties stay ties). A measure with a
 * priority typed as text ("høy") has no place in that order and is left out of it.
 */
import type { MeasureChange } from '../model/changeSet';
import type { Measure } from '../model/plan';
import { keptPriority } from '../read/typedTexts';

/** The key of a measure's section: its table and its Seksjon as typed (a changed Seksjon is no renumbering). */
const sectionKey = (m: { readonly table: string; readonly section: string }): string => `${m.table}\u0000${m.section}`;

/**
 * Whether a measure's changes are its Prioritet alone, a number before and after, beside amounts of years one
 * version only holds (no comparison: a roll's years; the report lists those with the real changes, oneSidedOf).
 */
function priorityOnly(m: MeasureChange): boolean {
  const compared = m.changes.filter((c) => c.onlyIn === undefined);
  const [c] = compared;
  return (
    compared.length === 1 &&
    m.movedFrom === undefined &&
    c?.field === 'priority' &&
    typeof c.old === 'number' &&
    typeof c.new === 'number'
  );
}

/** Whether the older priorities and the newer ones put `pairs` in the same order (ties stay ties). */
function sameOrder(pairs: readonly (readonly [number, number])[]): boolean {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1] as readonly [number, number], sorted[i] as readonly [number, number]];
    if (Math.sign(b[0] - a[0]) !== Math.sign(b[1] - a[1])) return false;
  }
  return true;
}

/**
 * The changed measures (`changed`, the comparison's) with `renumbered: true` on those only renumbered. `pairs`
 * holds every measure found in both versions in the same table and section, the older and the newer one after
 * each other (a flat list: a comparison of 10 000 measures makes no object per pair). The same array when no
 * measure is renumbered.
 */
export function markRenumbered(changed: MeasureChange[], pairs: readonly Measure[]): MeasureChange[] {
  const candidates = new Set(changed.filter(priorityOnly).map(sectionKey));
  if (candidates.size === 0) return changed;
  const orders = new Map<string, [number, number][]>();
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [before, after] = [pairs[i] as Measure, pairs[i + 1] as Measure];
    const key = sectionKey(after);
    const [a, b] = [keptPriority(before), keptPriority(after)];
    if (!candidates.has(key) || typeof a !== 'number' || typeof b !== 'number') continue;
    const list = orders.get(key);
    if (list) list.push([a, b]);
    else orders.set(key, [[a, b]]);
  }
  const kept = new Set([...orders].filter(([, list]) => sameOrder(list)).map(([key]) => key));
  if (kept.size === 0) return changed;
  return changed.map((m) => (priorityOnly(m) && kept.has(sectionKey(m)) ? { ...m, renumbered: true } : m));
}
