/**
 * An economy plan line found in both versions with an amount in a year only one version holds (SPEC §14: «years
 * present on one side only are listed as such»; docs/spec.md §14), as a measure's (compareMeasureOneSided.test.ts):
 * after a roll the adopted plan's 2027 and the 2031 finance typed in the rolled plan. Before, lines were compared in
 * the common years only, so both were invisible in text, HTML and JSON. Every figure is worked out by hand from the
 * plans below (1000 kr).
 *
 * Adopted 2027–2030, rolled 2028–2031:
 * - Drift · Tiltak · D-001 600 / 1 200 / 1 800 / 2 400, then 1 200 / 1 800 / 2 400 / 3 000: 2027 600 the adopted
 *   only, 2031 3 000 the rolled only (typed by finance).
 * - Drift · Ramme · R3 1 000 / 1 800 / 2 400 / 3 000, then 1 800 / 2 400 / 2 500 / empty: 2030 3 000 → 2 500, a
 *   real change (Δ −500); 2027 1 000 the adopted only; 2031 empty, nothing given.
 * - Investering · Tiltak · P-4102 0 / 10 000 / 20 000 / 0, then 10 000 / 20 000 / 0 / 0: 2027's 0 and 2031's 0 no
 *   money, unchanged.
 * - Investering · Finansiering · P-4104 · Lån 1 600 / 0 / 0 / 0, then 0 / 0 / 0 / empty: 2027 1 600 only.
 * Three lines changed (D-001, R3, Lån), as three measures so changed would count; one of them (R3) has a real change.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { Plan } from '../../src/domain/model/plan';
import type { Lang } from '../../src/domain/model/report';
import { compareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { line, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'rullert.xlsx', label: 'rullert.xlsx' } };
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const rolledYears = (p: Plan): Plan => ({
  ...p,
  years: [2028, 2029, 2030, 2031],
  settings: { ...p.settings, startYear: 2028 },
});

const adopted = plan({
  economyPlan: [
    line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
    line({ row: 3, type: 'Ramme', frame: 'R3', years: [1000, 1800, 2400, 3000] }),
    line({ row: 4, part: 'Investering', ref: 'P-4102', years: [0, 10000, 20000, 0] }),
    line({ row: 5, part: 'Investering', type: 'Finansiering', ref: 'P-4104', source: 'Lån', years: [1600, 0, 0, 0] }),
  ],
});
const rolled = rolledYears(
  plan({
    economyPlan: [
      line({ row: 2, ref: 'D-001', years: [1200, 1800, 2400, 3000] }),
      line({ row: 3, type: 'Ramme', frame: 'R3', years: [1800, 2400, 2500, null] }),
      line({ row: 4, part: 'Investering', ref: 'P-4102', years: [10000, 20000, 0, 0] }),
      line({ row: 5, part: 'Investering', type: 'Finansiering', ref: 'P-4104', source: 'Lån', years: [0, 0, 0, null] }),
    ],
  }),
);
const diff = comparePlans(adopted, rolled, sides);

describe('compare: an economy plan line’s amounts in a year only one version holds', () => {
  test('the change set: 2027 600, 1 000 and 1 600 the older only, 2031 3 000 the newer only; 0 and empty not', () => {
    expect(diff.economyPlan.changed.map((l) => [l.ref || l.frame, l.changes])).toEqual([
      [
        'D-001',
        [
          { field: 'years', year: 2027, old: 600_000, new: null, onlyIn: 'old' },
          { field: 'years', year: 2031, old: null, new: 3_000_000, onlyIn: 'new' },
        ],
      ],
      [
        'R3',
        [
          { field: 'years', year: 2027, old: 1_000_000, new: null, onlyIn: 'old' },
          { field: 'years', year: 2030, old: 3_000_000, new: 2_500_000 },
        ],
      ],
      ['P-4104', [{ field: 'years', year: 2027, old: 1_600_000, new: null, onlyIn: 'old' }]],
    ]);
    expect([diff.economyPlan.added, diff.economyPlan.removed]).toEqual([[], []]);
  });

  test('JSON: the year as its field, the side without it null, `onlyIn` only on those entries', () => {
    const changed = compareJson(diff).economyPlan.changed;
    expect(changed.map((l) => [l.ref || l.frame, l.changes])).toEqual([
      [
        'D-001',
        [
          { field: '2027', old: 600_000, new: null, onlyIn: 'old' },
          { field: '2031', old: null, new: 3_000_000, onlyIn: 'new' },
        ],
      ],
      [
        'R3',
        [
          { field: '2027', old: 1_000_000, new: null, onlyIn: 'old' },
          { field: '2030', old: 3_000_000, new: 2_500_000 },
        ],
      ],
      ['P-4104', [{ field: '2027', old: 1_600_000, new: null, onlyIn: 'old' }]],
    ]);
    expect(Object.keys(changed[1]?.changes[1] ?? {})).toEqual(['field', 'old', 'new']);
  });

  const words: Record<
    Lang,
    { counts: string; summary: string; heading: string; changed: string; apart: string; none: string }
  > = {
    nb: {
      counts: 'Økonomiplanlinjer: 0 nye, 0 fjernet, 3 endret.',
      summary:
        '3 økonomiplanlinjer har beløp i år bare den ene versjonen har (2027, 2031). De står for seg etter de andre endrede linjene.',
      heading: 'Økonomiplanen\n',
      changed: 'Endrede linjer\n',
      apart: 'Beløp i år bare den ene versjonen har\n',
      none: 'Ingen, utenom de som står for seg nedenfor.',
    },
    nn: {
      counts: 'Økonomiplanliner: 0 nye, 0 fjerna, 3 endra.',
      summary:
        '3 økonomiplanliner har beløp i år berre den eine versjonen har (2027, 2031). Dei står for seg etter dei andre endra linene.',
      heading: 'Økonomiplanen\n',
      changed: 'Endra liner\n',
      apart: 'Beløp i år berre den eine versjonen har\n',
      none: 'Ingen, utanom dei som står for seg nedanfor.',
    },
    en: {
      counts: 'Economy plan lines: 0 new, 0 removed, 3 changed.',
      summary:
        '3 economy plan lines have amounts in years only one version holds (2027, 2031). They are listed apart, after the other changed lines.',
      heading: 'Economy plan\n',
      changed: 'Changed lines\n',
      apart: 'Amounts in years only one version holds\n',
      none: 'None, besides those listed apart below.',
    },
  };

  test.each(['nb', 'nn', 'en'] as const)(
    'text (%s): the three counted changed, R3’s 2030 under the changed lines, the rest apart with «–»',
    (lang) => {
      const w = words[lang];
      const text = plain(renderCompare(diff, 'text', lang));
      expect(text).toContain(w.counts);
      expect(text).toContain(w.summary);
      const section = text.slice(text.lastIndexOf(w.heading));
      const changed = section.slice(section.indexOf(w.changed), section.indexOf(w.apart));
      expect(changed).toMatch(/\n {2}Drift · Ramme · R3 +2030 +3 000 +2 500 +−500\n/);
      expect(changed).not.toMatch(/D-001|P-4104|2027|2031/);
      const apart = section.slice(section.indexOf(w.apart));
      expect(apart).toMatch(/\n {2}Drift · Tiltak · D-001 +2027 +600 +–\n {2,}2031 +– +3 000\n/);
      expect(apart).toMatch(/\n {2}Drift · Ramme · R3 +2027 +1 000 +–\n/);
      expect(apart).toMatch(/\n {2}Investering · Finansiering · P-4104 · Lån +2027 +1 600 +–\n/);
      expect(apart).not.toMatch(/P-4102|2030/);
    },
  );

  test('HTML (nb): the rows apart, line, year, before and now', () => {
    const html = plain(renderCompare(diff, 'html', 'nb'));
    const from = html.lastIndexOf(words.nb.apart.trim());
    const section = html.slice(from, html.indexOf('</table>', from));
    const rows = [...section.matchAll(/<tr>(.*?)<\/tr>/gs)]
      .map((m) => [...(m[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((c) => c[1]))
      .filter((r) => r.length > 0);
    expect(rows).toEqual([
      ['Drift · Tiltak · D-001', '2027', '600', '–'],
      ['', '2031', '–', '3 000'],
      ['Drift · Ramme · R3', '2027', '1 000', '–'],
      ['Investering · Finansiering · P-4104 · Lån', '2027', '1 600', '–'],
    ]);
  });

  test.each(['nb', 'nn', 'en'] as const)(
    'text (%s): lines changed only in such years: «Endrede linjer» says they stand apart, not «Ingen.»',
    (lang) => {
      const w = words[lang];
      const only = rolledYears(
        plan({ economyPlan: [line({ row: 2, ref: 'D-001', years: [1200, 1800, 2400, 3000] })] }),
      );
      const base = plan({ economyPlan: [line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] })] });
      const text = plain(renderCompare(comparePlans(base, only, sides), 'text', lang));
      const section = text.slice(text.lastIndexOf(w.heading));
      const changed = section.slice(section.indexOf(w.changed), section.indexOf(w.apart));
      expect(changed.split('\n').filter((s) => s.trim() !== '' && !/^[-=·.]+$/.test(s.trim()))).toEqual([
        w.changed.trim(),
        w.none,
      ]);
    },
  );
});
