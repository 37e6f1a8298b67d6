/**
 * Measures of two versions matched by ID (SPEC §14): a measure in the newer version only is added, one in the
 * older only is removed, and a matched pair is changed when any compared field differs. IDs are unique across
 * both tables (§4), so a measure moved between Tiltak drift and Tiltak investering keeping its ID is one changed
 * measure that says which table it left (`movedFrom`), not one removed and one added. An ID matches the way the
 * reconciliation matches it (§10): groupKey, so "d-014" retyped as "D-014" is the same measure. A measure without
 * an ID cannot be matched: it counts as added or removed, unless it stands unchanged in both versions.
 */
import type { DuplicateId, MeasureChange, MeasureEntry, MeasureRef } from '../model/changeSet';
import type { Measure, Plan, TableKind } from '../model/plan';
import { INVESTMENT_TABLE, OPERATING_TABLE, type ColumnSpec } from '../model/schema';
import { groupKey } from '../measures/grouping';
import { keptPriority } from '../read/typedTexts';
import {
  comparedColumns,
  fieldChanges,
  type AmountRules,
  yearEntry,
  type CommonYear,
  type ComparedYear,
  type RoundedAmount,
  type Row,
} from './fields';
import { withOneSided, type OneSidedYear } from './oneSided';
import type { UnknownTexts } from './unknownAmounts';
import type { IsFinished } from './finished';
import { matchRows } from './match';
import { carriedBefore } from './carriedBefore';
import { markRenumbered } from './renumbered';
import { duplicatedKeys, duplicateIds, isLeftoverDuplicate, withTextOnRows } from './duplicates';
import { commonIn, type Unread } from './yearsNotRead';

export interface MeasureChanges {
  readonly added: MeasureEntry[];
  readonly removed: MeasureEntry[];
  /** Removed, but finished one-offs (finished.ts), in the older version's order. */
  readonly finished: MeasureEntry[];
  readonly changed: MeasureChange[];
}

interface Years {
  readonly old: readonly number[];
  readonly new: readonly number[];
  readonly common: readonly CommonYear[];
  /** The years one version only holds, in calendar order: a changed measure lists its amounts there (fields.ts). */
  readonly oneSided?: readonly OneSidedYear[];
  /** The years a table holds no column for in either version: not compared (yearsNotRead.ts). */
  readonly unread?: Unread;
  /** How amounts are told apart (fields.ts); exactly, without it. */
  readonly amounts?: AmountRules;
}

const OPERATING = comparedColumns(OPERATING_TABLE.columns);
const INVESTMENT = comparedColumns(INVESTMENT_TABLE.columns);

/** The columns of `table`, then those of `other` it lacks: what a measure moved from `other` is compared on. */
const movedColumns = (table: readonly ColumnSpec[], other: readonly ColumnSpec[]): ColumnSpec[] => [
  ...table,
  ...other.filter((c) => !table.some((t) => t.key === c.key)),
];

/** The compared columns by the older and the newer version's table. */
const COLUMNS: Readonly<Record<TableKind, Readonly<Record<TableKind, readonly ColumnSpec[]>>>> = {
  operating: { operating: OPERATING, investment: movedColumns(INVESTMENT, OPERATING) },
  investment: { investment: INVESTMENT, operating: movedColumns(OPERATING, INVESTMENT) },
};

/** Which measure: its Prioritet as typed, a text too ("høy"), as its changes compare it (fields.ts). */
function refOf(m: Measure): MeasureRef {
  const { id, table, section, measure, costStatus, sheet, row } = m;
  return { id, table, section, priority: keptPriority(m), measure, costStatus, sheet, row };
}

/** A measure listed whole, a "?" in a year as typed (yearEntry). */
const entryOf = (m: Measure, years: readonly number[], unknown: UnknownTexts | undefined): MeasureEntry => ({
  ...refOf(m),
  ...yearEntry(m as unknown as Row, years, unknown),
});

/** The ID as typed (the reader trims it), or null: no ID, no match. */
const exactKey = (m: Measure): string | null => (m.id === '' ? null : m.id);
/** The ID as every other part of the product compares it (§10). */
const foldedKey = (m: Measure): string | null => (m.id === '' ? null : groupKey(m.id));

type Pair = (before: Measure, after: Measure) => void;

/**
 * Hears of every measure of the older version matched with one of the newer, with the amounts counted as the same
 * though their kroner differ (fields.ts): the totals tell those apart as rounding (totals.ts).
 */
export type OnPair = (before: Measure, after: Measure, rounded: readonly RoundedAmount[]) => void;

