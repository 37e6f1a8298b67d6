/**
 * `compare --format json` (SPEC §14): exactly the specified fields, amounts in integer kroner, a year's change
 * named by its year, year keys as strings. Every value below is worked out by hand from the two plans.
 */
import { comparePlans } from '../../src/domain/compare/compare';
import type { CompareJson } from '../../src/report/compareJson';
import { renderCompare } from '../../src/report/compareReport';
import { inv, line, op, plan } from '../helpers/plan';

// D-001 costs 250 instead of 200 in 2028 and gets another Ansvarlig; the investment I-001 is replaced by I-002
// (2027 empty); the economy plan's D-001 line follows, the Ramme line of R3 goes, a financing line comes.
const before = plan({
  operating: [op({ id: 'D-001', years: [100, 200, 300, 400], fullYear: 400, newMoney: 400, frame: 'R1' })],
  investment: [inv({ id: 'I-001', years: [1000, 2000, null, null], budget: 3000, loan: 3000 })],
  economyPlan: [
    line({ row: 2, ref: 'D-001', years: [100, 200, 300, 400] }),
    line({ row: 3, type: 'Ramme', frame: 'R3', years: [50, 50, 50, 50] }),
  ],
});
const after = plan({
  operating: [
    op({
      id: 'D-001',
      years: [100, 250, 300, 400],
      fullYear: 400,
      newMoney: 400,
      frame: 'R1',
      responsible: 'Leder boligkontor',
    }),
  ],
  investment: [inv({ id: 'I-002', row: 6, years: [null, 500, 500, 0], budget: 1000, loan: 1000 })],
  economyPlan: [
    line({ row: 2, ref: 'D-001', years: [100, 250, 300, 400] }),
    line({ row: 3, part: 'Investering', type: 'Finansiering', ref: 'P-200', source: 'Lån', years: [0, 500, 500, 0] }),
  ],
});
const diff = comparePlans(before, after, {
  old: { file: 'gammel.xlsx', label: 'Vedtatt K-sak 45/2027' },
  new: { file: 'ny.xlsx', label: 'ny.xlsx' },
});
const output = renderCompare(diff, 'json', 'nb');
const json = JSON.parse(output) as CompareJson;

const years = (a: number | null, b: number | null, c: number | null, d: number | null) => ({
  '2027': a,
  '2028': b,
  '2029': c,
  '2030': d,
});
const same = (n: number) => ({ old: n, new: n, difference: 0 });
const PLAN = { startYear: 2027, years: [2027, 2028, 2029, 2030], unit: '1000 kr' };

describe('compare --format json', () => {
  it('is one pretty-printed document with a final newline, whatever the language', () => {
    expect(output.endsWith('}\n')).toBe(true);
    expect(output).toContain('\n  "old": {\n');
    expect(renderCompare(diff, 'json', 'en')).toBe(output);
  });

  it('names both sides with their file, label and plan period', () => {
    expect([json.old, json.new]).toEqual([
      { file: 'gammel.xlsx', label: 'Vedtatt K-sak 45/2027', plan: PLAN },
      { file: 'ny.xlsx', label: 'ny.xlsx', plan: PLAN },
    ]);
  });

  it('measures: added and removed with their amounts per year in kroner, changed field by field', () => {
    expect(json.measures).toEqual({
      added: [
        {
          id: 'I-002',
          table: 'investment',
          section: 'Samfunn og tjenester',
          priority: 1,
          measure: 'Prosjekt I-002',
          costStatus: 'Beregnet',
          years: years(null, 500_000, 500_000, 0),
        },
      ],
      removed: [
        {
          id: 'I-001',
          table: 'investment',
          section: 'Samfunn og tjenester',
          priority: 1,
          measure: 'Prosjekt I-001',
          costStatus: 'Beregnet',
          years: years(1_000_000, 2_000_000, null, null),
        },
      ],
      changed: [
        {
          id: 'D-001',
          table: 'operating',
          changes: [
            { field: '2028', old: 200_000, new: 250_000 },
            { field: 'responsible', old: 'Rådmannen', new: 'Leder boligkontor' },
          ],
        },
      ],
    });
    // Exactly the specified fields, in that order: the sheet and row the change set carries stay out.
    expect(Object.keys(json.measures.added[0] ?? {})).toEqual([
      'id',
      'table',
      'section',
      'priority',
      'measure',
      'costStatus',
      'years',
    ]);
  });

  it('totals per year old, new and difference; new money per frame', () => {
    const operating = { '2027': same(100_000), '2028': { old: 200_000, new: 250_000, difference: 50_000 } };
    expect(json.totals.operating.years).toEqual({ ...operating, '2029': same(300_000), '2030': same(400_000) });
    expect(json.totals.newMoney).toEqual(json.totals.operating);
    expect(json.totals.investment.years).toEqual({
      '2027': { old: 1_000_000, new: 0, difference: -1_000_000 },
      '2028': { old: 2_000_000, new: 500_000, difference: -1_500_000 },
      '2029': { old: 0, new: 500_000, difference: 500_000 },
      '2030': same(0),
    });
    expect(json.totals.byFrame).toEqual([{ frame: 'R1', years: json.totals.operating.years }]);
  });

  it('economy plan lines: added and removed in full, changed by their key fields and changes', () => {
    expect(json.economyPlan).toEqual({
      added: [
        {
          part: 'Investering',
          lineType: 'Finansiering',
          ref: 'P-200',
          frame: '',
          source: 'Lån',
          description: '',
          years: years(0, 500_000, 500_000, 0),
        },
      ],
      removed: [
        {
          part: 'Drift',
          lineType: 'Ramme',
          ref: '',
          frame: 'R3',
          source: '',
          description: '',
          years: years(50_000, 50_000, 50_000, 50_000),
        },
      ],
      changed: [
        {
          part: 'Drift',
          lineType: 'Tiltak',
          ref: 'D-001',
          frame: '',
          source: '',
          changes: [{ field: '2028', old: 200_000, new: 250_000 }],
        },
      ],
    });
  });
});

