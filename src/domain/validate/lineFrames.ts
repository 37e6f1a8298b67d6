/**
 * The frame codes on the economy plan lines (SPEC §6, §8): a Rammeområde that is not in tblRammeomrader is
 * `frame-invalid`, as on a measure row, at the line's cell. A Ramme line whose frame code «R 3» is no code would
 * limit no frame the measures are in (reconcile/matchLines.ts lists it as unmatched instead), so the finding
 * names the value and the list's codes; the code it meant is not guessed.
 */
import { isBlankLine, lineFrame } from '../read/economyPlan';
import { cellAddress } from '../read/rowCells';
import { makeFinding } from '../model/finding';
import type { ListKeys } from './rows';
import type { Finding } from '../model/finding';
import type { EconomyPlanLine, Plan } from '../model/plan';

/** The cell a line's frame code stands in: its Rammeområde, else for a Ramme line its Ref (lineFrame). */
function frameKey(line: EconomyPlanLine, keyOf: (text: string) => string): 'frame' | 'ref' | null {
  if (line.frame.trim() !== '') return 'frame';
  return keyOf(line.lineType) === 'ramme' && lineFrame(line) !== '' ? 'ref' : null;
}

/**
 * One `frame-invalid` per economy plan line whose frame code is not in the list (case and outer spaces aside,
 * as a measure's); none when the list is empty (list-empty says so once).
 */
export function validateLineFrames(plan: Plan, lists: ListKeys): Finding[] {
  const frames = lists.frames;
  if (frames === null) return [];
  const allowed = plan.lists.frames
    .map((f) => f.code.trim())
    .filter((c) => c !== '')
    .join(', ');
  const out: Finding[] = [];
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < plan.economyPlan.length; i++) {
    const line = plan.economyPlan[i];
    const key = line === undefined ? null : frameKey(line, lists.keyOf);
    if (line === undefined || key === null || isBlankLine(line)) continue;
    const frame = line[key].trim();
    const cell = cellAddress(line, key);
    if (cell === undefined || frames.has(lists.keyOf(frame))) continue;
    out.push(makeFinding('frame-invalid', line.sheet, cell, { frame, allowed, reason: 'economy-plan-line' }));
  }
  return out;
}