interface Left {
  readonly before: readonly Measure[];
  readonly after: readonly Measure[];
}

/** Pairs `left` by `keyOf`; returns what is left unpaired, in order. */
function pairBy(left: Left, keyOf: (m: Measure) => string | null, pair: Pair): Left {
  if (left.before.length === 0 || left.after.length === 0) return left;
  const next = { before: [] as Measure[], after: [] as Measure[] };
  matchRows(left.before, left.after, keyOf, {
    pair,
    added: (m) => next.after.push(m),
    removed: (m) => next.before.push(m),
  });
  return next;
}

const ofTable = (left: Left, table: TableKind): Left => ({
  before: left.before.filter((m) => m.table === table),
  after: left.after.filter((m) => m.table === table),
});

/**
 * Pairs `before` with `after` by ID: the same spelling first and then the same ID up to case among the rest, so
 * that two measures of one version whose IDs differ only in case (an id-duplicate the check reports) each keep
 * their own counterpart (SPEC §14), even when one of them moved to the other table. For each key, a measure pairs
 * within its own table first, then with one left in the other table (a move). Returns what is left unpaired, the
 * operating table's first.
 */
function pairById(left0: Left, duplicated: ReadonlySet<string>, pair: Pair): Left {
  let left = left0;
  // An ID on several rows of a version (duplicates.ts): the row with the same Tiltak text in the same table pairs
  // first, so a new measure typed above the one that had the ID does not take its place.
  if (duplicated.size > 0) {
    const sameText = (m: Measure) =>
      m.id !== '' && duplicated.has(groupKey(m.id)) ? [m.id, m.table, m.measure.trim()].join('\u0000') : null;
    left = pairBy(left, sameText, pair);
  }
  for (const keyOf of [exactKey, foldedKey]) {
    const operating = pairBy(ofTable(left, 'operating'), keyOf, pair);
    const investment = pairBy(ofTable(left, 'investment'), keyOf, pair);
    left = pairBy(
      { before: [...operating.before, ...investment.before], after: [...operating.after, ...investment.after] },
      keyOf,
      pair,
    );
  }
  return left;
}

/**
 * Of the measures left unpaired, those without an ID that are the same in every compared field of their table
 * (a draft the user has not numbered yet, a note row inside the table): unchanged, they are no change, not one
 * removed and one added. One that did change has nothing to be matched by and stays added and removed.
 */
function dropUnchangedWithoutId(left: Left, years: Years, onPair?: OnPair): Left {
  // Candidates by fields an unchanged measure shares exactly (few per key), then every field compared.
  const keyOf = (m: Measure) => [m.table, m.section, m.priority, m.measure].join('\u0000');
  const waiting = new Map<string, Measure[]>();
  for (const m of left.before) {
    if (m.id !== '') continue;
    const list = waiting.get(keyOf(m));
    if (list) list.push(m);
    else waiting.set(keyOf(m), [m]);
  }
  if (waiting.size === 0) return left;
  const unchanged = (a: Measure, b: Measure) =>
    fieldChanges(
      COLUMNS[a.table][b.table],
      a as unknown as Row,
      b as unknown as Row,
      commonIn(years, a.table, b.table),
      years.amounts,
    ).length === 0;
  const paired = new Set<Measure>();
  const after = left.after.filter((m) => {
    const list = m.id === '' ? waiting.get(keyOf(m)) : undefined;
    const i = list ? list.findIndex((o) => unchanged(o, m)) : -1;
    if (!list || i < 0) return true;
    const old = list.splice(i, 1)[0] as Measure;
    paired.add(old);
    if (onPair) onPair(old, m, roundedOf(old, m, years));
    return false;
  });
  return { before: left.before.filter((m) => !paired.has(m)), after };
}

/** The amounts of a pair the comparison counts as the same though their kroner differ. */
function roundedOf(old: Measure, m: Measure, years: Years): RoundedAmount[] {
  const rounded: RoundedAmount[] = [];
  const [a, b] = [old as unknown as Row, m as unknown as Row];
  const common = commonIn(years, old.table, m.table);
  fieldChanges(COLUMNS[old.table][m.table], a, b, common, years.amounts, (r) => rounded.push(r));
  return rounded;
}

/**
 * The years a measure of `from`'s table matched with one of `to`'s is compared in, as `cache` keeps them: the common
 * years read in both tables (commonIn), and the years one version only holds, in calendar order.
 */
