/**
 * A measure found in both versions with an amount in a year only one version holds (SPEC §14: «years present on one
 * side only are listed as such»; docs/spec.md §14): the adopted plan's 2027 after a roll, the rolled plan's 2031, or
 * a year a longer period added. Before, only the common years were compared, so 500 in 2027 and 800 in 2031 were
 * invisible in text, HTML and JSON. Every expected figure is worked out by hand from the plans below (1000 kr).
 *
 * Adopted 2027–2030, rolled 2028–2031:
 * - D-001 500 / 100 / 100 / 100, then 100 / 100 / 100 / 800: 2027 500 the adopted only, 2031 800 the rolled only.
 * - D-002 0 / 50 / 50 / 50, then 50 / 50 / 60 / 0: 2030 50 → 60, a real change; 2027's 0 and 2031's 0 no money.
 * - D-003 empty / 200 / 200 / 200, then 200 / 200 / 200 / empty: nothing given in 2027 nor 2031, unchanged.
 * - D-004 300 a year, then 300 / 300 / 300 / 0 (as a roll writes a non-Varig row's new year): 2027 300 only.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { Plan } from '../../src/domain/model/plan';
import type { Lang } from '../../src/domain/model/report';
import { compareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { op, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'rullert.xlsx', label: 'rullert.xlsx' } };
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const withYears = (p: Plan, years: number[]): Plan => ({
  ...p,
  years,
  settings: { ...p.settings, startYear: years[0] ?? 2027 },
});

const adopted = plan({
  operating: [
    op({ id: 'D-001', row: 5, years: [500, 100, 100, 100] }),
    op({ id: 'D-002', row: 6, years: [0, 50, 50, 50] }),
    op({ id: 'D-003', row: 7, years: [null, 200, 200, 200] }),
    op({ id: 'D-004', row: 8, years: [300, 300, 300, 300] }),
  ],
});
const rolled = withYears(
  plan({
    operating: [
      op({ id: 'D-001', row: 5, years: [100, 100, 100, 800] }),
      op({ id: 'D-002', row: 6, years: [50, 50, 60, 0] }),
      op({ id: 'D-003', row: 7, years: [200, 200, 200, null] }),
      op({ id: 'D-004', row: 8, years: [300, 300, 300, 0] }),
    ],
  }),
  [2028, 2029, 2030, 2031],
);
const diff = comparePlans(adopted, rolled, sides);

describe('compare: a changed measure’s amounts in a year only one version holds', () => {
  test('the change set: 2027 500 and 300 the older only, 2031 800 the newer only; 0 and empty not listed', () => {
    expect(diff.measures.changed.map((m) => [m.id, m.changes])).toEqual([
      [
        'D-001',
        [
          { field: 'years', year: 2027, old: 500_000, new: null, onlyIn: 'old' },
          { field: 'years', year: 2031, old: null, new: 800_000, onlyIn: 'new' },
        ],
      ],
      ['D-002', [{ field: 'years', year: 2030, old: 50_000, new: 60_000 }]],
      ['D-004', [{ field: 'years', year: 2027, old: 300_000, new: null, onlyIn: 'old' }]],
    ]);
    expect([diff.measures.added, diff.measures.removed, diff.measures.finished]).toEqual([[], [], []]);
  });

  test('the totals per version are as before: 2027 500 + 0 + 300 = 800 old, 2031 800 + 0 + 0 = 800 new', () => {
    // 2028–2029: 100 + 50 + 200 + 300 = 650 on both sides; 2030 650 → 100 + 60 + 200 + 300 = 660.
    const th = Object.fromEntries(
      Object.entries(diff.totals.operating).map(([y, c]) => [
        y,
        [c.old, c.new, c.difference].map((v) => (v === null ? null : v / 1000)),
      ]),
    );
    expect(th).toEqual({
      '2027': [800, null, null],
      '2028': [650, 650, 0],
      '2029': [650, 650, 0],
      '2030': [650, 660, 10],
      '2031': [null, 800, null],
    });
  });

  test('JSON: the year as its field, the side without it null, `onlyIn` only on those entries', () => {
    expect(compareJson(diff).measures.changed.map((m) => [m.id, m.changes])).toEqual([
      [
        'D-001',
        [
          { field: '2027', old: 500_000, new: null, onlyIn: 'old' },
          { field: '2031', old: null, new: 800_000, onlyIn: 'new' },
        ],
      ],
      ['D-002', [{ field: '2030', old: 50_000, new: 60_000 }]],
      ['D-004', [{ field: '2027', old: 300_000, new: null, onlyIn: 'old' }]],
    ]);
    expect(Object.keys(compareJson(diff).measures.changed[1]?.changes[0] ?? {})).toEqual(['field', 'old', 'new']);
  });

  const words: Record<Lang, { summary: string; heading: string; changed: string; totals: string }> = {
    nb: {
      summary:
        '2 tiltak har beløp i år bare den ene versjonen har (2027, 2031). De står for seg etter de andre endringene.',
      heading: 'Beløp i år bare den ene versjonen har',
      changed: 'Endrede tiltak',
      totals: 'Summer per år',
    },
    nn: {
      summary:
        '2 tiltak har beløp i år berre den eine versjonen har (2027, 2031). Dei står for seg etter dei andre endringane.',
      heading: 'Beløp i år berre den eine versjonen har',
      changed: 'Endra tiltak',
      totals: 'Summar per år',
    },
    en: {
      summary:
        '2 measures have amounts in years only one version holds (2027, 2031). They are listed apart, after the other changes.',
      heading: 'Amounts in years only one version holds',
      changed: 'Changed measures',
      totals: 'Totals per year',
    },
  };

  test.each(['nb', 'nn', 'en'] as const)(
    'text (%s): D-002 under the changes, D-001 and D-004 apart with «–»',
    (lang) => {
      const w = words[lang];
      const text = plain(renderCompare(diff, 'text', lang));
      expect(text).toContain(w.summary);
      const changed = text.slice(text.indexOf(`${w.changed}\n`), text.indexOf(w.heading, text.indexOf(w.changed)));
      expect(changed).toMatch(/D-002 .* 2030 +50 +60 +\+10\n/);
      expect(changed).not.toMatch(/D-001|D-004/);
      const apart = text.slice(text.indexOf(`${w.heading}\n`), text.indexOf(w.totals));
      expect(apart).toMatch(/D-001 +Tiltak D-001 +2027 +500 +–\n +2031 +– +800\n/);
      expect(apart).toMatch(/D-004 +Tiltak D-004 +2027 +300 +–\n/);
      expect(apart).not.toMatch(/D-002|D-003/);
    },
  );

  test('HTML (nb): the same rows, year, before and now', () => {
    const html = plain(renderCompare(diff, 'html', 'nb'));
    const section = html.slice(html.indexOf(words.nb.heading), html.indexOf(words.nb.totals));
    const rows = [...section.matchAll(/<tr>(.*?)<\/tr>/gs)]
      .map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => c[1]))
      .filter((r) => r.length > 0);
    expect(rows).toEqual([
      ['D-001', 'Tiltak D-001', '2027', '500', '–'],
      ['', '', '2031', '–', '800'],
      ['D-004', 'Tiltak D-004', '2027', '300', '–'],
    ]);
  });
});

describe('compare: a period made longer (2027–2030 against 2027–2031)', () => {
  const longer = (d2031: number | null): Plan =>
    withYears(
      plan({ operating: [op({ id: 'D-001', years: [100, 100, 100, 100, d2031] })] }),
      [2027, 2028, 2029, 2030, 2031],
    );
  const four = plan({ operating: [op({ id: 'D-001', years: [100, 100, 100, 100] })] });

  test('900 in the added 2031: listed as the newer version’s only', () => {
    expect(comparePlans(four, longer(900), sides).measures.changed.map((m) => m.changes)).toEqual([
      [{ field: 'years', year: 2031, old: null, new: 900_000, onlyIn: 'new' }],
    ]);
  });

  test('2031 empty: nothing given, the measure unchanged; the shorter one the newer: 900 the older only', () => {
    expect(comparePlans(four, longer(null), sides).measures.changed).toEqual([]);
    expect(comparePlans(longer(900), four, sides).measures.changed.map((m) => m.changes)).toEqual([
      [{ field: 'years', year: 2031, old: 900_000, new: null, onlyIn: 'old' }],
    ]);
  });
});
