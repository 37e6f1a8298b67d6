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

/**
 * A line that is 0 in the years it has amounts for and empty in the others (SPEC §7: an empty cell is not given, not
 * 0): after a roll, a finished measure's line is 0 / 0 / 0 with the new last year not typed yet. «0 i alle år» would
 * count the empty year as 0; the line is described by the years it has amounts for. A line with no amount at all is
 * 0 in no year. Plan years 2027–2030; texts written by hand.
 */
describe('an unmatched economy plan line with years left empty', () => {
  const partLines = [
    line({ row: 9, ref: 'ØP23-117', years: [0, 0, 0, null] }),
    line({ row: 10, ref: 'ØP-2', years: [null, 0, null, 0] }),
    line({ row: 11, ref: 'ØP-3', years: [null, null, null, null] }),
  ];
  const PART_TEXT: Record<Lang, string> = {
    nb:
      'Økonomiplanlinjen ØP23-117 (0) svarer ikke til noe tiltak eller prosjekt. Linjen er 0 i 2027–2029, og de ' +
      'andre årene er tomme: gjaldt den et tiltak som er avsluttet, kan den slettes. Ellers kontroller Ref på linjen.',
    nn:
      'Økonomiplanlina ØP23-117 (0) svarar ikkje til noko tiltak eller prosjekt. Lina er 0 i 2027–2029, og dei andre ' +
      'åra er tomme: gjaldt ho eit tiltak som er avslutta, kan ho slettast. Elles kontroller Ref på lina.',
    en:
      'The economy plan line ØP23-117 (0) matches no measure or project. The line is 0 in 2027–2029 and empty in the ' +
      "other years: if it was for a measure that has ended, it can be deleted. Otherwise check the line's Ref.",
  };
  const NONE_TEXT: Record<Lang, string> = {
    nb: 'Økonomiplanlinjen ØP-3 har ingen beløp og svarer ikke til noe tiltak eller prosjekt. Kontroller Ref på linjen.',
    nn: 'Økonomiplanlina ØP-3 har ingen beløp og svarar ikkje til noko tiltak eller prosjekt. Kontroller Ref på lina.',
    en: "The economy plan line ØP-3 has no amounts and matches no measure or project. Check the line's Ref.",
  };
  const items = reconcile(plan({ economyPlan: partLines }), []).filter((i) => i.code === 'economy-plan-line-unmatched');
  const byRef = (ref: string) => items.find((i) => i.ref === ref);

  it.each(['nb', 'nn', 'en'] as const)('is 0 in the years it has amounts for, not in every year (%s)', (lang) => {
    const item = byRef('ØP23-117');
    expect(item?.severity).toBe('warning');
    expect(item && explainReconciliation(item, lang, '1000 kr')).toBe(PART_TEXT[lang]);
  });

  it('names years with a gap one by one', () => {
    const item = byRef('ØP-2');
    expect(item && explainReconciliation(item, 'nb', '1000 kr')).toContain('Linjen er 0 i 2028 og 2030, og de andre');
  });

  it.each(['nb', 'nn', 'en'] as const)('a line with no amount at all is said to have none (%s)', (lang) => {
    const item = byRef('ØP-3');
    expect(item && explainReconciliation(item, lang, '1000 kr')).toBe(NONE_TEXT[lang]);
  });

  it('is told the same in the consolidation, where no plan claims it', () => {
    const { consolidation } = consolidate([input('helse.xlsx', plan({}))], economy(partLines));
    const unclaimed = consolidation.items.filter((i) => i.code === 'economy-plan-line-unmatched');
    const text = (ref: string, lang: Lang) => {
      const item = unclaimed.find((i) => i.ref === ref);
      return item && explainConsolidation(item, lang, '1000 kr', consolidation.years);
    };
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(text('ØP23-117', lang)).toBe(PART_TEXT[lang]);
      expect(text('ØP-3', lang)).toBe(NONE_TEXT[lang]);
    }
  });
});
