/**
 * An ID that now names another measure (docs/spec.md §14): D-002 «Utarbeide boligplan for bosetting av
 * vanskeligstilte» removed and a new measure «Gratis norskkurs for nyankomne» typed under D-002. Still one changed
 * measure (matched by ID, SPEC §14); replacedTexts names it for the report, and only when the texts share no word.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { isReplacedText, replacedTexts } from '../../../src/domain/compare/replacedText';
import type { OperatingMeasure } from '../../../src/domain/model/plan';
import { op, plan } from '../../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const named = (id: string, measure: string, row: number): OperatingMeasure => ({ ...op({ id, row }), measure });

describe('a Tiltak text replaced, not edited', () => {
  it('D-002 given to another measure: one changed measure, named as replaced', () => {
    const before = plan({ operating: [named('D-002', 'Utarbeide boligplan for bosetting av vanskeligstilte', 2)] });
    const after = plan({ operating: [named('D-002', 'Gratis norskkurs for nyankomne', 2)] });
    const diff = comparePlans(before, after, sides);
    expect(diff.measures.changed.map((m) => m.id)).toEqual(['D-002']);
    expect(replacedTexts(diff.measures.changed).map((r) => [r.measure.id, r.old, r.new])).toEqual([
      ['D-002', 'Utarbeide boligplan for bosetting av vanskeligstilte', 'Gratis norskkurs for nyankomne'],
    ]);
  });

  it.each([
    ['Utvidelse miljøteam', 'Utvidelse av miljøteamet', false],
    ['Utvidelse miljøteam', 'Utvidet miljøarbeid', false],
    ['Boligkontor', 'Felles boligkontor med Levanger', false],
    ['Ta i bruk Bo Kart', 'Bo Kart i alle enheter', false],
    ['Boligkontor', 'Gratis norskkurs for nyankomne', true],
    ['Kurs for ansatte etter omorganisering', 'Husleietilskudd etter vedtak', true],
    ['IT', 'Gratis norskkurs', false],
    ['Tiltak D-007', 'Prosjekt D-007', false],
  ])('«%s» → «%s»: replaced %s', (before, after, replaced) => {
    expect(isReplacedText(before, after)).toBe(replaced);
  });

  it('a measure whose Tiltak text did not change is never named', () => {
    const before = plan({ operating: [{ ...named('D-001', 'Boligkontor', 2), responsible: 'Rådmann' }] });
    const after = plan({ operating: [{ ...named('D-001', 'Boligkontor', 2), responsible: 'Kommunalsjef' }] });
    const diff = comparePlans(before, after, sides);
    expect(diff.measures.changed.map((m) => m.id)).toEqual(['D-001']);
    expect(replacedTexts(diff.measures.changed)).toEqual([]);
  });
});
