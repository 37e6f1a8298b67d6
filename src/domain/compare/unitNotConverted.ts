/**
 * Beløpsenhet changed without converting the amounts (docs/spec.md §14, a repo addition). A user who switches
 * Innstillinger from «1000 kr» to «mill kr» and leaves the typed 250 as it is makes it 250 000 000 kr instead of
 * 250 000 kr: every amount of the plan grows by the units' ratio, and a comparison with the adopted plan lists
 * hundreds of changed measures with no hint why. The change set then carries one note, which the reports and the
 * pane show first.
 *
 * The rule: the unit differs between the versions, and of the amounts that differ — every changed amount field of
 * a measure in both versions, every changed year of an economy plan line in both — at least MIN_SCALED, and at
 * least SCALED_SHARE of them, are the older amount times the ratio of the units (newer unit in kroner over the
 * older), within 0.1 % as SPEC §8's unit-suspect. The ratio is the units' own, in its direction: an unconverted
 * switch from kr to mill kr multiplies by 1 000 000, one from mill kr to 1000 kr divides by 1000, and an amount
 * 1000 times larger after a switch to a smaller unit is no unconverted amount. Amounts added or emptied count
 * among those that differ and are not scaled: the note says "nearly every changed amount", and that must hold.
 */
import type { FieldChange, LineChange, MeasureChange, UnitNotConverted } from '../model/changeSet';
import { UNIT_FACTOR, type Unit } from '../model/money';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_COLUMNS, OPERATING_COLUMNS, YEARS } from '../model/schema';
import { isScaled } from '../measures/unitSuspect';

/** Fewer scaled amounts are no pattern: one or two cells 1000 times larger show as changes, with no note over all. */
export const MIN_SCALED = 3;
/** The share of the differing amounts that must be scaled: room for a few amounts typed in alongside. */
export const SCALED_SHARE = 0.9;

/** The keys of every amount column a compared measure or line may have (the years are `years`). */
const AMOUNT_KEYS: ReadonlySet<string> = new Set(
  [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS, ...ECONOMY_PLAN_COLUMNS]
    .filter((c) => c.type === 'amount')
    .map((c) => c.key as string),
);

/** An amount compared with the other version's: a year one version only holds is none (no pair to scale). */
const isAmount = (c: FieldChange): boolean =>
  c.onlyIn === undefined && (c.field === YEARS.key || AMOUNT_KEYS.has(c.field));

/**
 * The note that `before`'s unit was changed to `after`'s without converting the amounts, judged on the changed
 * fields of the measures and economy plan lines found in both versions; null when the unit is the same or the
 * changes do not show it.
 */
export function unitNotConverted(
  before: Unit,
  after: Unit,
  changed: { readonly measures: readonly MeasureChange[]; readonly lines: readonly LineChange[] },
): UnitNotConverted | null {
  if (before === after) return null;
  const scale = UNIT_FACTOR[after] / UNIT_FACTOR[before];
  let differ = 0;
  let scaled = 0;
  for (const row of [...changed.measures, ...changed.lines])
    for (const c of row.changes) {
      if (!isAmount(c)) continue;
      differ += 1;
      if (typeof c.old === 'number' && typeof c.new === 'number' && isScaled(c.old, c.new, scale)) scaled += 1;
    }
  if (scaled < MIN_SCALED || scaled < SCALED_SHARE * differ) return null;
  return { old: before, new: after, scale, changed: differ, scaled };
}
