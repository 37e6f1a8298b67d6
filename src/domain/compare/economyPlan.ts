/**
 * Economy plan lines of two versions (SPEC §14), matched by what the line is about: a Ramme line by its part
 * and frame, a Tiltak line by its part and Ref, a Finansiering line by its part, Ref and source (ignoring case
 * and outer spaces); a line of an unknown type by all of its key columns. Matched lines are compared field
 * by field like measures; the rest are added or removed.
 */
import type { ChangeSet, LineEntry } from '../model/changeSet';
import type { EconomyPlanLine } from '../model/plan';
import { ECONOMY_PLAN_COLUMNS } from '../model/schema';
import { comparedColumns, fieldChanges, yearRecord, type CommonYear, type Row } from './fields';

const COLUMNS = comparedColumns(ECONOMY_PLAN_COLUMNS);

/** What identifies a line across versions. */
export function lineKey(l: EconomyPlanLine): string {
  const k = (s: string) => s.trim().toLowerCase();
  const type = k(l.lineType);
  const parts =
    type === 'ramme'
      ? [l.frame]
      : type === 'tiltak'
        ? [l.ref]
        : type === 'finansiering'
          ? [l.ref, l.source]
          : [l.ref, l.frame, l.source, l.description];
  return [l.part, l.lineType, ...parts].map(k).join('\u0000');
}

function entryOf(l: EconomyPlanLine, years: readonly number[]): LineEntry {
  const { part, lineType, ref, frame, source, description, sheet, row } = l;
  return { part, lineType, ref, frame, source, description, sheet, row, years: yearRecord(l as unknown as Row, years) };
}

/** Compares the economy plans; lines with the same key pair up in the order they stand. */
export function compareEconomyPlan(
  before: readonly EconomyPlanLine[],
  after: readonly EconomyPlanLine[],
  years: { readonly old: readonly number[]; readonly new: readonly number[]; readonly common: readonly CommonYear[] },
): ChangeSet['economyPlan'] {
  const waiting = new Map<string, EconomyPlanLine[]>();
  for (const l of before) {
    const key = lineKey(l);
    waiting.set(key, [...(waiting.get(key) ?? []), l]);
  }
  const matched = new Set<EconomyPlanLine>();
  const result = {
    added: [] as LineEntry[],
    removed: [] as LineEntry[],
    changed: [] as ChangeSet['economyPlan']['changed'][number][],
  };
  for (const l of after) {
    const old = waiting.get(lineKey(l))?.shift();
    if (!old) {
      result.added.push(entryOf(l, years.new));
      continue;
    }
    matched.add(old);
    const changes = fieldChanges(COLUMNS, old as unknown as Row, l as unknown as Row, years.common);
    if (changes.length > 0) result.changed.push({ ...entryOf(l, years.new), changes });
  }
  for (const l of before) if (!matched.has(l)) result.removed.push(entryOf(l, years.old));
  return result;
}
