/**
 * The frame each operating measure counts in (SPEC §4, §10): its Rammeområde, else the one frame code its economy
 * plan lines name. One placement for one plan's check (frames.ts) and the consolidation (consolidate/frames.ts).
 */
import { isCosted } from '../measures/costed';
import { groupKey } from '../measures/grouping';
import { isFrameCode, knownFrames } from './knownFrames';
import type { MatchedLine } from './matchLines';
import type { OperatingMeasure, Plan } from '../model/plan';
import type { FramelessWhy } from '../model/reconciliationDetails';

/** Whether the frame check counts a measure's new money: costed with Nye midler ≠ 0 (rows with errors too, SPEC §4). */
export const countsInFrame = (m: OperatingMeasure): boolean => isCosted(m) && (m.finNew ?? 0) !== 0;

/** Whether a frame typed on an economy plan line is a frame code a measure may be placed in (isFrameCode). */
export type FrameCodeTest = (frame: string) => boolean;

export interface MeasureFrames {
  /** Per position in plan.operating: the frame it counts in, '' for none. */
  readonly frames: string[];
  /** The positions placed by their lines' frame. */
  readonly fromLine: ReadonlySet<number>;
  /** The positions without Rammeområde that their lines could not place, and why (only those with a line frame). */
  readonly unplaced: ReadonlyMap<number, FramelessWhy>;
}

/** Per measure without Rammeområde: the frame codes its lines name (distinct), and a frame typed that is none. */
interface LineFrames {
  readonly codes: string[];
  invalid?: string;
}

function collectLineFrames(
  frames: readonly string[],
  matched: readonly MatchedLine[],
  isCode: () => FrameCodeTest,
): Map<number, LineFrames> {
  const byLine = new Map<number, LineFrames>();
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x === undefined || x.kind !== 'measure' || frames[x.at] !== '') continue;
    const frame = x.line.frame.trim();
    if (frame === '') continue;
    let known = byLine.get(x.at);
    if (known === undefined) byLine.set(x.at, (known = { codes: [] }));
    if (!isCode()(frame)) known.invalid ??= frame;
    else if (!known.codes.some((c) => groupKey(c) === groupKey(frame))) known.codes.push(frame);
  }
  return byLine;
}

/**
 * The frame each operating measure counts in, by its position in plan.operating: its Rammeområde, else (the
 * symmetric rule of a line that takes its measure's frame when it has none) the one frame code its matched economy
 * plan lines name; '' when neither names one. A frame a line names that is no frame code (`isCode`: «R 4» for R4,
 * which gets frame-invalid) places nothing, nor do lines naming two codes, nor one code and such a value (R3 and
 * «R 1»: the lines disagree): the frame is never guessed, and such a
 * measure is in `unplaced` with why. `fromLine` holds the positions placed by their lines.
 */
export function measureFrames(plan: Plan, matched: readonly MatchedLine[], isCode?: FrameCodeTest): MeasureFrames {
  const frames = plan.operating.map((m) => m.frame.trim());
  // The plan's codes are looked up only when a measure without Rammeområde has a line naming a frame (rare).
  let test = isCode;
  const codeTest = (): FrameCodeTest => (test ??= frameCodeTest(plan));
  const fromLine = new Set<number>();
  const unplaced = new Map<number, FramelessWhy>();
  for (const [at, line] of collectLineFrames(frames, matched, codeTest)) {
    const [only, ...more] = line.codes;
    if (only !== undefined && more.length === 0 && line.invalid === undefined) {
      frames[at] = only;
      fromLine.add(at);
    } else if (more.length > 0) unplaced.set(at, { frames: line.codes });
    // A code and a value that is none (R3 and «R 1», a typo of R1): the lines disagree, and R3 would be a guess.
    else unplaced.set(at, { ...(only !== undefined ? { frames: line.codes } : {}), invalid: line.invalid ?? '' });
  }
  return { frames, fromLine, unplaced };
}

/** The frame codes of one plan's check: those of its tblRammeomrader (isFrameCode). */
export function frameCodeTest(plan: Plan): FrameCodeTest {
  const frames = knownFrames([plan]);
  return (frame) => isFrameCode(frames, frame);
}
