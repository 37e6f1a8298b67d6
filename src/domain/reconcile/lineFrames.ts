/**
 * A measure's economy plan line whose Rammeområde is another frame than the measure's own (SPEC §6, §10): the
 * measure's new money counts in its Rammeområde, the line in its own, so two frames without a Ramme line differ
 * by the same amount and neither says why. The frame-total items of both frames name the line's cell and the
 * measure's, so the reader corrects the one that is wrong.
 */
import { groupKey } from '../measures/grouping';
import { sheetAddress } from '../read/rowCells';
import type { MatchedLine } from './matchLines';
import type { LineFrameDiffers } from '../model/reconciliationDetails';
import type { ReconciliationItem } from '../model/reconciliation';

/**
 * Per frame key, the measures whose matched line names another frame than theirs, once per measure and line
 * frame, in both frames. Empty when no line disagrees (nearly always: the loop only compares two trimmed texts).
 */
export function lineFrameDifferences(matched: readonly MatchedLine[]): Map<string, LineFrameDiffers[]> {
  const byFrame = new Map<string, LineFrameDiffers[]>();
  const seen = new Set<string>();
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x === undefined || x.kind !== 'measure') continue;
    const lineFrame = x.line.frame.trim();
    const measureFrame = x.measure.frame.trim();
    if (lineFrame === '' || measureFrame === '') continue;
    const lineKey = groupKey(lineFrame);
    const measureKey = groupKey(measureFrame);
    const measure = x.measure.id || x.measure.ref;
    if (lineKey === measureKey || seen.has(`${measure}\u0001${lineKey}`)) continue;
    seen.add(`${measure}\u0001${lineKey}`);
    const lineCell = sheetAddress(x.line, 'frame');
    const measureCell = sheetAddress(x.measure, 'frame');
    const differs: LineFrameDiffers = {
      measure,
      measureFrame,
      lineFrame,
      ...(lineCell !== undefined ? { lineCell } : {}),
      ...(measureCell !== undefined ? { measureCell } : {}),
    };
    for (const key of [measureKey, lineKey]) {
      const list = byFrame.get(key);
      if (list) list.push(differs);
      else byFrame.set(key, [differs]);
    }
  }
  return byFrame;
}

/** Names the disagreements of a frame in its items from `first` on (a frame compared with its Tiltak lines). */
export function noteLineFrames(
  items: readonly ReconciliationItem[],
  first: number,
  differs: readonly LineFrameDiffers[] | undefined,
): void {
  if (differs === undefined) return;
  for (let i = first; i < items.length; i++) Object.assign(items[i] ?? {}, { lineFrameDiffers: differs });
}
