/**
 * An economy plan line that matches no measure and is 0 in every year: most likely a line finance kept at 0 after
 * its measure ended (the example's «ØP23-117 Ruskonsulent (avsluttet tiltak)»). «Kontroller Ref på linjen» alone
 * misses that case: the explanation says the line is 0 in every year and may be deleted if its measure has
 * ended. Still a warning (SPEC §10), in one plan's check and in the consolidation alike. Texts written by hand.
 */
import { consolidate } from '../../src/domain/consolidate/consolidate';
import type { Lang } from '../../src/domain/model/report';
import { reconcile } from '../../src/domain/reconcile/reconcile';
import { explainConsolidation } from '../../src/i18n/consolidation';
import { explainReconciliation } from '../../src/i18n/reconciliation';
import { line, op, plan } from '../helpers/plan';
import { economy, input } from '../domain/consolidate/helpers';

const ZERO_TEXT: Record<Lang, string> = {
  nb:
    'Økonomiplanlinjen ØP23-117 (0) svarer ikke til noe tiltak eller prosjekt. Linjen er 0 i alle år: gjaldt den et ' +
    'tiltak som er avsluttet, kan den slettes. Ellers kontroller Ref på linjen.',
  nn:
    'Økonomiplanlina ØP23-117 (0) svarar ikkje til noko tiltak eller prosjekt. Lina er 0 i alle år: gjaldt ho eit ' +
    'tiltak som er avslutta, kan ho slettast. Elles kontroller Ref på lina.',
  en:
    'The economy plan line ØP23-117 (0) matches no measure or project. The line is 0 in every year: if it was for a ' +
    "measure that has ended, it can be deleted. Otherwise check the line's Ref.",
};

// Amounts in thousands: ØP23-117 is 0 in all four years, X-1 holds 5 in 2028, X-2 +500 and −500 (0 over the period).
const lines = [
  line({ row: 9, ref: 'ØP23-117', years: [0, 0, 0, 0] }),
  line({ row: 10, ref: 'X-1', years: [0, 5, 0, 0] }),
  line({ row: 11, ref: 'X-2', years: [500, -500, 0, 0] }),
];

describe('an unmatched economy plan line that is 0 in every year', () => {
  const items = reconcile(plan({ economyPlan: lines }), []).filter((i) => i.code === 'economy-plan-line-unmatched');
  const byRef = (ref: string) => items.find((i) => i.ref === ref);

  it.each(['nb', 'nn', 'en'] as const)(
    'is said to be 0 in every year and deletable if its measure ended (%s)',
    (lang) => {
      const item = byRef('ØP23-117');
      expect(item?.severity).toBe('warning');
      expect(item && explainReconciliation(item, lang, '1000 kr')).toBe(ZERO_TEXT[lang]);
    },
  );

  it('a line with money in a year, or whose years cancel, keeps the plain advice', () => {
    const x1 = byRef('X-1');
    const x2 = byRef('X-2');
    expect(x1 && explainReconciliation(x1, 'nb', '1000 kr')).toBe(
      'Økonomiplanlinjen X-1 (5) svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
    );
    expect(x2 && explainReconciliation(x2, 'nb', '1000 kr')).toBe(
      'Økonomiplanlinjen X-2 (500 i 2027, \u2212500 i 2028) svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
    );
  });

  it('is told the same in the consolidation, where no plan claims it', () => {
    const helse = plan({
      settings: { planName: 'Helse og omsorg' },
      operating: [op({ id: 'D-101', years: [200, 300, 200, 100], fullYear: 300, newMoney: 300 })],
    });
    const own = line({ row: 2, ref: 'D-101', years: [200, 300, 200, 100] });
    const { consolidation } = consolidate([input('helse.xlsx', helse)], economy([own, ...lines]));
    const unclaimed = consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched');
    expect(unclaimed.map((i) => [i.ref, i.severity])).toEqual([
      ['ØP23-117', 'warning'],
      ['X-1', 'warning'],
      ['X-2', 'warning'],
    ]);
    const zero = unclaimed[0];
    for (const lang of ['nb', 'nn', 'en'] as const)
      expect(zero && explainConsolidation(zero, lang, '1000 kr', consolidation.years)).toBe(ZERO_TEXT[lang]);
    const x1 = unclaimed[1];
    expect(x1 && explainConsolidation(x1, 'nb', '1000 kr', consolidation.years)).toContain('Kontroller Ref på linjen.');
    expect(x1 && explainConsolidation(x1, 'nb', '1000 kr', consolidation.years)).not.toContain('0 i alle år');
  });
});
