/**
 * A line without Plan whose Ref names only a measure of a plan of another period (SPEC §15: that plan is left out,
 * period-mismatch) is unclaimed, naming that plan. It has no Plan, so «check Plan on the line» is no advice: it
 * says which plan its Ref names, that the plan's period is not the economy plan's, and what to correct. A line
 * whose Plan names that plan keeps the advice about Plan.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { line } from '../../helpers/plan';
import { boligsosial, economy, input, kulturOtherPeriod } from './helpers';

// Boligsosial (2027–2030) against its own line; Kulturplan is 2028–2031 (D-201, Ref. 20). Row 3: Ref D-201 without
// Plan, 40 a year: 40 × 4 = 160 thousand. Row 4: with Plan Kulturplan, 10 a year: 40 thousand.
const lines = [
  line({ row: 2, ref: 'D-001', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
  line({ row: 3, ref: 'D-201', years: [40, 40, 40, 40] }),
  line({ row: 4, ref: 'X-1', plan: 'Kulturplan', years: [10, 10, 10, 10] }),
];
const { consolidation } = consolidate(
  [input('bolig.xlsx', boligsosial()), input('kultur.xlsx', kulturOtherPeriod())],
  economy(lines),
);
const unclaimed = (ref: string) =>
  consolidation.items.find((i) => i.code === 'economy-plan-line-unmatched' && i.ref === ref);
const explain = (ref: string, lang: 'nb' | 'nn' | 'en') => {
  const item = unclaimed(ref);
  return item && explainConsolidation(item, lang, '1000 kr', consolidation.years);
};

describe('a line without Plan naming only a measure of a plan of another period (SPEC §15)', () => {
  it('is unclaimed, naming the plan and its period', () => {
    expect(unclaimed('D-201')).toMatchObject({
      plan: 'Kulturplan',
      planYears: [2028, 2029, 2030, 2031],
      economyPlan: 160_000,
    });
  });

  it.each([
    [
      'nb',
      'Økonomiplanlinjen D-201 (160) har ingen Plan, men Ref viser til et tiltak i «Kulturplan», som gjelder ' +
        '2028–2031, ikke 2027–2030 som økonomiplanen, og derfor ikke er avstemt. Rett Første planår og Antall planår ' +
        'i planen. Linjen er ikke regnet med i «Alle planer» eller i rammeområdene, like lite som planens tiltak.',
    ],
    [
      'nn',
      'Økonomiplanlina D-201 (160) har ingen Plan, men Ref viser til eit tiltak i «Kulturplan», som gjeld ' +
        '2028–2031, ikkje 2027–2030 som økonomiplanen, og difor ikkje er avstemt. Rett Første planår og Antall planår ' +
        'i planen. Lina er ikkje rekna med i «Alle planar» eller i rammeområda, like lite som tiltaka i planen.',
    ],
    [
      'en',
      'The economy plan line D-201 (160) has no Plan, but its Ref names a measure in "Kulturplan", which covers ' +
        '2028–2031, not 2027–2030 as the economy plan does, and so is not reconciled. Correct Første planår and ' +
        'Antall planår in the plan. The line is not counted in "All plans" or in the budget frames, any more than ' +
        "the plan's measures.",
    ],
  ] as const)('%s: says why, without asking to check a Plan it does not have', (lang, expected) => {
    expect(explain('D-201', lang)).toBe(expected);
  });

  it('a line whose Plan names that plan is still told about Plan (10 × 4 = 40)', () => {
    expect(unclaimed('X-1')).toMatchObject({ plan: 'Kulturplan', economyPlan: 40_000 });
    expect(unclaimed('X-1')?.planYears).toBeUndefined();
    expect(explain('X-1', 'nb')).toContain('Økonomiplanlinjen X-1 (40) hører til planen «Kulturplan»');
    expect(explain('X-1', 'nb')).toContain('Kontroller Plan på linjen');
  });
});
