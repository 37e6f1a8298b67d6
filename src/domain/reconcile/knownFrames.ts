/**
 * Which frames a `Ramme` line may limit (SPEC §6, §10): one rule for the matching of one plan's lines
 * (matchLines.ts) and for the consolidation's assignment of Ramme lines (consolidate/assign.ts, SPEC §15).
 */
import { groupKey } from '../measures/grouping';
import type { EconomyPlanLine, Plan } from '../model/plan';
import type { FrameUnknown } from '../model/reconciliationDetails';

/**
 * The frames a Ramme line may limit (`keys`, groupKey): the codes of tblRammeomrader and every operating
 * measure's Rammeområde. `codes`: the lists' codes as typed ([] when every list is empty); `named`: the codes a
 * line of an unknown frame is told of, the lists' or, with no list, the measures' (`fromMeasures`).
 */
export interface KnownFrames {
  readonly codes: readonly string[];
  readonly named: readonly string[];
  readonly fromMeasures: boolean;
  readonly keys: ReadonlySet<string>;
  /** The keys of `codes` (the lists' codes). */
  readonly codeKeys: ReadonlySet<string>;
}

/** Adds `text` (trimmed) under its key unless a code of that key is there. */
function addCode(into: Map<string, string>, text: string): void {
  const key = groupKey(text);
  if (key !== '' && !into.has(key)) into.set(key, text.trim());
}

/**
 * The frames of the plans (one plan's check: its own; a consolidation: every plan's, SPEC §15), with `listed`:
 * the codes of another list that counts too (the economy plan workbook's own tblRammeomrader, SPEC §15).
 */
export function knownFrames(plans: readonly Plan[], listed: readonly string[] = []): KnownFrames {
  const codes = new Map<string, string>();
  const onMeasures = new Map<string, string>();
  for (const plan of plans) {
    for (const f of plan.lists.frames) addCode(codes, f.code);
    // Counted (per measure; docs/performance.md).
    for (let i = 0; i < plan.operating.length; i++) addCode(onMeasures, plan.operating[i]?.frame ?? '');
  }
  for (const code of listed) addCode(codes, code);
  const keys = new Set([...codes.keys(), ...onMeasures.keys()]);
  const fromMeasures = codes.size === 0;
  const byCode = (a: string, b: string): number => a.localeCompare(b, 'nb', { numeric: true });
  const named = fromMeasures ? [...onMeasures.values()].sort(byCode) : [...codes.values()];
  return { codes: [...codes.values()], named, fromMeasures, keys, codeKeys: new Set(codes.keys()) };
}

/**
 * Whether a Ramme line's frame (lineFrame) is one the measures can be in: a code of the list or a measure's
 * Rammeområde, with a list or without one. «R 3» for R3 is not: it would be a frame of its own that no measure is
 * in, «within» its line while R3 goes over it. The frame is not guessed. With neither a list nor a measure's
 * Rammeområde, there is nothing to judge by: every frame is taken.
 */
export function isKnownFrame(frames: KnownFrames, frame: string): boolean {
  return frames.keys.size === 0 || frames.keys.has(groupKey(frame));
}

/** What a Ramme line of an unknown frame says: its frame, the codes it is told of, and `noList` when no list has one. */
export function unknownFrame(frames: KnownFrames, frame: string): FrameUnknown {
  return { frame, codes: frames.named, ...(frames.fromMeasures ? { noList: true as const } : {}) };
}

/**
 * Whether a frame typed on an economy plan line is a frame code, one a measure without Rammeområde may be placed in
 * (SPEC §4): a code of the list; with no list, a measure's Rammeområde (isKnownFrame). A typo «R 4» (frame-invalid)
 * is none, even when a measure carries it too: the code meant is not guessed.
 */
export function isFrameCode(frames: KnownFrames, frame: string): boolean {
  return frames.fromMeasures ? isKnownFrame(frames, frame) : frames.codeKeys.has(groupKey(frame));
}

/**
 * Whether a line is a `Ramme` line with Del `Investering`: SPEC §6 has a Ramme line «drift only» (the new money of a
 * frame's operating measures), so it limits no frame — added to the operating Ramme line, finance's investment
 * frame would hide an overrun. It is listed as unmatched (`investmentFrame`) and its Del cell warned about
 * (`economy-plan-line-invalid`, reason `ramme-investment`). One rule for one plan's matching and the consolidation's.
 * An empty Del is not this: a Ramme line is Drift by its type (docs/spec.md §6).
 */
export function isInvestmentFrameLine(line: EconomyPlanLine, keyOf: (text: string) => string = groupKey): boolean {
  return keyOf(line.lineType) === 'ramme' && keyOf(line.part) === 'investering';
}
