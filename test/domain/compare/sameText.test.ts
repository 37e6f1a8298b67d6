/**
 * A measure renumbered with its Tiltak text kept: still one removed and one added (matched by ID, SPEC §14), and
 * sameTextPairs names the pair for the report's hint. Plans by hand: every text is written out below.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { sameTextPairs } from '../../../src/domain/compare/sameText';
import type { OperatingMeasure, Plan } from '../../../src/domain/model/plan';
import { op, plan } from '../../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const named = (id: string, measure: string, row: number): OperatingMeasure => ({ ...op({ id, row }), measure });
const pairs = (a: Plan, b: Plan): string[][] =>
  sameTextPairs(comparePlans(a, b, sides).measures).map((p) => [p.removed.id, p.added.id]);

describe('an added and a removed measure with the same Tiltak text', () => {
  it('D-002 «Ta i bruk Bo Kart» retyped as D-005: still removed and added, and paired', () => {
    const before = plan({ operating: [named('D-001', 'Boligkontor', 2), named('D-002', 'Ta i bruk Bo Kart', 3)] });
    const after = plan({ operating: [named('D-001', 'Boligkontor', 2), named('D-005', 'Ta i bruk Bo Kart', 3)] });
    const diff = comparePlans(before, after, sides);
    expect(diff.measures.removed.map((m) => m.id)).toEqual(['D-002']);
    expect(diff.measures.added.map((m) => m.id)).toEqual(['D-005']);
    expect(pairs(before, after)).toEqual([['D-002', 'D-005']]);
  });

  it('pairs texts that differ only in case and spaces', () => {
    const before = plan({ operating: [named('D-002', 'Ta i bruk Bo Kart', 2)] });
    const after = plan({ operating: [named('D-007', ' ta i bruk  bo kart', 2)] });
    expect(pairs(before, after)).toEqual([['D-002', 'D-007']]);
  });

  it.each([
    ['texts that differ', ['Bo Kart'], ['Bo Kart 2']],
    ['an empty text', [''], ['']],
    ['two removed with the text', ['Bo Kart', 'Bo Kart'], ['Bo Kart']],
    ['two added with the text', ['Bo Kart'], ['Bo Kart', 'Bo Kart']],
  ])('pairs nothing for %s', (_name, oldTexts, newTexts) => {
    const before = plan({ operating: oldTexts.map((t, i) => named(`D-00${i + 1}`, t, i + 2)) });
    const after = plan({ operating: newTexts.map((t, i) => named(`D-01${i + 1}`, t, i + 2)) });
    expect(pairs(before, after)).toEqual([]);
  });

  it('pairs nothing for measures without an ID (no ID to have renumbered; changed, they stay added and removed)', () => {
    // Both without ID, «Bo Kart», 100 a year before and 200 after: a change, so not dropped as unchanged.
    const before = plan({
      operating: [{ ...op({ id: '', row: 2, years: [100, 100, 100, 100] }), measure: 'Bo Kart' }],
    });
    const after = plan({ operating: [{ ...op({ id: '', row: 2, years: [200, 200, 200, 200] }), measure: 'Bo Kart' }] });
    const diff = comparePlans(before, after, sides);
    expect([diff.measures.removed.length, diff.measures.added.length]).toEqual([1, 1]);
    expect(pairs(before, after)).toEqual([]);
  });
});
