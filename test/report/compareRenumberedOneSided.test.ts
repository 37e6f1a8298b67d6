/**
 * Measures only renumbered that also have amounts in a year only one version holds (docs/spec.md §14): «bare nytt
 * prioritetsnummer» alone would be untrue of them, so the summary names the exception, the heading drops «Bare» and
 * its note says for how many. Every expected sentence is written by hand from the plans below (1000 kr).
 *
 * Adopted 2027–2030: D-001 priority 1, D-002 2 (300 in 2027), D-003 3 (200 in 2027), all in Samfunn og tjenester.
 * Rolled 2028–2031: D-001 gone, D-002 1, D-003 2, the same order, 0 in 2031. Changed: D-002 and D-003 (2 of 2),
 * both renumbered and both with 2027 the adopted plan's only: «utenom at de også har …». Compared with the same
 * period (their amounts as before), neither has such a year: «bare» / «Bare» stand with no exception.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { OperatingMeasure, Plan } from '../../src/domain/model/plan';
import { renderCompare } from '../../src/report/compareReport';
import { op, plan } from '../helpers/plan';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'rullert.xlsx', label: 'rullert.xlsx' } };
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const ranked = (priority: number, m: OperatingMeasure): OperatingMeasure => ({ ...m, priority });
const withYears = (p: Plan, years: number[]): Plan => ({
  ...p,
  years,
  settings: { ...p.settings, startYear: years[0] ?? 2027 },
});

const adopted = plan({
  operating: [
    ranked(1, op({ id: 'D-001', row: 5, years: [0, 100, 100, 100] })),
    ranked(2, op({ id: 'D-002', row: 6, years: [300, 100, 100, 100] })),
    ranked(3, op({ id: 'D-003', row: 7, years: [200, 50, 50, 50] })),
  ],
});
const later = [
  ranked(1, op({ id: 'D-002', row: 5, years: [100, 100, 100, 0] })),
  ranked(2, op({ id: 'D-003', row: 6, years: [50, 50, 50, 0] })),
];

describe('compare: renumbered measures that also have amounts in years only one version holds', () => {
  test('after a roll, both have 2027 the adopted plan only: the exception is said, no «Bare» in the heading', () => {
    const diff = comparePlans(adopted, withYears(plan({ operating: later }), [2028, 2029, 2030, 2031]), sides);
    expect(diff.measures.changed.map((m) => [m.id, m.renumbered ?? false])).toEqual([
      ['D-002', true],
      ['D-003', true],
    ]);
    const text = plain(renderCompare(diff, 'text', 'nb'));
    expect(text).toContain(
      '2 av de 2 endrede tiltakene har bare fått nytt prioritetsnummer, utenom at de også har beløp i år bare den ' +
        'ene versjonen har: seksjonen er nummerert på nytt, rekkefølgen er den samme. De står for seg etter de ' +
        'andre endringene.',
    );
    expect(text).toContain('\nNytt prioritetsnummer (seksjonen nummerert på nytt)\n');
    expect(text).not.toContain('Bare nytt prioritetsnummer');
    expect(text).toContain(
      'Prioriteten er det eneste som er endret, utenom beløp i år bare den ene versjonen har for 2 av tiltakene ' +
        '(beløpene står under «Beløp i år bare den ene versjonen har»), og tiltakene i seksjonen står',
    );
    expect(text).toMatch(/D-002 +Tiltak D-002 +2027 +300 +–\n/);
    expect(text).toMatch(/D-003 +Tiltak D-003 +2027 +200 +–\n/);
    const en = plain(renderCompare(diff, 'text', 'en'));
    expect(en).toContain(
      '2 of the 2 changed measures only got a new priority number, except that they also have amounts in years ' +
        'only one version holds: their section was numbered anew',
    );
    const html = plain(renderCompare(diff, 'html', 'nn'));
    expect(html).toContain('utanom at dei òg har beløp i år berre den eine versjonen har: seksjonen');
    expect(html).toContain('>Nytt prioritetsnummer (seksjonen nummerert på nytt)<');
  });

  test('over the same period no year is one-sided: «bare» and «Bare» stand without an exception', () => {
    const same = [
      ranked(1, op({ id: 'D-002', row: 5, years: [300, 100, 100, 100] })),
      ranked(2, op({ id: 'D-003', row: 6, years: [200, 50, 50, 50] })),
    ];
    const diff = comparePlans(adopted, plan({ operating: same }), sides);
    const text = plain(renderCompare(diff, 'text', 'nb'));
    expect(text).toContain(
      '2 av de 2 endrede tiltakene har bare fått nytt prioritetsnummer: seksjonen er nummerert på nytt, ' +
        'rekkefølgen er den samme. De står for seg etter de andre endringene.',
    );
    expect(text).toContain('\nBare nytt prioritetsnummer (seksjonen nummerert på nytt)\n');
    expect(text).toContain('Prioriteten er det eneste som er endret, og tiltakene i seksjonen står');
  });
});
