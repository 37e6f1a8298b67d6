/**
 * The change report's hint for a measure renumbered with its text kept (compare/sameText.ts): text and HTML keep
 * it under «Nye tiltak» and «Fjernede tiltak» as SPEC §14 matches by ID, and say once that D-005 has the text of
 * D-002; the JSON is SPEC's contract and carries no hint.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { OperatingMeasure } from '../../src/domain/model/plan';
import type { CompareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { op, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'vedtatt.xlsx' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };
const named = (id: string, measure: string, row: number): OperatingMeasure => ({ ...op({ id, row }), measure });
const diff = comparePlans(
  plan({ operating: [named('D-001', 'Boligkontor', 2), named('D-002', 'Ta i bruk Bo Kart', 3)] }),
  plan({ operating: [named('D-001', 'Boligkontor', 2), named('D-005', 'Ta i bruk Bo Kart', 3)] }),
  sides,
);

describe('compare: an added measure with the text of a removed one', () => {
  it.each([
    ['nb', 'Et nytt tiltak har samme tiltakstekst som et fjernet tiltak (D-002 → D-005 «Ta i bruk Bo Kart»)'],
    ['nn', 'Eitt nytt tiltak har same tiltakstekst som eit fjerna tiltak (D-002 → D-005 «Ta i bruk Bo Kart»)'],
    ['en', 'One added measure has the same Tiltak text as a removed one (D-002 → D-005 "Ta i bruk Bo Kart")'],
  ] as const)('text (%s) names the pair once', (lang, sentence) => {
    const text = renderCompare(diff, 'text', lang);
    expect(text.split(sentence).length - 1).toBe(1);
  });

  it('HTML says it too', () => {
    expect(renderCompare(diff, 'html', 'nb')).toContain('(D-002 → D-005 «Ta i bruk Bo Kart»)');
  });

  it('JSON keeps SPEC §14: D-005 added, D-002 removed, no changed measure, nothing else', () => {
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.measures.added.map((m) => m.id)).toEqual(['D-005']);
    expect(json.measures.removed.map((m) => m.id)).toEqual(['D-002']);
    expect(json.measures.changed).toEqual([]);
    expect(JSON.stringify(json)).not.toContain('D-002 →');
  });
});
