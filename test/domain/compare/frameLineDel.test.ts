/**
 * A `Ramme` line is Drift whatever its Del says (SPEC §6: "Ramme (total new money for a frame, drift only)"):
 * the reader takes an empty Del on it without a word (read/economyPlan.ts TYPES_WITH_PART: "an empty Del changes
 * nothing there") and the check compares it as frame 2's limit either way. So finance filling in Del = Drift on
 * the adopted version's Ramme line, and raising 2030 from 2 400 to 2 500, changed one line (SPEC §14: "economy
 * plan lines added, removed, changed"). compare/economyPlan.ts lineKey keys every line by its Del too, so the
 * comparison reports the line removed and a new one added, and the one real change (2030) is not named.
 *
 * By hand: changed = [frame 2, 2030: 2 400 000 → 2 500 000 kr (and perhaps Del '' → Drift)]; added = removed = [].
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const plan = (economyPlan: Record<string, CellValue>[]): { plan: Plan; lineFindings: number } => {
  const read = readPlan(canonicalSnapshot({ operating: [operatingRow()], economyPlan }), { defaultStartYear: 2027 });
  return { plan: read.plan, lineFindings: read.findings.filter((f) => f.sheet === 'Økonomiplan').length };
};

const frame2 = (o: Record<string, CellValue>) =>
  economyLine({ Linjetype: 'Ramme', Ref: null, Rammeområde: '2', Beskrivelse: 'Ramme 2', ...o });

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'forslag.xlsx', label: 'Forslag' } };

describe('compare: a Ramme line whose empty Del is filled in with Drift', () => {
  const before = plan([frame2({ Del: null })]);
  const after = plan([frame2({ Del: 'Drift', '2030': 2500 })]);

  it('is read without a finding either way (the premise)', () => {
    expect([before.lineFindings, after.lineFindings]).toEqual([0, 0]);
  });

  it('is one changed line: 2030 from 2 400 000 to 2 500 000 kr, nothing added or removed', () => {
    const { economyPlan } = comparePlans(before.plan, after.plan, sides);
    expect([economyPlan.added, economyPlan.removed]).toEqual([[], []]);
    // The Del filled in may be listed beside it; the 2030 amount must be.
    expect(economyPlan.changed.map((l) => [l.lineType, l.frame])).toEqual([['Ramme', '2']]);
    expect(economyPlan.changed[0]?.changes).toEqual(
      expect.arrayContaining([{ field: 'years', year: 2030, old: 2_400_000, new: 2_500_000 }]),
    );
  });
});
