/**
 * Renumbered priorities (docs/spec.md §14, the product's choice): a changed measure whose one change is a new
 * Prioritet, in a section whose measures keep their order, is marked `renumbered` — numbered anew, not ranked
 * anew. Every plan here is small and its order worked out by hand in the comments.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet } from '../../../src/domain/model/changeSet';
import type { OperatingMeasure, Plan } from '../../../src/domain/model/plan';
import { op, plan } from '../../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const compare = (a: Plan, b: Plan): ChangeSet => comparePlans(a, b, sides);

/** An operating measure of section `section` with priority `priority` (row = its place, for order only). */
const m = (id: string, priority: number, section = 'Samfunn og tjenester', row = 2): OperatingMeasure => ({
  ...op({ id, row, section, years: [100, 100, 100, 100] }),
  priority,
});

/** [id, renumbered] of every changed measure, in the newer version's order. */
const marks = (diff: ChangeSet) => diff.measures.changed.map((c) => [c.id, c.renumbered === true]);

describe('a changed priority that is only a renumbering', () => {
  it('is marked when a measure left the section and the rest were numbered 1..m again', () => {
    // Old 1 D-1, 2 D-2, 3 D-3, 4 D-4; D-2 gone. New 1 D-1, 2 D-3, 3 D-4: by the old numbers D-1 < D-3 < D-4, by
    // the new ones too (1 < 2 < 3). D-3 3 → 2 and D-4 4 → 3 are renumberings; D-1 did not change.
    const before = plan({
      operating: [m('D-1', 1), m('D-2', 2, undefined, 3), m('D-3', 3, undefined, 4), m('D-4', 4, undefined, 5)],
    });
    const after = plan({ operating: [m('D-1', 1), m('D-3', 2, undefined, 3), m('D-4', 3, undefined, 4)] });
    const diff = compare(before, after);
    expect(marks(diff)).toEqual([
      ['D-3', true],
      ['D-4', true],
    ]);
    // The change itself is kept as SPEC §14 lists it.
    expect(diff.measures.changed[0]?.changes).toEqual([{ field: 'priority', old: 3, new: 2 }]);
  });

  it('is marked when a measure added at the top pushed the others down', () => {
    // Old 1 D-1, 2 D-2; new 1 D-9 (added), 2 D-1, 3 D-2: D-1 before D-2 on both sides (1 < 2, 2 < 3).
    const before = plan({ operating: [m('D-1', 1), m('D-2', 2, undefined, 3)] });
    const after = plan({ operating: [m('D-9', 1), m('D-1', 2, undefined, 3), m('D-2', 3, undefined, 4)] });
    const diff = compare(before, after);
    expect(diff.measures.added.map((a) => a.id)).toEqual(['D-9']);
    expect(marks(diff)).toEqual([
      ['D-1', true],
      ['D-2', true],
    ]);
  });

  it('is not marked when two measures swapped places', () => {
    // Old 1 D-1, 2 D-2, 3 D-3; new 1 D-1, 2 D-3, 3 D-2: D-2 came before D-3 (2 < 3) and now after (3 > 2).
    const before = plan({ operating: [m('D-1', 1), m('D-2', 2, undefined, 3), m('D-3', 3, undefined, 4)] });
    const after = plan({ operating: [m('D-1', 1), m('D-2', 3, undefined, 3), m('D-3', 2, undefined, 4)] });
    expect(marks(compare(before, after))).toEqual([
      ['D-2', false],
      ['D-3', false],
    ]);
  });

  it('is not marked when a measure jumped past one whose number stayed', () => {
    // Old 1 D-1, 2 D-2, 3 D-3, 4 D-4; D-2 gone; new 1 D-1, 3 D-3 (unchanged), 2 D-4: by the old numbers D-3 (3)
    // comes before D-4 (4), by the new ones after it (3 > 2). Only D-4 changed, and it was ranked anew.
    const before = plan({
      operating: [m('D-1', 1), m('D-2', 2, undefined, 3), m('D-3', 3, undefined, 4), m('D-4', 4, undefined, 5)],
    });
    const after = plan({ operating: [m('D-1', 1), m('D-3', 3, undefined, 3), m('D-4', 2, undefined, 4)] });
    expect(marks(compare(before, after))).toEqual([['D-4', false]]);
  });

  it('is not marked when anything else of the measure changed too', () => {
    // D-2 2 → 1 after D-1 left, and its text changed: two changes, a real one among them.
    const before = plan({ operating: [m('D-1', 1), m('D-2', 2, undefined, 3)] });
    const after = plan({ operating: [{ ...m('D-2', 1), measure: 'Nytt navn' }] });
    expect(marks(compare(before, after))).toEqual([['D-2', false]]);
  });

  it('is judged section by section', () => {
    // Samfunn: D-1 1, D-2 2 → D-2 1 after D-1 left (kept order). Organisasjon: D-5 1, D-6 2 → D-5 2, D-6 1
    // (swapped). Only D-2 is renumbered.
    const org = 'Organisasjon';
    const before = plan({
      operating: [m('D-1', 1), m('D-2', 2, undefined, 3), m('D-5', 1, org, 4), m('D-6', 2, org, 5)],
    });
    const after = plan({ operating: [m('D-2', 1), m('D-5', 2, org, 3), m('D-6', 1, org, 4)] });
    expect(marks(compare(before, after))).toEqual([
      ['D-2', true],
      ['D-5', false],
      ['D-6', false],
    ]);
  });

  it('is not marked for a measure that moved to another section (its Seksjon changed)', () => {
    // D-2 Samfunn 2 → Organisasjon 1: two changes (section, priority).
    const before = plan({ operating: [m('D-1', 1), m('D-2', 2, undefined, 3)] });
    const after = plan({ operating: [m('D-1', 1), m('D-2', 1, 'Organisasjon', 3)] });
    expect(marks(compare(before, after))).toEqual([['D-2', false]]);
  });
});
