/**
 * A plan without Plannavn in a consolidation (SPEC §3: required for consolidation; §15): its measure without an
 * economy plan line was told «Legg inn en linje med … Ref D-001» and nothing more. Another plan of the check has a
 * D-001 too, so that line would name both (economy-plan-line-ambiguous) and count for neither, and the plan has no
 * name to write in Plan. The advice now says to give the plan a Plannavn and write it in Plan on the new line, as
 * a named plan is told to write its name there.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, op, plan } from '../../helpers/plan';
import { economy, helse, input } from './helpers';

// A plan with no Plannavn: D-001 (Ref. 5, frame R3), new money 100 a year (Helårsvirkning = Nye midler = 100).
// Helse og omsorg's D-101 has its line; the nameless plan's D-001 has none.
const nameless = plan({
  operating: [op({ id: 'D-001', ref: '5', frame: 'R3', years: [100, 100, 100, 100], fullYear: 100, newMoney: 100 })],
});
const lines = [line({ row: 2, ref: 'D-101', plan: 'Helse og omsorg', frame: 'R3', years: [200, 300, 200, 100] })];
const run = () => consolidate([input('uten-navn.xlsx', nameless), input('helse.xlsx', helse())], economy(lines));

describe('a measure of a plan without Plannavn that has no line', () => {
  it('is told to give the plan a Plannavn and write it in Plan on the new line', () => {
    const missing = run().perPlan[0]?.find((i) => i.code === 'measure-not-in-economy-plan');
    // 100 × 4 = 400 thousand.
    expect(missing).toMatchObject({ measures: 400_000, economyPlan: 0 });
    const text = missing ? explainReconciliation(missing, 'nb', '1000 kr') : '';
    expect(text).toContain('Legg inn en linje i okonomiplan.xlsx med Del Drift, Linjetype Tiltak og Ref D-001');
    expect(text).toContain(
      'Planen har ikke Plannavn: gi den et Plannavn i Innstillinger, og skriv det i kolonnen Plan på linjen, så hører den til denne planen.',
    );
    expect(missing ? explainReconciliation(missing, 'en', '1000 kr') : '').toContain('Plannavn');
  });

  it('a plan with Plannavn is told its name, as before', () => {
    const { perPlan } = consolidate([input('helse.xlsx', helse())], economy([]));
    const missing = perPlan[0]?.find((i) => i.code === 'measure-not-in-economy-plan');
    const text = missing ? explainReconciliation(missing, 'nb', '1000 kr') : '';
    expect(text).toContain('Skriv «Helse og omsorg» i kolonnen Plan på linjen');
    expect(text).not.toContain('Planen har ikke Plannavn');
  });
});
