/**
 * Rammeområde retyped in another letter case (R4 → r4) is the same frame to the totals and the reconciliation: both
 * group frame codes as SUMIFS does (measures/grouping.ts groupKey: case and outer spaces aside), and compare's own
 * frame totals match "R4" and "r4" as one frame (compare/totals.ts). The field comparison follows the same rule
 * (docs/spec.md §14): such a retyping is no change; a move to another frame still is.
 *
 * By hand (1000 kr, 2027–2030, frames R3 and R4 in the list): D-001 R4 → r4 with nothing else changed: not changed.
 * D-002 R4 → R3: changed, one field, Rammeområde R4 → R3. Economy plan: the Ramme line of R4 retyped « r4», its
 * amounts kept, and D-001's Tiltak line R4 → r4: no line changed, added or removed; D-002's line R4 → R3: changed,
 * Rammeområde R4 → R3.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { Plan } from '../../../src/domain/model/plan';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot, WORKBOOK_LISTS } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const frames = [...WORKBOOK_LISTS.frames, { code: 'R3', name: 'Helse' }, { code: 'R4', name: 'NAV' }];
const YEARS = { '2027': 100, '2028': 100, '2029': 100, '2030': 100 };

function plan(d001: string, d002: string, ramme: string): Plan {
  const operating = [
    operatingRow({ Rammeområde: d001 }),
    operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Ny helsesøster', Rammeområde: d002 }),
  ];
  const economyPlan = [
    economyLine({ Linjetype: 'Ramme', Ref: 'Ramme NAV', Rammeområde: ramme, Beskrivelse: 'Ramme NAV', ...YEARS }),
    economyLine({ Rammeområde: d001 }),
    economyLine({ Ref: 'D-002', Rammeområde: d002, Beskrivelse: 'Helsesøster' }),
  ];
  return readPlan(canonicalSnapshot({ operating, economyPlan, lists: { frames } }), { defaultStartYear: 2027 }).plan;
}

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'forslag.xlsx', label: 'Forslag' } };

describe('compare: a Rammeområde retyped in another case is the same frame', () => {
  const set = comparePlans(plan('R4', 'R4', 'R4'), plan('r4', 'R3', ' r4'), sides);

  it('measures: the case retyping is no change, the move to R3 is', () => {
    expect(set.measures.changed.map((m) => [m.id, m.changes.map((c) => [c.field, c.old, c.new])])).toEqual([
      ['D-002', [['frame', 'R4', 'R3']]],
    ]);
    expect(set.measures.added).toEqual([]);
    expect(set.measures.removed).toEqual([]);
  });

  it('economy plan lines: the same rule', () => {
    const { changed, added, removed } = set.economyPlan;
    expect(changed.map((l) => [l.ref, l.changes.map((c) => [c.field, c.old, c.new])])).toEqual([
      ['D-002', [['frame', 'R4', 'R3']]],
    ]);
    expect(added).toEqual([]);
    expect(removed).toEqual([]);
  });
});
