/**
 * An economy plan line whose Plan names no plan given to the check (a typo, «Helse og omsrog», or a plan the
 * officer forgot to pass): SPEC §15 lets a line with Plan set match only measures of that plan, so it matches
 * none and is left out of the total and the frames, as a line of a plan left out. The reader is told which
 * name, where, and which Plannavn the check has. Amounts typed in thousands; items and totals in kroner.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import type { Plan } from '../../../src/domain/model/plan';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line } from '../../helpers/plan';
import { boligsosial, economy, helse, input, kulturOtherPeriod } from './helpers';

// Boligsosial D-001 (R3) 100 / 300 / 300 / 300 and Helse D-101 (R3) 200 / 300 / 200 / 100, each with its own
// line; row 4 is Helse's extra 50 a year with the Plan typed «Helse og omsrog»; row 5 belongs to Kulturplan,
// which is in the check but of another period.
const kultur: Plan = kulturOtherPeriod();
const lines = [
  line({ row: 2, ref: 'D-001', frame: 'R3', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
  line({ row: 3, ref: 'D-101', frame: 'R3', plan: 'Helse og omsorg', years: [200, 300, 200, 100] }),
  line({ row: 4, ref: 'D-101', frame: 'R3', plan: 'Helse og omsrog', years: [50, 50, 50, 50] }),
  line({ row: 5, ref: 'D-201', frame: 'R5', plan: 'Kulturplan', years: [40, 40, 40, 40] }),
];
const run = () =>
  consolidate(
    [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse()), input('kultur.xlsx', kultur)],
    economy(lines),
  );
const unmatched = () => run().consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched');

describe('a line whose Plan names no plan of the check (SPEC §15)', () => {
  it('is one warning naming the unknown name, its Plan cell and the Plannavn the check has', () => {
    // 50 × 4 = 200 thousand. Plan is column K (Del … Beskrivelse A–F, four years G–J), row 4.
    const typo = unmatched().find((i) => i.plan === 'Helse og omsrog');
    expect(typo).toEqual(
      expect.objectContaining({
        severity: 'warning',
        ref: 'D-101',
        economyPlan: 200_000,
        knownPlans: ['Boligsosial handlingsplan', 'Helse og omsorg', 'Kulturplan'],
        cells: { economyPlan: 'Økonomiplan!C4', plan: 'Økonomiplan!K4' },
      }),
    );
  });

  it('the line of a plan in the check but not compared is not said to name an unknown plan', () => {
    const k = unmatched().find((i) => i.plan === 'Kulturplan');
    expect(k?.knownPlans).toBeUndefined();
    expect(k?.cells).toEqual({ economyPlan: 'Økonomiplan!C5' });
  });

  it('counts in neither the total nor the frame, as a line of a plan left out', () => {
    const { consolidation } = run();
    // Measures 100 + 200 = 300; 300 + 300 = 600; 300 + 200 = 500; 300 + 100 = 400, against the two plans' own
    // lines, the same; not + 50 from the typo's line, nor Kulturplan's 40.
    expect(consolidation.total).toEqual({
      measures: [300_000, 600_000, 500_000, 400_000],
      economyPlan: [300_000, 600_000, 500_000, 400_000],
    });
    // R3 has no Ramme line: its Tiltak lines without the typo's are 300 / 600 / 500 / 400, as its measures.
    const r3 = consolidation.items.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => [i.class, i.difference])).toEqual([0, 0, 0, 0].map((d) => ['match', d]));
  });

  it.each([
    ['nb', '«Helse og omsrog»', 'Økonomiplan!K4', '«Boligsosial handlingsplan», «Helse og omsorg» og «Kulturplan»'],
    ['nn', '«Helse og omsrog»', 'Økonomiplan!K4', '«Boligsosial handlingsplan», «Helse og omsorg» og «Kulturplan»'],
    ['en', '"Helse og omsrog"', 'Økonomiplan!K4', '"Boligsosial handlingsplan", "Helse og omsorg" and "Kulturplan"'],
  ] as const)('%s: the explanation names the name, the cell and the plans of the check', (lang, name, cell, plans) => {
    const { consolidation } = run();
    const typo = consolidation.items.find((i) => i.plan === 'Helse og omsrog');
    const text = explainConsolidation(typo!, lang, '1000 kr', consolidation.years);
    expect(text).toContain(name);
    expect(text).toContain(cell);
    expect(text).toContain(plans);
    // 200 thousand in 1000 kr.
    expect(text).toContain('(200)');
  });

  it('nb: says the line is left out of «Alle planer» and the frames; the not-compared plan’s line too', () => {
    const { consolidation } = run();
    const say = (plan: string) =>
      explainConsolidation(
        consolidation.items.find((i) => i.plan === plan && i.code === 'economy-plan-line-unmatched')!,
        'nb',
        '1000 kr',
        consolidation.years,
      );
    expect(say('Helse og omsrog')).toContain('ikke regnet med i «Alle planer» eller i rammeområdene');
    expect(say('Helse og omsrog')).not.toContain('ingen plan med det navnet er avstemt');
    expect(say('Kulturplan')).toContain('ikke regnet med i «Alle planer» eller i rammeområdene');
  });

  it('no plan of the check has a Plannavn: the list says none', () => {
    const anonymous = { ...helse(), settings: { ...helse().settings, planName: '' } };
    const { consolidation } = consolidate([input('helse.xlsx', anonymous)], economy(lines.slice(2, 3)));
    const typo = consolidation.items.find((i) => i.plan === 'Helse og omsrog');
    expect(typo?.knownPlans).toEqual([]);
    expect(explainConsolidation(typo!, 'nb', '1000 kr', consolidation.years)).toContain(
      'Ingen plan i kontrollen har Plannavn',
    );
  });
});
