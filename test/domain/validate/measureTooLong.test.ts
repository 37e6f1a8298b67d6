/**
 * measure-too-long (docs/spec.md §8, as built): SPEC §4 «Tiltak | text ≤ 250», in both tables, told by the check for
 * a text typed or pasted in the workbook (the pane's form keeps to it itself), at the Tiltak cell (E in both tables).
 */
import { validatePlan } from '../../../src/domain/validate/plan';
import { renderFinding } from '../../../src/i18n/findings';
import { makeInvestment, makeOperating, makePlan } from '../../helpers/plan';

const found = (operating: string, investment: string) =>
  validatePlan(
    makePlan({
      operating: [makeOperating({ measure: operating })],
      investment: [makeInvestment({ id: 'I-001', measure: investment })],
    }),
  ).filter((f) => f.code === 'measure-too-long');

describe('a Tiltak longer than 250 characters', () => {
  it('250 is within the limit in either table: no finding', () => {
    expect(found('a'.repeat(250), 'b'.repeat(250))).toEqual([]);
  });

  it('251 is a warning at the Tiltak cell of each table, naming the length and the limit', () => {
    const f = found('a'.repeat(251), 'b'.repeat(300));
    expect(f.map((x) => [x.severity, x.sheet, x.cell, x.measureId, x.params])).toEqual([
      ['warning', 'Tiltak drift', 'E2', 'D-001', { length: 251, max: 250 }],
      ['warning', 'Tiltak investering', 'E2', 'I-001', { length: 300, max: 250 }],
    ]);
    expect(renderFinding(f[0]!, 'nb', '1000 kr')).toBe(
      'Tiltaksteksten har 251 tegn, men skal ha høyst 250. Gjør teksten kortere, og skriv gjerne resten i Kommentar.',
    );
  });

  it('counts characters as Excel’s LEN does: «æøå» are one each', () => {
    expect(found('æøå'.repeat(83) + 'x', 'b')).toEqual([]); // 250
    expect(found('æøå'.repeat(84) + 'x', 'b')).toHaveLength(1); // 253
  });
});
