/**
 * A `Ramme` line whose frame code stands in Ref, Rammeområde left empty (Ref is the economy plan's required
 * column, SPEC §6). The check reads such a line as the frame's limit (reconcile/matchLines.ts: `line.frame ||
 * line.ref`, and the consolidation's frames.ts the same), so finance gets frame-total items for R3 and R4 and no
 * warning. The comparison must then know the line by that frame as well (SPEC §14: "economy plan lines added,
 * removed, changed"): compare/economyPlan.ts lineKey keys a Ramme line by Rammeområde only, so every such line
 * has the same key and they pair in the order they stand.
 *
 * Older version: Ramme R3 600 a year, Ramme R4 100 a year. Newer version: the R3 line deleted, R4 as it was.
 * By hand: R3 is removed (600 000 kr a year), R4 is unchanged; nothing is changed and nothing added.
 * Today: the old R3 line is paired with the new R4 line ("changed: Ref R3 → R4, 600 → 100 each year",
 * −500 000 a year) and R4 is reported removed — the opposite of what happened.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { matchLine } from '../../../src/domain/reconcile/matchLines';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot, WORKBOOK_LISTS } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const frameLine = (frame: string, amount: number): Record<string, CellValue> =>
  economyLine({
    Linjetype: 'Ramme',
    Ref: frame,
    Rammeområde: null,
    Beskrivelse: `Ramme ${frame}`,
    '2027': amount,
    '2028': amount,
    '2029': amount,
    '2030': amount,
  });

// R3 and R4 are codes of the frame list: a Ramme line of a frame in no list and on no measure limits none
// (reconcile/knownFrames.ts).
const frames = [...WORKBOOK_LISTS.frames, { code: 'R3', name: 'Helse' }, { code: 'R4', name: 'NAV' }];
const plan = (economyPlan: Record<string, CellValue>[]): Plan =>
  readPlan(canonicalSnapshot({ operating: [operatingRow()], economyPlan, lists: { frames } }), {
    defaultStartYear: 2027,
  }).plan;

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'forslag.xlsx', label: 'Forslag' } };

describe('compare: Ramme lines with the frame code in Ref', () => {
  const before = plan([frameLine('R3', 600), frameLine('R4', 100)]);
  const after = plan([frameLine('R4', 100)]);

  it('are the frames R3 and R4 to the check (the premise)', () => {
    expect(before.economyPlan.map((l) => matchLine(before, l))).toEqual([
      expect.objectContaining({ kind: 'frame', frame: 'R3' }),
      expect.objectContaining({ kind: 'frame', frame: 'R4' }),
    ]);
  });

  it('the R3 line deleted: R3 removed (600 000 kr a year), R4 unchanged', () => {
    const { economyPlan } = comparePlans(before, after, sides);
    expect(economyPlan.removed.map((l) => [l.lineType, l.ref, l.years['2027']])).toEqual([['Ramme', 'R3', 600_000]]);
    expect(economyPlan.changed).toEqual([]);
    expect(economyPlan.added).toEqual([]);
  });
});
