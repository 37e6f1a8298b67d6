/**
 * Review (r7): a plan in mill kr checked against finance's economy plan in 1000 kr (SPEC §15: "Plans may differ in
 * unit (converted)"), whose measure's only line is ambiguous. The plan's own report shows the item in the plan's
 * unit (Tiltaksplan 0,8, Avvik 0,8 in mill kr), but the explanation beside it gives the same new money in the
 * economy plan's unit without naming it: "(100 i 2027, 300 i 2028, 300 i 2029, 300 i 2030; 1 000 i alt)". A reader
 * of a report headed «Beløpsenhet: mill kr» reads 1 000 mill kr. examples/kommune shows it: helse.xlsx (mill kr),
 * D-002 «4 000 i alt» beside Tiltaksplan 4.
 *
 * Reproduce: cd examples/kommune && tiltaksplan check boligsosial.xlsx helse.xlsx oppvekst.xlsx --economy-plan
 * okonomiplan.xlsx (helse.xlsx's item «Tiltak mangler i økonomiplanen D-002»).
 *
 * The fix may give the amounts in the plan's unit, or name the unit they are in (as the sentence for a measure
 * with no line at all does: «(beløp i 1000 kr)»): either passes. Fixed the first way (i18n/reconciliation.ts
 * missingLineParams), for the project's sentence (project-ambiguous) too.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import type { Plan } from '../../../src/domain/model/plan';
import { inv, line } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

const inMillKr = (p: Plan): Plan => ({ ...p, settings: { ...p.settings, unit: 'mill kr' } });

// Boligsosial (now in mill kr) D-001, Ref. 14: new money 100 / 300 / 300 / 300 thousand kroner = 0,1 / 0,3 / 0,3 /
// 0,3 mill kr, 1 000 thousand = 1 mill kr in all. Helse's D-101 carries Ref. 14 too, so the line «14» is ambiguous.
// The economy plan workbook is in 1000 kr (the helpers' default).
const lines = [
  line({ row: 2, ref: 'D-101', plan: 'Helse og omsorg', frame: 'R3', years: [200, 300, 200, 100] }),
  line({ row: 3, ref: '14', frame: 'R3', years: [100, 300, 300, 300] }),
];

describe('a mill kr plan against a 1000 kr economy plan: the missing-line explanation (SPEC §15, §7)', () => {
  test('gives the new money in the unit of the report, or says which unit it is in', () => {
    const { perPlan } = consolidate(
      [input('bolig.xlsx', inMillKr(boligsosial())), input('helse.xlsx', helse())],
      economy(lines),
    );
    const missing = (perPlan[0] ?? []).find((i) => i.code === 'measure-not-in-economy-plan');
    // The item itself is right: 1 000 000 kr, shown as 1 (mill kr) in the report's Tiltaksplan and Avvik columns.
    expect(missing?.measures).toBe(1_000_000);
    const text = missing ? explainReconciliation(missing, 'nb', 'mill kr') : '';
    const inPlanUnit = text.includes('(0,1 i 2027, 0,3 i 2028, 0,3 i 2029, 0,3 i 2030; 1 i alt)');
    const namesItsUnit = text.includes('1000 kr');
    expect(inPlanUnit || namesItsUnit).toBe(true);
    // The fix: in the plan's unit (the sentence asks for no line to be typed, so it names no unit), in every language.
    expect(inPlanUnit).toBe(true);
    expect(missing ? explainReconciliation(missing, 'en', 'mill kr') : '').toContain(
      '(0,1 in 2027, 0,3 in 2028, 0,3 in 2029, 0,3 in 2030; 1 in all)',
    );
  });

  test('a project whose only line is ambiguous: its expenditure in the unit of the report too', () => {
    // P-9 in both plans: Helse (mill kr) spends 1 500 and 2 500 thousand in 2027 and 2028 = 1,5 and 2,5 mill kr, 4 in
    // all; the line «P-9» (Investering, Tiltak) names both projects, so it counts for neither.
    const project = (p: Plan, years: number[]): Plan => ({
      ...p,
      investment: [
        inv({ id: 'I-001', project: 'P-9', years, budget: years[0]! + years[1]!, loan: years[0]! + years[1]! }),
      ],
    });
    const projectLines = [line({ row: 2, part: 'Investering', ref: 'P-9', years: [1500, 2500, 0, 0] })];
    const { perPlan } = consolidate(
      [
        input('bolig.xlsx', project(boligsosial(), [1500, 2500])),
        input('helse.xlsx', inMillKr(project(helse(), [1500, 2500]))),
      ],
      economy([...lines, ...projectLines]),
    );
    const missing = (perPlan[1] ?? []).find((i) => i.code === 'measure-not-in-economy-plan' && i.ref === 'I-001');
    expect([missing?.measures, missing?.missingLine?.table, missing?.missingLine?.ambiguous?.ref]).toEqual([
      4_000_000,
      'investment',
      'P-9',
    ]);
    const text = missing ? explainReconciliation(missing, 'nb', 'mill kr') : '';
    expect(text).toContain('(1,5 i 2027, 2,5 i 2028, 0 i 2029, 0 i 2030; 4 i alt)');
  });
});
