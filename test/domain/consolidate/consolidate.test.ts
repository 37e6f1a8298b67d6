import { consolidate, type ConsolidateInput } from '../../../src/domain/consolidate/consolidate';
import type { ConsolidationItem } from '../../../src/domain/model/consolidation';
import type { EconomyPlanLine, Plan } from '../../../src/domain/model/plan';
import { explainConsolidation } from '../../../src/i18n/consolidation';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, op, plan } from '../../helpers/plan';
import { boligsosial, economy, helse, input } from './helpers';

// Amounts in thousands in the helpers; the items are in kroner. New money = cost in every year here
// (Helårsvirkning = Nye midler), so each measure's new money per year is its cost per year.

const ramme = line({ row: 4, type: 'Ramme', frame: 'R3', years: [500, 500, 500, 500] });
const own = [
  line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] }),
  line({ row: 3, ref: 'D-101', frame: 'R3', years: [200, 300, 200, 100] }),
];
const of = (items: readonly ConsolidationItem[], code: ConsolidationItem['code']) =>
  items.filter((i) => i.code === code);

describe('consolidate (SPEC §15)', () => {
  it('a frame shared by two plans: each within the Ramme line, together over it in 2028', () => {
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy([...own, ramme]),
    );
    const frames = of(consolidation.items, 'frame-total');
    // 2027: 100 + 200 = 300 ≤ 500; 2028: 300 + 300 = 600 > 500 (Δ +100); 2029: 300 + 200 = 500; 2030: 400.
    expect(frames.map((i) => [i.ref, i.year, i.class, i.severity, i.measures, i.economyPlan, i.difference])).toEqual([
      ['R3', 2027, 'match', 'info', 300_000, 500_000, -200_000],
      ['R3', 2028, 'mismatch', 'error', 600_000, 500_000, 100_000],
      ['R3', 2029, 'match', 'info', 500_000, 500_000, 0],
      ['R3', 2030, 'match', 'info', 400_000, 500_000, -100_000],
    ]);
    expect(frames[1]?.shares).toEqual([
      { plan: 'Boligsosial handlingsplan', amount: 300_000 },
      { plan: 'Helse og omsorg', amount: 300_000 },
    ]);
    expect(frames[1]?.cells.economyPlan).toBe('Økonomiplan!H4');
    // Each plan's own items: its measure against its line, and no frame-total of its own.
    expect(perPlan.map((items) => items.map((i) => [i.code, i.ref, i.class]))).toEqual([
      [2027, 2028, 2029, 2030].map(() => ['measure-new-money', 'D-001', 'match']),
      [2027, 2028, 2029, 2030].map(() => ['measure-new-money', 'D-101', 'match']),
    ]);
    expect(consolidation.plans.map((p) => [p.name, p.newMoney.measures, p.newMoney.economyPlan])).toEqual([
      ['Boligsosial handlingsplan', [100_000, 300_000, 300_000, 300_000], [100_000, 300_000, 300_000, 300_000]],
      ['Helse og omsorg', [200_000, 300_000, 200_000, 100_000], [200_000, 300_000, 200_000, 100_000]],
    ]);
    expect(consolidation.total).toEqual({
      measures: [300_000, 600_000, 500_000, 400_000],
      economyPlan: [300_000, 600_000, 500_000, 400_000],
    });
    expect(consolidation.summary).toEqual({ errors: 1, warnings: 0, infos: 3 });
  });

  it('a line whose Ref names measures of two plans is ambiguous, naming both measures and the line', () => {
    const shared = line({ row: 5, ref: '14', years: [10, 0, 0, 0] });
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy([...own, shared]),
    );
    expect(of(consolidation.items, 'economy-plan-line-ambiguous')).toEqual([
      {
        code: 'economy-plan-line-ambiguous',
        class: 'mismatch',
        severity: 'error',
        ref: '14',
        measures: 0,
        economyPlan: 10_000,
        difference: -10_000,
        claimants: [
          { plan: 'Boligsosial handlingsplan', measureId: 'D-001' },
          { plan: 'Helse og omsorg', measureId: 'D-101' },
        ],
        cells: { economyPlan: 'Økonomiplan!C5' },
      },
    ]);
    // Claimed by neither plan.
    expect(perPlan.flat().filter((i) => i.code === 'economy-plan-line-unmatched')).toEqual([]);
  });

  it('the same line with Plan set belongs to that plan only', () => {
    const named = line({ row: 5, ref: '14', plan: 'helse og omsorg', years: [200, 300, 200, 100] });
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy([own[0] as EconomyPlanLine, named]),
    );
    expect(of(consolidation.items, 'economy-plan-line-ambiguous')).toEqual([]);
    expect(perPlan[1]?.map((i) => [i.code, i.ref, i.year, i.class, i.cells.economyPlan])).toEqual([
      ['measure-new-money', 'D-101', 2027, 'match', 'Økonomiplan!G5'],
      ['measure-new-money', 'D-101', 2028, 'match', 'Økonomiplan!H5'],
      ['measure-new-money', 'D-101', 2029, 'match', 'Økonomiplan!I5'],
      ['measure-new-money', 'D-101', 2030, 'match', 'Økonomiplan!J5'],
    ]);
  });

  it("a measure without a line is told as finance must type it: the economy plan's unit, and Plan set", () => {
    // Helse in mill kr lacks its line in finance's 1000 kr economy plan; D-101's new money is 200 / 300 / 200 /
    // 100 thousand, i.e. 0,2 / 0,3 / 0,2 / 0,1 mill. Its Ref 14 is Boligsosial's D-001 Ref. too, so a line
    // without Plan would be ambiguous.
    const millKr: Plan = { ...helse(), settings: { ...helse().settings, unit: 'mill kr' } };
    const { perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', millKr)],
      economy([own[0] as EconomyPlanLine]),
    );
    const missing = perPlan[1]?.find((i) => i.code === 'measure-not-in-economy-plan');
    expect(missing?.missingLine).toMatchObject({ ref: 'D-101', plan: 'Helse og omsorg', unit: '1000 kr' });
    const text = explainReconciliation(missing as NonNullable<typeof missing>, 'nb', 'mill kr');
    // Each amount in the unit the sentence names for it: the plan's in its report's (the row's), the line's in the
    // economy plan's (review r16; not 0,2 … 0,8 mill beside 200 … thousand under one unit).
    expect(text).toContain('(0,2 i 2027, 0,3 i 2028, 0,2 i 2029, 0,1 i 2030; 0,8 i alt) i mill kr, men');
    expect(text).toContain('med 200 / 300 / 200 / 100 i kolonnene 2027–2030 (beløp i 1000 kr).');
    expect(text).toContain('Skriv «Helse og omsorg» i kolonnen Plan på linjen');
  });

  it('lists a line no plan claims once, not once per plan', () => {
    const stray = line({ row: 6, ref: 'X-9', years: [50, 0, 0, 0] });
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('helse.xlsx', helse())],
      economy([...own, stray]),
    );
    expect(
      of(consolidation.items, 'economy-plan-line-unmatched').map((i) => [i.ref, i.severity, i.economyPlan]),
    ).toEqual([['X-9', 'warning', 50_000]]);
    expect(perPlan.flat().filter((i) => i.code === 'economy-plan-line-unmatched')).toEqual([]);
    // In all, against every Drift Tiltak line: 100 + 200 + 50 in 2027.
    expect(consolidation.total.economyPlan[0]).toBe(350_000);
  });

  it('a plan of another period gives period-mismatch and is not compared', () => {
    const later: Plan = { ...boligsosial(), years: [2028, 2029, 2030, 2031] };
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', later), input('helse.xlsx', helse())],
      economy(own),
    );
    expect(of(consolidation.items, 'period-mismatch')).toEqual([
      expect.objectContaining({
        severity: 'error',
        ref: 'bolig.xlsx',
        plan: 'Boligsosial handlingsplan',
        planYears: [2028, 2029, 2030, 2031],
      }),
    ]);
    expect(consolidation.plans.map((p) => p.compared)).toEqual([false, true]);
    expect(perPlan[0]).toEqual([]);
    // Its line is claimed by no compared plan.
    expect(of(consolidation.items, 'economy-plan-line-unmatched').map((i) => i.ref)).toEqual(['D-001']);
  });

  it('a Ref that names measures of a compared plan and of a plan of another period is ambiguous, not the first’s', () => {
    // Kultur (2028–2031) cannot be compared, but its D-001 is as much a candidate for the line as Boligsosial's.
    const kultur: Plan = {
      ...plan({
        settings: { planName: 'Kultur' },
        operating: [op({ id: 'D-001', ref: '9', frame: 'R4', years: [40, 40, 40, 40], fullYear: 40, newMoney: 40 })],
      }),
      years: [2028, 2029, 2030, 2031],
    };
    const shared = line({ row: 2, ref: 'D-001', frame: 'R3', years: [40, 40, 40, 40] });
    const kulturs = line({ row: 3, ref: '9', frame: 'R4', years: [40, 40, 40, 40] });
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('kultur.xlsx', kultur)],
      economy([shared, kulturs]),
    );
    expect(of(consolidation.items, 'economy-plan-line-ambiguous')).toEqual([
      expect.objectContaining({
        ref: 'D-001',
        economyPlan: 160_000,
        claimants: [
          { plan: 'Boligsosial handlingsplan', measureId: 'D-001' },
          { plan: 'Kultur', measureId: 'D-001' },
        ],
      }),
    ]);
    // Boligsosial's D-001 (100 / 300 / 300 / 300) is not compared with Kultur's 40 a year: it has no line.
    expect(perPlan[0]?.map((i) => [i.code, i.measures])).toEqual([['measure-not-in-economy-plan', 1_000_000]]);
    // The line with Ref 9 names only Kultur's measure: unclaimed, said to belong to Kultur, which is not compared.
    expect(of(consolidation.items, 'economy-plan-line-unmatched').map((i) => [i.ref, i.plan])).toEqual([
      ['9', 'Kultur'],
    ]);
  });

  it('a frame total that counts a measure with a financing error says so, naming the plan', () => {
    // Boligsosial's D-001 has a financing-sum error: it still counts in R3 (SPEC §4), and the item says so.
    const broken: ConsolidateInput = {
      ...input('bolig.xlsx', boligsosial()),
      findings: [
        { code: 'financing-sum', severity: 'error', sheet: 'Tiltak drift', cell: 'M2', measureId: 'D-001', params: {} },
      ],
    };
    const { consolidation } = consolidate([broken, input('helse.xlsx', helse())], economy([...own, ramme]));
    const frames = of(consolidation.items, 'frame-total');
    // 2027: 100 + 200 = 300 against 500, D-001 of Boligsosial counted as typed.
    expect(frames[0]?.measures).toBe(300_000);
    expect(frames.map((i) => i.rowErrors)).toEqual(
      [2027, 2028, 2029, 2030].map(() => [{ plan: 'Boligsosial handlingsplan', measureId: 'D-001' }]),
    );
    const text = explainConsolidation(frames[0]!, 'nb', '1000 kr', [2027, 2028, 2029, 2030]);
    expect(text).toContain('Merk: D-001 i «Boligsosial handlingsplan» har feil i beløp eller summer');
    // A financing-sum has no invalid cell counted as 0: the note does not speak of one (review r37).
    expect(text).not.toContain('ugyldig beløp');
    expect(text).not.toContain('\u0000');
  });

  it('a frame total that counts a measure with an invalid amount says it counts as 0', () => {
    const broken: ConsolidateInput = {
      ...input('bolig.xlsx', boligsosial()),
      findings: [
        {
          code: 'amount-invalid',
          severity: 'error',
          sheet: 'Tiltak drift',
          cell: 'H2',
          measureId: 'D-001',
          params: {},
        },
      ],
    };
    const { consolidation } = consolidate([broken, input('helse.xlsx', helse())], economy([...own, ramme]));
    const frames = of(consolidation.items, 'frame-total');
    const text = explainConsolidation(frames[0]!, 'nb', '1000 kr', [2027, 2028, 2029, 2030]);
    expect(text).toContain(
      'Merk: D-001 i «Boligsosial handlingsplan» har feil i beløp eller summer og er tatt med slik beløpene står ' +
        '(et ugyldig beløp som 0).',
    );
  });

  it('a plan without Plannavn is named by its file and reported', () => {
    const nameless = plan({ operating: [] });
    const { consolidation } = consolidate([input('uten-navn.xlsx', nameless)], economy([]));
    expect(consolidation.items.map((i) => [i.code, i.ref, i.plan])).toEqual([
      ['plan-name-missing', 'uten-navn.xlsx', 'uten-navn.xlsx'],
    ]);
  });

  it('two plans of one Plannavn: the later is reported and not compared, so a line with that Plan has one owner', () => {
    // "boligsosial handlingsplan " is the same name as "Boligsosial handlingsplan" (case and spaces aside).
    const again = plan({
      settings: { planName: 'boligsosial handlingsplan ' },
      operating: [op({ id: 'D-001', frame: 'R3', years: [50, 50, 50, 50], fullYear: 50, newMoney: 50 })],
    });
    const { consolidation, perPlan } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('bolig-kopi.xlsx', again)],
      economy([
        line({ row: 2, ref: 'D-001', frame: 'R3', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
      ]),
    );
    expect(of(consolidation.items, 'plan-name-duplicate')).toEqual([
      expect.objectContaining({ severity: 'error', ref: 'bolig-kopi.xlsx', sameNameAs: 'bolig.xlsx' }),
    ]);
    expect(consolidation.plans.map((p) => p.compared)).toEqual([true, false]);
    // The first plan's D-001 (100 / 300 / 300 / 300) matches its line year by year: nothing ambiguous.
    expect(perPlan[0]?.filter((i) => i.code === 'measure-new-money').map((i) => i.class)).toEqual([
      'match',
      'match',
      'match',
      'match',
    ]);
    expect(of(consolidation.items, 'economy-plan-line-ambiguous')).toEqual([]);
  });
  it('a line typed in the wrong unit of an economy plan in another unit: the advice names both units', () => {
    // Helse in mill kr, 0,6 mill a year; finance typed 0,6 into its 1000 kr economy plan (600 kr).
    const helseMill = plan({
      settings: { planName: 'Helse og omsorg', unit: 'mill kr' },
      operating: [op({ id: 'D-101', frame: 'R3', years: [600, 600, 600, 600], fullYear: 600, newMoney: 600 })],
    });
    const typed = line({ row: 2, ref: 'D-101', frame: 'R3', years: [0.6, 0.6, 0.6, 0.6] });
    const { perPlan } = consolidate([input('helse.xlsx', helseMill)], economy([typed]));
    const item = perPlan[0]?.[0];
    expect([item?.class, item?.measures, item?.economyPlan]).toEqual(['unit-suspect', 600_000, 600]);
    const text = explainReconciliation(item!, 'nb', 'mill kr');
    // Not «Begge skal være i mill kr»: the line belongs in 1000 kr, the economy plan's unit (600 there).
    expect(text).not.toContain('Begge skal være i mill kr');
    expect(text).toContain('1000 kr');
    expect(explainReconciliation(item!, 'en', 'mill kr')).toContain('1000 kr');
  });
});