function comparedIn(years: Years, from: TableKind, to: TableKind, cache: Map<string, readonly ComparedYear[]>) {
  const key = `${from}\u0000${to}`;
  const known = cache.get(key);
  if (known) return known;
  const list = withOneSided(commonIn(years, from, to), years.oneSided);
  cache.set(key, list);
  return list;
}

/** Where a measure stands in its version: the operating table first, then the investment table (sheet order). */
const byPlace = (a: MeasureRef, b: MeasureRef): number =>
  a.table === b.table ? a.row - b.row : a.table === 'operating' ? -1 : 1;

/**
 * Compares the measures of both tables. A measure pairs by its own spelling of the ID first, and for each
 * spelling within its own table first, so only one left unpaired in one table pairs with one left in the other
 * (pairById). Added and changed come in the newer version's order, removed and finished in the older's (the
 * operating table first); a measure in the older version only is finished when `isFinished` says so; `onPair`
 * hears of every pair.
 */
export function compareMeasures(
  before: Plan,
  after: Plan,
  years: Years,
  isFinished?: IsFinished,
  onPair?: OnPair,
): MeasureChanges & { readonly duplicateIds: DuplicateId[] } {
  const out: MeasureChanges = { added: [], removed: [], finished: [], changed: [] };
  // Every pair that stayed in its section, the older and the newer measure after each other (renumbered.ts).
  const sections: Measure[] = [];
  const yearsCache = new Map<string, readonly ComparedYear[]>();
  const pair: Pair = (old, m) => {
    if (old.table === m.table && old.section === m.section) sections.push(old, m);
    const columns = COLUMNS[old.table][m.table];
    const [a, b] = [old as unknown as Row, m as unknown as Row];
    let rounded: RoundedAmount[] | undefined;
    const tell = onPair ? (r: RoundedAmount) => (rounded ??= []).push(r) : undefined;
    const compared = comparedIn(years, old.table, m.table, yearsCache);
    const changes = fieldChanges(columns, a, b, compared, years.amounts, tell);
    if (onPair) onPair(old, m, rounded ?? []);
    if (m.table !== old.table) out.changed.push({ ...refOf(m), movedFrom: old.table, changes });
    else if (carriedBefore(old, m, changes, years.old, years.new[0], years.amounts?.same))
      out.changed.push({ ...refOf(m), changes, carriedBefore: true });
    else if (changes.length > 0) out.changed.push({ ...refOf(m), changes });
  };
  const all: Left = {
    before: [...before.operating, ...before.investment],
    after: [...after.operating, ...after.investment],
  };
  const keys = { old: duplicatedKeys(all.before), new: duplicatedKeys(all.after) };
  // Of an ID on several rows, the rows compared and their IDs as typed (duplicates.ts); nothing kept without one.
  const compared = {
    old: new Set<Measure>(),
    new: new Set<Measure>(),
    oldIds: new Set<string>(),
    newIds: new Set<string>(),
  };
  const duplicated = new Set([...keys.old, ...keys.new]);
  const pairAll: Pair =
    duplicated.size === 0
      ? pair
      : (old, m) => {
          compared.old.add(old);
          compared.oldIds.add(old.id);
          compared.new.add(m);
          compared.newIds.add(m.id);
          pair(old, m);
        };
  const moved = dropUnchangedWithoutId(pairById(all, duplicated, pairAll), years, onPair);
  const unknown = years.amounts?.unknown;
  for (const m of moved.after)
    if (!isLeftoverDuplicate(m, compared.newIds)) out.added.push(entryOf(m, years.new, unknown?.new));
  for (const m of moved.before)
    if (!isLeftoverDuplicate(m, compared.oldIds))
      (isFinished?.(m) ? out.finished : out.removed).push(entryOf(m, years.old, unknown?.old));
  // Pairs by case and across the tables came after the others: put every pair in its place (a list nearly
  // always in order already, which the sort passes through once).
  out.changed.sort(byPlace);
  const duplicateIdList = [
    ...duplicateIds('old', all.before, keys.old, compared.old, (m) => entryOf(m, years.old, unknown?.old)),
    ...duplicateIds('new', all.after, keys.new, compared.new, (m) => entryOf(m, years.new, unknown?.new)),
  ];
  // A measure added or removed whose text stands on a row of an ID on several rows says where (duplicates.ts).
  const added = withTextOnRows(out.added, duplicateIdList, 'old');
  const removed = withTextOnRows(out.removed, duplicateIdList, 'new');
  return { ...out, added, removed, changed: markRenumbered(out.changed, sections), duplicateIds: duplicateIdList };
}
