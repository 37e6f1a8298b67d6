/**
 * The frame codes on the economy plan lines (SPEC §6, §8): a Rammeområde that is not in tblRammeomrader is
 * `frame-invalid`, as on a measure row, at the line's cell. A Ramme line whose frame code «R 3» is no code would
 * limit no frame the measures are in (reconcile/matchLines.ts lists it as unmatched instead), so the finding
 * names the value and the list's codes; the code it meant is not guessed. A Ramme line whose Ref is a measure's ID
 * (D-001's line with Linjetype «Ramme» by a slip) is told to correct its Linjetype, at that cell — not to type a
 * frame code over the measure's ID (`reason: 'measure-ref'`).
 */
import { isBlankLine, lineFrame } from '../read/economyPlan';
import { cellAddress } from '../read/rowCells';
import { makeFinding } from '../model/finding';
import { groupKey, groupKeys, refKey } from '../measures/grouping';
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
  if (lists.frames === null) return [];
  const codes = plan.lists.frames.map((f) => f.code.trim()).filter((c) => c !== '');
  const ids = new Set([...plan.operating, ...plan.investment].map((m) => refKey(m.id)).filter((k) => k !== ''));
  return lineFrameFindings(plan.economyPlan, codes, lists.frames, lists.keyOf, ids);
}

/**
 * frame-invalid for `lines` against frame `codes` (none when there are none): one plan's lines against its list,
 * or (SPEC §15) the economy plan workbook's against the plans' lists. `measureIds` (refKey): the IDs a Ramme
 * line's Ref may name by a slip of its Linjetype.
 */
export function lineFrameFindings(
  lines: readonly EconomyPlanLine[],
  codes: readonly string[],
  known: ReadonlySet<string> = new Set(codes.map(groupKey)),
  keyOf: (text: string) => string = groupKeys(),
  measureIds: ReadonlySet<string> = new Set(),
): Finding[] {
  if (codes.length === 0) return [];
  const allowed = codes.join(', ');
  const out: Finding[] = [];
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = line === undefined ? null : frameKey(line, keyOf);
    if (line === undefined || key === null || isBlankLine(line)) continue;
    const frame = line[key].trim();
    const cell = cellAddress(line, key);
    if (cell === undefined || known.has(keyOf(frame))) continue;
    if (key === 'ref' && measureIds.has(refKey(frame))) {
      const typeCell = cellAddress(line, 'lineType') ?? cell;
      out.push(
        makeFinding('frame-invalid', line.sheet, typeCell, {
          frame,
          lineType: line.lineType.trim(),
          reason: 'measure-ref',
        }),
      );
      continue;
    }
    const valueType = line.valueTypes?.[key];
    const params = {
      frame,
      allowed,
      reason: 'economy-plan-line' as const,
      ...(valueType !== undefined && { valueType }),
    };
    out.push(makeFinding('frame-invalid', line.sheet, cell, params));
  }
  return out;
}