describe('lines no plan claims (SPEC §10 item fields, §15)', () => {
  it('carry their Finansieringskilde: two sources under one Ref are two items, each named', () => {
    // P-9 names no measure. Tilskudd 100 in 2027 on row 2 and «tilskudd » 50 in 2028 on row 4 are one source
    // (case and spaces aside): 150 000; Lån 200 in 2028 on row 3: 200 000.
    const fin = (row: number, source: string, years: number[]) =>
      line({ row, part: 'Investering', type: 'Finansiering', ref: 'P-9', source, years });
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial())],
      economy([fin(2, 'Tilskudd', [100, 0, 0, 0]), fin(3, 'Lån', [0, 200, 0, 0]), fin(4, 'tilskudd ', [0, 50, 0, 0])]),
    );
    expect(of(consolidation.items, 'economy-plan-line-unmatched').map((i) => [i.ref, i.source, i.economyPlan])).toEqual(
      [
        ['P-9', 'Tilskudd', 150_000],
        ['P-9', 'Lån', 200_000],
      ],
    );
  });
});

describe('the total «in all» (SPEC §15)', () => {
  it("leaves out the lines of a plan not compared, as it leaves out that plan's measures", () => {
    // Boligsosial (compared) has D-001 at 100 / 300 / 300 / 300 and its line. Kultur (2028–2031) is not
    // compared: its line Ref 9 (40 a year, no Plan) names only Kultur's measure. The line with Plan «Oppvekstplan»
    // (70 a year) names a plan not given. X-9 (50 in 2027) belongs to no plan and counts.
    const kultur: Plan = {
      ...plan({
        settings: { planName: 'Kultur' },
        operating: [op({ id: 'K-1', ref: '9', frame: 'R4', years: [40, 40, 40, 40], fullYear: 40, newMoney: 40 })],
      }),
      years: [2028, 2029, 2030, 2031],
    };
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), input('kultur.xlsx', kultur)],
      economy([
        line({ row: 2, ref: 'D-001', frame: 'R3', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
        line({ row: 3, ref: '9', frame: 'R4', years: [40, 40, 40, 40] }),
        line({ row: 4, ref: 'D-005', frame: 'R1', plan: 'Oppvekstplan', years: [70, 70, 70, 70] }),
        line({ row: 5, ref: 'X-9', years: [50, 0, 0, 0] }),
      ]),
    );
    // 2027: 100 + 50 = 150; then 300 a year. Not 100 + 40 + 70 + 50 = 260 and 410.
    expect(consolidation.total).toEqual({
      measures: [100_000, 300_000, 300_000, 300_000],
      economyPlan: [150_000, 300_000, 300_000, 300_000],
    });
    // The lines left out are still listed, once each.
    expect(of(consolidation.items, 'economy-plan-line-unmatched').map((i) => [i.ref, i.plan, i.economyPlan])).toEqual([
      ['9', 'Kultur', 160_000],
      ['D-005', 'Oppvekstplan', 280_000],
      ['X-9', undefined, 50_000],
    ]);
  });
});
