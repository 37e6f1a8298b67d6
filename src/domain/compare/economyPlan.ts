/**
 * Economy plan lines of two versions (SPEC §14), matched by what the line is about: a Ramme line by the frame
 * the check reads (lineFrame: Rammeområde, else Ref), a Tiltak line by its part and Ref, a Finansiering line by
 * its Ref and source (a Ramme or Finansiering line is what it is whatever its Del says: partImplied), ignoring
 * case and outer spaces, as the reconciliation compares keys (groupKey); a line of an unknown type by all of its
 * key columns. Always also by its Plan: a consolidated economy plan may hold the same Ref for two plans (SPEC
 * §15), and those are two lines, not one line twice. Matched lines are compared field by field like measures
 * (a Del filled in is listed as a change), an amount in a year one version only holds too (oneSided.ts: after a
 * roll the adopted plan's 2027, the 2031 finance typed); the rest are added or removed. A blank line (only a column
 * of the user's own filled in) is no line of the economy plan, as for the reconciler: it is left out on both sides.
 */
import type { ChangeSet, LineChange, LineEntry } from '../model/changeSet';
import type { EconomyPlanLine } from '../model/plan';
import { ECONOMY_PLAN_COLUMNS } from '../model/schema';
import { groupKey } from '../measures/grouping';
import { isBlankLine, lineFrame, partImplied } from '../read/economyPlan';
import { comparedColumns, fieldChanges, type AmountRules, yearEntry, type CommonYear, type Row } from './fields';
import type { UnknownTexts } from './unknownAmounts';
import { matchRows } from './match';
import { withOneSided, type OneSidedYear } from './oneSided';
import { commonIn, type Unread } from './yearsNotRead';

const COLUMNS = comparedColumns(ECONOMY_PLAN_COLUMNS);

/** What identifies a line across versions. */
export function lineKey(l: EconomyPlanLine): string {
  const type = groupKey(l.lineType);
  const about =
    type === 'ramme'
      ? groupKey(lineFrame(l))
      : type === 'tiltak'
        ? groupKey(l.ref)
        : type === 'finansiering'
          ? `${groupKey(l.ref)}\u0000${groupKey(l.source)}`
          : `${groupKey(l.ref)}\u0000${groupKey(l.frame)}\u0000${groupKey(l.source)}\u0000${groupKey(l.description)}`;
  // A Ramme or Finansiering line is what it is whatever its Del says (the check matches it without it).
  const part = partImplied(l.lineType) ? '' : groupKey(l.part);
  return `${part}\u0000${type}\u0000${about}\u0000${groupKey(l.plan)}`;
}

/** What tells lines of one key apart (a Ref with two Tiltak lines): Beskrivelse, Rammeområde, Finansieringskilde. */
const lineIdentity = (l: EconomyPlanLine): string =>
  `${groupKey(l.description)}\u0000${groupKey(l.frame)}\u0000${groupKey(l.source)}`;

interface Keyed {
  readonly line: EconomyPlanLine;
  readonly key: string;
}

/**
 * The key each line pairs by: its lineKey where that key is one line on each side (a Beskrivelse retyped is then a
 * change), else the key and its identity (lineIdentity), so a line pairs with the one that is the same line, not the
 * first of its Ref; lines that cannot be told apart pair in the order they stand.
 */
function pairingKey(before: readonly Keyed[], after: readonly Keyed[]): (x: Keyed) => string {
  const tally = (list: readonly Keyed[]) => {
    const n = new Map<string, number>();
    for (const x of list) n.set(x.key, (n.get(x.key) ?? 0) + 1);
    return n;
  };
  const old = tally(before);
  const now = tally(after);
  return (x) =>
    (old.get(x.key) ?? 0) <= 1 && (now.get(x.key) ?? 0) <= 1 ? x.key : `${x.key}\u0000${lineIdentity(x.line)}`;
}

/** A line listed whole, a "?" in a year as typed (yearEntry). */
function entryOf(l: EconomyPlanLine, years: readonly number[], unknown?: UnknownTexts): LineEntry {
  const { part, lineType, ref, frame, source, description, plan, sheet, row } = l;
  return {
    part,
    lineType,
    ref,
    frame,
    source,
    description,
    plan,
    sheet,
    row,
    ...yearEntry(l as unknown as Row, years, unknown),
  };
}

/** Compares the economy plans; lines with the same key pair by identity (pairingKey), then in the order they stand. */
export function compareEconomyPlan(
  before: readonly EconomyPlanLine[],
  after: readonly EconomyPlanLine[],
  years: {
    readonly old: readonly number[];
    readonly new: readonly number[];
    readonly common: readonly CommonYear[];
    readonly amounts?: AmountRules;
    readonly unread?: Unread;
    /** The years one version only holds: a line in both lists its amounts there, as a measure (oneSided.ts). */
    readonly oneSided?: readonly OneSidedYear[];
  },
): ChangeSet['economyPlan'] {
  const added: LineEntry[] = [];
  const removed: LineEntry[] = [];
  const changed: LineChange[] = [];
  const lines = (list: readonly EconomyPlanLine[]): Keyed[] =>
    list.flatMap((line) => (isBlankLine(line) ? [] : [{ line, key: lineKey(line) }]));
  const compared = withOneSided(commonIn(years, 'economyPlan'), years.oneSided);
  const [old, now] = [lines(before), lines(after)];
  matchRows(old, now, pairingKey(old, now), {
    pair: ({ line: o }, { line: l }) => {
      const changes = fieldChanges(COLUMNS, o as unknown as Row, l as unknown as Row, compared, years.amounts);
      if (changes.length > 0) changed.push({ ...entryOf(l, years.new), changes });
    },
    added: ({ line: l }) => added.push(entryOf(l, years.new, years.amounts?.unknown?.new)),
    removed: ({ line: l }) => removed.push(entryOf(l, years.old, years.amounts?.unknown?.old)),
  });
  return { added, removed, changed };
}
