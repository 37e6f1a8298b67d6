/**
 * An investment project whose economy plan line is ambiguous (SPEC §15: its Ref, the Prosjektnr, names a project
 * of another plan too), and a plan without Plannavn whose measure's line is: the line exists, so the plan's own
 * items must not tell finance to add one (doing both puts the money in the economy plan twice). They name the
 * line and its cell, and ask for Plan on it — or, for a plan without Plannavn, for a Plannavn first.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { inv, line, plan } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';
import type { EconomyPlanLine, Plan } from '../../../src/domain/model/plan';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';

// Both plans have project P-100: Boligsosial's I-001 (400 / 300 / 200 / 100 thousand, Bruk av lån 1 000),
// Helse's I-101 (200 in 2027, Bruk av lån 200).
const boligInv = (): Plan =>
  plan({
    settings: { planName: 'Boligsosial handlingsplan' },
    investment: [inv({ id: 'I-001', project: 'P-100', years: [400, 300, 200, 100], loan: 1000 })],
  });
const helseInv = (): Plan =>
  plan({
    settings: { planName: 'Helse og omsorg' },
    investment: [inv({ id: 'I-101', project: 'P-100', years: [200, 0, 0, 0], loan: 200 })],
  });
const run = (lines: EconomyPlanLine[]) =>
  consolidate([input('bolig.xlsx', boligInv()), input('helse.xlsx', helseInv())], economy(lines));
const nb = (item: ReconciliationItem | undefined) => item && explainReconciliation(item, 'nb', '1000 kr');
const FIX_BOLIG =
  'Skriv «Boligsosial handlingsplan» i kolonnen Plan på den linjen, så hører den til denne planen. Legg ikke inn ' +
  'en linje til: da blir beløpet med to ganger i økonomiplanen.';

describe('an investment project whose only line is ambiguous (SPEC §15)', () => {
  // Row 2: the Investering Tiltak line P-100 without Plan, meant for Boligsosial: ambiguous. No other line.
  const lines = [line({ row: 2, part: 'Investering', ref: 'P-100', years: [400, 300, 200, 100] })];

  it.each([
    [
      'nb',
      'I-001 har utgifter i tiltaksplanen (400 i 2027, 300 i 2028, 200 i 2029, 100 i 2030; 1\u00a0000 i alt). ' +
        'Økonomiplanlinjen P-100 (okonomiplan.xlsx: Økonomiplan!C2) gjelder prosjektet, men passer også til et tiltak i en annen plan, ' +
        'så den er ikke regnet til noen av dem (se den samlede avstemmingen). ' +
        FIX_BOLIG,
    ],
    [
      'nn',
      'I-001 har utgifter i tiltaksplanen (400 i 2027, 300 i 2028, 200 i 2029, 100 i 2030; 1\u00a0000 i alt). ' +
        'Økonomiplanlina P-100 (okonomiplan.xlsx: Økonomiplan!C2) gjeld prosjektet, men passar òg til eit tiltak i ein annan plan, ' +
        'så ho er ikkje rekna til nokon av dei (sjå den samla avstemminga). Skriv «Boligsosial handlingsplan» i ' +
        'kolonnen Plan på den lina, så høyrer ho til denne planen. Legg ikkje inn ei line til: då kjem beløpet med ' +
        'to gonger i økonomiplanen.',
    ],
    [
      'en',
      'I-001 has expenditure in the measures plan (400 in 2027, 300 in 2028, 200 in 2029, 100 in 2030; 1\u00a0000 in all). ' +
        'The economy plan line P-100 (okonomiplan.xlsx: Økonomiplan!C2) is for the project, but also fits a measure of another plan, ' +
        'so it counts for neither (see the consolidated reconciliation). Write "Boligsosial handlingsplan" in the ' +
        'Plan column of that line, so that it belongs to this plan. Do not add another line: the amount would then ' +
        'be in the economy plan twice.',
    ],
  ] as const)('%s: measure-not-in-economy-plan names the line, not a new one', (lang, expected) => {
    const { perPlan } = run(lines);
    const missing = (perPlan[0] ?? []).find((i) => i.code === 'measure-not-in-economy-plan');
    // 400 + 300 + 200 + 100 = 1 000 thousand, none matched.
    expect(missing).toMatchObject({ severity: 'error', measures: 1_000_000, economyPlan: 0 });
    expect(missing && explainReconciliation(missing, lang, '1000 kr')).toBe(expected);
  });

  it('Helse’s I-101 is told the same, with its own Plannavn', () => {
    const missing = (run(lines).perPlan[1] ?? []).find((i) => i.code === 'measure-not-in-economy-plan');
    expect(nb(missing)).toContain('Skriv «Helse og omsorg» i kolonnen Plan på den linjen');
    expect(nb(missing)).not.toContain('Legg inn en linje');
  });

  it('project-expenditure: the Tiltak line is ambiguous, the Finansiering line is the plan’s', () => {
    const { perPlan } = run([
      line({ row: 2, part: 'Investering', ref: 'P-100', years: [400, 300, 200, 100] }),
      line({
        row: 3,
        part: 'Investering',
        type: 'Finansiering',
        ref: 'P-100',
        source: 'Bruk av lån',
        plan: 'Boligsosial handlingsplan',
        years: [1000, 0, 0, 0],
      }),
    ]);
    const items = perPlan[0] ?? [];
    // Expenditure 400 in 2027 against 0 (the only Tiltak line counts for no plan).
    const y2027 = items.find((i) => i.code === 'project-expenditure' && i.year === 2027);
    expect(y2027).toMatchObject({ class: 'mismatch', measures: 400_000, economyPlan: 0 });
    expect(nb(y2027)).toContain(
      'Økonomiplanlinjen P-100 (okonomiplan.xlsx: Økonomiplan!C2) gjelder prosjektet, men passer også til et tiltak i en annen plan ' +
        'og er ikke regnet med her (se den samlede avstemmingen). ' +
        FIX_BOLIG,
    );
    // Bruk av lån 1 000 against the plan's Finansiering line 1 000: a match, nothing to add.
    const loan = items.find((i) => i.code === 'project-financing');
    expect(loan).toMatchObject({ class: 'match', measures: 1_000_000, economyPlan: 1_000_000 });
    expect(nb(loan)).not.toContain('Plan');
  });

  it('project-financing: the Finansiering line is ambiguous, the Tiltak line is the plan’s', () => {
    const { perPlan } = run([
      line({
        row: 2,
        part: 'Investering',
        ref: 'P-100',
        plan: 'Boligsosial handlingsplan',
        years: [400, 300, 200, 100],
      }),
      line({
        row: 3,
        part: 'Investering',
        type: 'Finansiering',
        ref: 'P-100',
        source: 'Bruk av lån',
        years: [1000, 0, 0, 0],
      }),
    ]);
    // Bruk av lån 1 000 thousand against 0.
    const loan = (perPlan[0] ?? []).find((i) => i.code === 'project-financing');
    expect(loan).toMatchObject({ class: 'mismatch', measures: 1_000_000, economyPlan: 0 });
    expect(nb(loan)).toContain('Økonomiplanlinjen P-100 (okonomiplan.xlsx: Økonomiplan!C3) gjelder prosjektet');
    expect(nb(loan)).toContain(FIX_BOLIG);
    // 400 + 300 + 200 + 100 against the plan's own line: every year a match, no note.
    const spent = (perPlan[0] ?? []).filter((i) => i.code === 'project-expenditure');
    expect(spent.map((i) => i.class)).toEqual(['match', 'match', 'match', 'match']);
    expect(spent.map(nb).join(' ')).not.toContain('Plan');
  });
});

describe('a plan without Plannavn whose measure’s line is ambiguous (SPEC §15)', () => {
  const noName = (): Plan => {
    const p = boligsosial();
    return { ...p, settings: { ...p.settings, planName: '' } };
  };
  // Line 14 (row 3) without Plan names D-001 of the plan without Plannavn and Helse's D-101.
  const lines = [
    line({ row: 2, ref: 'D-101', plan: 'Helse og omsorg', frame: 'R3', years: [200, 300, 200, 100] }),
    line({ row: 3, ref: '14', frame: 'R3', years: [100, 300, 300, 300] }),
  ];
  const NO_NAME_NB =
    'Gi planen et Plannavn i Innstillinger, og skriv det i kolonnen Plan på den linjen. Legg ikke inn en linje til: ' +
    'da blir beløpet med to ganger i økonomiplanen.';

  it.each([
    ['nb', 'Økonomiplanlinjen 14 (okonomiplan.xlsx: Økonomiplan!C3) viser til tiltaket', NO_NAME_NB],
    [
      'nn',
      'Økonomiplanlina 14 (okonomiplan.xlsx: Økonomiplan!C3) viser til tiltaket',
      'Gi planen eit Plannavn i Innstillinger, og skriv det i kolonnen Plan på den lina. Legg ikkje inn ei line til: ' +
        'då kjem beløpet med to gonger i økonomiplanen.',
    ],
    [
      'en',
      'The economy plan line 14 (okonomiplan.xlsx: Økonomiplan!C3) names it',
      'Give the plan a Plannavn in Innstillinger, and write it in the Plan column of that line. Do not add another ' +
        'line: the amount would then be in the economy plan twice.',
    ],
  ] as const)('%s: names the line and asks for a Plannavn, then Plan on it', (lang, named, fix) => {
    const { perPlan } = consolidate([input('bolig.xlsx', noName()), input('helse.xlsx', helse())], economy(lines));
    const missing = (perPlan[0] ?? []).find((i) => i.code === 'measure-not-in-economy-plan');
    // D-001's new money 100 + 300 + 300 + 300 = 1 000 thousand, none matched.
    expect(missing).toMatchObject({ measures: 1_000_000, economyPlan: 0 });
    const text = missing && explainReconciliation(missing, lang, '1000 kr');
    expect(text).toContain(named);
    expect(text?.endsWith(fix)).toBe(true);
  });
});