describe('compare --format json: lines of a consolidated economy plan', () => {
  // D-001 stands for two plans; Helse's line goes from 100 to 150 in 2027, Bolig's is unchanged, and a line of
  // Helse for D-002 comes. A line naming its plan carries it; one without (above) has no plan field at all.
  const bolig = line({ row: 2, ref: 'D-001', plan: 'Bolig', years: [100, 100, 100, 100] });
  const consolidated = comparePlans(
    plan({ economyPlan: [bolig, line({ row: 3, ref: 'D-001', plan: 'Helse', years: [100, 100, 100, 100] })] }),
    plan({
      economyPlan: [
        line({ row: 2, ref: 'D-001', plan: 'Helse', years: [150, 100, 100, 100] }),
        bolig,
        line({ row: 4, ref: 'D-002', plan: 'Helse', years: [10, 10, 10, 10] }),
      ],
    }),
    { old: { file: 'a.xlsx', label: 'a.xlsx' }, new: { file: 'b.xlsx', label: 'b.xlsx' } },
  );
  const doc = JSON.parse(renderCompare(consolidated, 'json', 'nb')) as CompareJson;

  it('names the plan of each line, and pairs a line only with the same plan', () => {
    expect(doc.economyPlan.changed).toEqual([
      {
        part: 'Drift',
        lineType: 'Tiltak',
        ref: 'D-001',
        frame: '',
        source: '',
        plan: 'Helse',
        changes: [{ field: '2027', old: 100_000, new: 150_000 }],
      },
    ]);
    expect(doc.economyPlan.added.map((l) => [l.ref, l.plan])).toEqual([['D-002', 'Helse']]);
    expect(doc.economyPlan.removed).toEqual([]);
    expect(json.economyPlan.changed[0]).not.toHaveProperty('plan');
  });
});

describe('compare --format json: a measure moved between the tables', () => {
  // D-007 (drift: 100/200/300/400, full year 400, all new money) is now a project in investering with the same
  // years, Kostnadsramme 1 000 financed by a loan.
  const moved = comparePlans(
    plan({ operating: [op({ id: 'D-007', years: [100, 200, 300, 400], fullYear: 400, newMoney: 400 })] }),
    plan({ investment: [inv({ id: 'D-007', years: [100, 200, 300, 400], budget: 1000, loan: 1000 })] }),
    { old: { file: 'a.xlsx', label: 'a.xlsx' }, new: { file: 'b.xlsx', label: 'b.xlsx' } },
  );
  const doc = JSON.parse(renderCompare(moved, 'json', 'nb')) as CompareJson;

  it('is one changed measure with movedFrom, its changes from the columns of either table', () => {
    expect(doc.measures).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          id: 'D-007',
          table: 'investment',
          movedFrom: 'operating',
          changes: [
            { field: 'measure', old: 'Tiltak D-007', new: 'Prosjekt D-007' },
            { field: 'purpose', old: '', new: 'Omsorgsbolig' },
            { field: 'budget', old: null, new: 1_000_000 },
            { field: 'finLoan', old: null, new: 1_000_000 },
            { field: 'kind', old: 'Varig', new: '' },
            { field: 'fullYear', old: 400_000, new: null },
            { field: 'finNew', old: 400_000, new: null },
          ],
        },
      ],
    });
    expect(Object.keys(doc.measures.changed[0] ?? {})).toEqual(['id', 'table', 'movedFrom', 'changes']);
  });

  it('a measure that stays in its table has no movedFrom at all', () => {
    expect(json.measures.changed[0]).not.toHaveProperty('movedFrom');
    expect(output).not.toContain('movedFrom');
  });
});
