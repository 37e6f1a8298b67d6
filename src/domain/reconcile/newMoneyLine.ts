/**
 * Which economy plan lines are new money in the economy plan (Drift `Tiltak` lines, SPEC §6, §10): the one
 * rule of the frames of one plan's check (frames.ts) and of the consolidation's totals (SPEC §15), so that
 * the two never count a line differently.
 */
import { groupKey } from '../measures/grouping';
import type { MatchedLine } from './matchLines';

/** A matched line that can count as new money: a costed operating measure's line, or an unmatched one. */
export type NewMoneyLine = Extract<MatchedLine, { kind: 'measure' | 'unmatched' }>;

/**
 * Whether a line (as the matching took it) is new money: a `Tiltak` line whose Del is Drift, or empty or a
 * value that is neither Drift nor Investering, unless the matching took it as a project's.
 *
 * Why a Del that is not given counts as Drift: the matching already reads such a line as Drift first (it is
 * tried against the operating measures before the projects, matchLines.ts), so a finance officer who left
 * Del empty on the line of measure D-001 gets it compared with D-001; an unmatched one is read the same way,
 * so that it counts in its Rammeområde's frame in one plan's check and in the new money of the consolidation
 * alike, where before it counted in the total and in no frame (a frame that looked to hold while a line of it
 * was left out). It is never counted silently: the reader warns about the Del cell
 * (`economy-plan-line-invalid`), and the reconciliation lists it as `economy-plan-line-unmatched`. A line the
 * matching took as a project's (its expenditure, or the line of a project not costed) is the project's, not
 * new money. A line whose Linjetype is empty or misspelled is no `Tiltak` line: it is in no frame and no total,
 * and listed as unmatched (its Linjetype cell warned about), since it might as well be a `Ramme` line.
 */
export function isNewMoneyLine(x: MatchedLine): x is NewMoneyLine {
  if (x.kind === 'measure') return true;
  if (x.kind !== 'unmatched' || x.measure?.table === 'investment') return false;
  return groupKey(x.line.lineType) === 'tiltak' && groupKey(x.line.part) !== 'investering';
}
