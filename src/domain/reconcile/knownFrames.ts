/**
 * Which frames a `Ramme` line may limit (SPEC §6, §10): one rule for the matching of one plan's lines
 * (matchLines.ts) and for the consolidation's assignment of Ramme lines (consolidate/assign.ts, SPEC §15).
 */
import { groupKey, groupKeys } from '../measures/grouping';
import type { Plan } from '../model/plan';

/**
 * The frames a Ramme line may limit: the codes of tblRammeomrader (`codes`, as typed) and every operating
 * measure's Rammeområde (`keys`, groupKey); with no code at all, every frame a Ramme line names is taken.
 */
export interface KnownFrames {
  readonly codes: readonly string[];
  readonly keys: ReadonlySet<string>;
}

/** The frames of the plans (one plan's check: its own; a consolidation: every plan's, SPEC §15). */
export function knownFrames(plans: readonly Plan[]): KnownFrames {
  const codes = new Map<string, string>();
  const keys = new Set<string>();
  // The few frame texts repeat down the table: each made lower-case once.
  const keyOf = groupKeys();
  for (const plan of plans) {
    for (const f of plan.lists.frames) {
      const key = groupKey(f.code);
      if (key !== '' && !codes.has(key)) codes.set(key, f.code.trim());
    }
    // Counted (per measure; docs/performance.md).
    for (let i = 0; i < plan.operating.length; i++) keys.add(keyOf(plan.operating[i]?.frame ?? ''));
  }
  for (const key of codes.keys()) keys.add(key);
  return { codes: [...codes.values()], keys };
}

/**
 * Whether a Ramme line's frame (lineFrame) is one the measures can be in: a code of the list or a measure's
 * Rammeområde. «R 3» for R3 is not: it would be a frame of its own that no measure is in, «within» its line
 * while R3 goes over it. The frame is not guessed.
 */
export function isKnownFrame(frames: KnownFrames, frame: string): boolean {
  return frames.codes.length === 0 || frames.keys.has(groupKey(frame));
}
