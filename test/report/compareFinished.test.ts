/**
 * The finished one-offs in the change report (SPEC §11, §14): text and HTML list them apart from the measures
 * removed, under their own heading, in nb, nn and en; the JSON keeps SPEC §14's contract, where `removed` is every
 * measure in the older version only, so they stay there, in the older version's order, with no field of their own.
 * Amounts typed in 1000 kr; every figure below by hand.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { Plan } from '../../src/domain/model/plan';
import type { Lang } from '../../src/domain/model/report';
import type { CompareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { inv, op, plan } from '../helpers/plan';

const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const sides = { old: { file: 'vedtatt.xlsx', label: 'vedtatt.xlsx' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };
const rolled = (p: Plan): Plan => ({
  ...p,
  years: [2028, 2029, 2030, 2031],
  settings: { ...p.settings, startYear: 2028 },
});

// 2027–2030: D-001 Engangs 300 in 2027 (done), D-002 Varig 1 500 in 2027 only (deleted), D-003 Engangs 120 in
// 2027 (done), I-001 an investment of 1 000 in 2027 (deleted). 2028–2031: D-004 alone, 10 a year.
const adopted = plan({
  operating: [
    op({ id: 'D-001', row: 2, kind: 'Engangs', years: [300, null, null, null], newMoney: 300 }),
    op({ id: 'D-002', row: 3, years: [1500, null, null, null], newMoney: 1500 }),
    op({ id: 'D-003', row: 4, kind: 'Engangs', years: [120, 0, 0, 0], newMoney: 120 }),
    op({ id: 'D-004', row: 5, years: [10, 10, 10, 10], fullYear: 10, newMoney: 10 }),
  ],
  investment: [inv({ id: 'I-001', row: 2, years: [1000, null, null, null], budget: 1000, loan: 1000 })],
});
const next = rolled(
  plan({ operating: [op({ id: 'D-004', row: 2, years: [10, 10, 10, 10], fullYear: 10, newMoney: 10 })] }),
);
const diff = comparePlans(adopted, next, sides);

describe('compare --format json: finished one-offs', () => {
  const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;

  it('keeps them in removed, in the older version order, and adds no key', () => {
    expect(Object.keys(json.measures)).toEqual(['added', 'removed', 'changed']);
    expect(json.measures.removed.map((m) => [m.id, m.years['2027']])).toEqual([
      ['D-001', 300_000],
      ['D-002', 1_500_000],
      ['D-003', 120_000],
      ['I-001', 1_000_000],
    ]);
    expect(Object.keys(json.measures.removed[0] ?? {})).toEqual([
      'id',
      'table',
      'section',
      'priority',
      'measure',
      'costStatus',
      'years',
    ]);
  });
});

describe('compare text and HTML: finished one-offs listed apart', () => {
  // D-004 is the one changed: 10 in 2027, which the newer period does not hold, and 10 in 2031, which the older
  // did not (a year one version only holds is listed as such: SPEC §14).
  const words: Record<Lang, { summary: string; removed: string; finished: string; changed: string }> = {
    nb: {
      summary: 'Tiltak: 0 nye, 2 fjernet, 2 avsluttet, 1 endret.',
      removed: 'Fjernede tiltak',
      finished: 'Avsluttede engangstiltak (ingen kostnad i den nye perioden)',
      changed: 'Endrede tiltak',
    },
    nn: {
      summary: 'Tiltak: 0 nye, 2 fjerna, 2 avslutta, 1 endra.',
      removed: 'Fjerna tiltak',
      finished: 'Avslutta eingongstiltak (ingen kostnad i den nye perioden)',
      changed: 'Endra tiltak',
    },
    en: {
      summary: 'Measures: 0 new, 2 removed, 2 finished, 1 changed.',
      removed: 'Removed measures',
      finished: 'Finished one-off measures (no cost in the new period)',
      changed: 'Changed measures',
    },
  };

  it.each(['nb', 'nn', 'en'] as const)('%s: the removed D-002 and I-001, then the finished D-001 and D-003', (lang) => {
    const w = words[lang];
    for (const text of [plain(renderCompare(diff, 'text', lang)), plain(renderCompare(diff, 'html', lang))]) {
      expect(text).toContain(w.summary);
      const at = (s: string, from = 0) => text.indexOf(s, from);
      const removed = at(w.removed);
      const finished = at(w.finished, removed);
      const changed = at(w.changed, finished);
      expect([removed, finished, changed].every((i) => i > 0)).toBe(true);
      const inRemoved = text.slice(removed, finished);
      const inFinished = text.slice(finished, changed);
      expect(['D-002', 'I-001'].map((id) => inRemoved.includes(id))).toEqual([true, true]);
      expect(['D-001', 'D-003'].map((id) => inRemoved.includes(id))).toEqual([false, false]);
      expect(['D-001', 'D-003'].map((id) => inFinished.includes(id))).toEqual([true, true]);
      expect(['D-002', 'I-001'].map((id) => inFinished.includes(id))).toEqual([false, false]);
    }
  });

  it('the finished rows show their 2027 money in the older version unit: 300 and 120', () => {
    const text = plain(renderCompare(diff, 'text', 'nb'));
    const part = text.slice(text.indexOf(words.nb.finished), text.indexOf(words.nb.changed));
    expect(part).toMatch(/D-001 .* 300\s*\n/);
    expect(part).toMatch(/D-003 .* 120\s+0\s+0\s+0\s*\n/);
  });

  it('the totals count them as before: 2027 old 300 + 1 500 + 120 + 10 = 1 930 operating cost', () => {
    expect(diff.totals.operating['2027']).toEqual({ old: 1_930_000, new: null, difference: null });
    expect(diff.totals.operating['2028']).toEqual({ old: 10_000, new: 10_000, difference: 0 });
  });

  it('no heading of them when there are none (the same period, nothing finished)', () => {
    const same = comparePlans(adopted, plan({ operating: [] }), sides);
    expect(same.measures.finished).toEqual([]);
    const text = renderCompare(same, 'text', 'nb');
    expect(text).not.toContain(words.nb.finished);
    expect(text).toContain('Tiltak: 0 nye, 5 fjernet, 0 endret.');
  });
});
