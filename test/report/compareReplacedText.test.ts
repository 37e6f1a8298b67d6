/**
 * An ID that now names another measure (docs/spec.md §14, the product's choice): D-002 «Utarbeide boligplan for
 * bosetting av vanskeligstilte» removed and «Gratis norskkurs for nyankomne» typed under D-002. Matched by ID (SPEC
 * §14) it stays one changed measure, but text and HTML say, as a warning above the lists, that its Tiltak text was
 * replaced (no word in common) and that an ID is never reused; JSON marks it `textReplaced: true`.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { OperatingMeasure } from '../../src/domain/model/plan';
import type { CompareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { op, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'vedtatt.xlsx' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };
const named = (id: string, measure: string, row: number): OperatingMeasure => ({ ...op({ id, row }), measure });
const diff = comparePlans(
  plan({
    operating: [
      named('D-001', 'Boligkontor', 2),
      named('D-002', 'Utarbeide boligplan for bosetting av vanskeligstilte', 3),
    ],
  }),
  plan({ operating: [named('D-001', 'Boligkontor', 2), named('D-002', 'Gratis norskkurs for nyankomne', 3)] }),
  sides,
);

describe('compare: an ID given to another measure', () => {
  it.each([
    ['nb', 'D-002 har fått en helt annen tiltakstekst'],
    ['nn', 'D-002 har fått ein heilt annan tiltakstekst'],
    ['en', 'D-002 has a wholly different Tiltak text'],
  ] as const)('text (%s) says so once', (lang, sentence) => {
    const text = renderCompare(diff, 'text', lang);
    expect(text.split(sentence).length - 1).toBe(1);
    expect(text).toContain(lang === 'en' ? '"Gratis norskkurs for nyankomne"' : '«Gratis norskkurs for nyankomne»');
  });

  it('HTML says it as a warning', () => {
    const html = renderCompare(diff, 'html', 'nb');
    const at = html.indexOf('D-002 har fått en helt annen tiltakstekst');
    expect(at).toBeGreaterThan(0);
    expect(html.slice(html.lastIndexOf('<p', at), at)).toContain('warning');
  });

  it('JSON: still one changed measure, marked textReplaced', () => {
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.measures.added).toEqual([]);
    expect(json.measures.removed).toEqual([]);
    expect(json.measures.changed).toEqual([
      {
        id: 'D-002',
        table: 'operating',
        changes: [
          {
            field: 'measure',
            old: 'Utarbeide boligplan for bosetting av vanskeligstilte',
            new: 'Gratis norskkurs for nyankomne',
          },
        ],
        textReplaced: true,
      },
    ]);
  });

  it('a Tiltak text edited (a word kept) gives no warning and no mark', () => {
    const edited = comparePlans(
      plan({ operating: [named('D-001', 'Utvidelse miljøteam', 2)] }),
      plan({ operating: [named('D-001', 'Utvidelse av miljøteamet', 2)] }),
      sides,
    );
    expect(renderCompare(edited, 'text', 'nb')).not.toContain('helt annen tiltakstekst');
    const json = JSON.parse(renderCompare(edited, 'json', 'nb')) as CompareJson;
    expect(json.measures.changed.map((c) => Object.keys(c))).toEqual([['id', 'table', 'changes']]);
  });
});
