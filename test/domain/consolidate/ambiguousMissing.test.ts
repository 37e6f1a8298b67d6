/**
 * A measure whose only economy plan line is ambiguous (SPEC §15: its Ref names a measure of another plan too):
 * the line exists, so the plan's own item must not tell finance to add one — doing both (a new line, and Plan
 * on the ambiguous one as its own item asks) would put the money in the economy plan twice. It says which line
 * names the measure and that Plan on it is the fix.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

// Both plans carry Ref. 14 (Boligsosial's D-001, Helse's D-101). Helse's line names it by ID and Plan; the line
// «14» on row 3 (no Plan) is meant for Boligsosial's D-001 (100 / 300 / 300 / 300 thousand) but names both.
const lines = [
  line({ row: 2, ref: 'D-101', plan: 'Helse og omsorg', frame: 'R3', years: [200, 300, 200, 100] }),
  line({ row: 3, ref: '14', frame: 'R3', years: [100, 300, 300, 300] }),
];
const run = () => consolidate([input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())], economy(lines));
const missingOf = (items: ReturnType<typeof run>['perPlan'][number]) =>
  items.find((i) => i.code === 'measure-not-in-economy-plan');

describe('measure-not-in-economy-plan when an ambiguous line names the measure (SPEC §15)', () => {
  it('is still the error (no line is the measure’s), the line ambiguous beside it', () => {
    const { consolidation, perPlan } = run();
    expect(consolidation.items.filter((i) => i.code === 'economy-plan-line-ambiguous').map((i) => i.ref)).toEqual([
      '14',
    ]);
    // D-001's new money 100 + 300 + 300 + 300 = 1 000 thousand, none of it matched.
    expect(missingOf(perPlan[0] ?? [])).toMatchObject({ severity: 'error', measures: 1_000_000, economyPlan: 0 });
  });

  it.each([
    [
      'nb',
      'D-001 har nye midler i tiltaksplanen (100 i 2027, 300 i 2028, 300 i 2029, 300 i 2030; 1\u00a0000 i alt). ' +
        'Økonomiplanlinjen 14 (okonomiplan.xlsx: Økonomiplan!C3) viser til tiltaket, men passer også til et tiltak i en annen plan, ' +
        'så den er ikke regnet til noen av dem (se den samlede avstemmingen). Skriv «Boligsosial handlingsplan» i ' +
        'kolonnen Plan på den linjen, så hører den til denne planen. Legg ikke inn en linje til: da blir beløpet med ' +
        'to ganger i økonomiplanen.',
    ],
    [
      'nn',
      'D-001 har nye midlar i tiltaksplanen (100 i 2027, 300 i 2028, 300 i 2029, 300 i 2030; 1\u00a0000 i alt). ' +
        'Økonomiplanlina 14 (okonomiplan.xlsx: Økonomiplan!C3) viser til tiltaket, men passar òg til eit tiltak i ein annan plan, ' +
        'så ho er ikkje rekna til nokon av dei (sjå den samla avstemminga). Skriv «Boligsosial handlingsplan» i ' +
        'kolonnen Plan på den lina, så høyrer ho til denne planen. Legg ikkje inn ei line til: då kjem beløpet med ' +
        'to gonger i økonomiplanen.',
    ],
    [
      'en',
      'D-001 has new money in the measures plan (100 in 2027, 300 in 2028, 300 in 2029, 300 in 2030; 1\u00a0000 in all). ' +
        'The economy plan line 14 (okonomiplan.xlsx: Økonomiplan!C3) names it, but also a measure of another plan, so it counts for ' +
        'neither (see the consolidated reconciliation). Write "Boligsosial handlingsplan" in the Plan column of that ' +
        'line, so that it belongs to this plan. Do not add another line: the amount would then be in the economy ' +
        'plan twice.',
    ],
  ] as const)('%s: names the ambiguous line and asks for Plan on it, not for a new line', (lang, expected) => {
    const missing = missingOf(run().perPlan[0] ?? []);
    expect(missing && explainReconciliation(missing, lang, '1000 kr')).toBe(expected);
  });

  it('a measure no line names at all is still told to add one (Helse’s D-101 without its line)', () => {
    const { perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy([line({ row: 2, ref: 'D-001', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] })]),
    );
    const missing = missingOf(perPlan[1] ?? []);
    expect(missing && explainReconciliation(missing, 'nb', '1000 kr')).toContain(
      'men ingen linje i økonomiplanen. Legg inn en linje i okonomiplan.xlsx med Del Drift, Linjetype Tiltak og Ref D-101',
    );
  });
});
