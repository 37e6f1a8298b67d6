import { checkSnapshot } from '../../src/domain/check';
import type { Finding } from '../../src/domain/model/finding';
import { jsonReport, renderJson } from '../../src/report/json';
import { operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// D-001 (600/1 200/1 800/2 400 thousand of new money) against a line with 1 200 in 2029: one mismatch.
const line = { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', '2027': 600, '2028': 1200, '2029': 1200, '2030': 2400 };
const { report } = checkSnapshot(canonicalSnapshot({ operating: [operatingRow()], economyPlan: [line] }), {
  file: 'plan.xlsx',
  defaultStartYear: 2027,
  render: (f: Finding) => `msg:${f.code}`,
});
const parsed = JSON.parse(renderJson([report], false)) as Record<string, unknown>;

describe('jsonReport (SPEC §12)', () => {
  it('holds exactly the document’s fields', () => {
    expect(Object.keys(parsed)).toEqual(['file', 'plan', 'summary', 'issues', 'totals', 'reconciliation']);
    expect(Object.keys(parsed.totals as object)).toEqual(['operating', 'investment', 'statusCounts']);
    expect(parsed.plan).toEqual({ startYear: 2027, years: [2027, 2028, 2029, 2030], unit: '1000 kr' });
  });

  it('writes every field of a reconciliation item, amounts in kroner, the compared cells included', () => {
    const items = parsed.reconciliation as Record<string, unknown>[];
    expect(items.find((i) => i.code === 'measure-new-money' && i.year === 2029)).toEqual({
      code: 'measure-new-money',
      class: 'mismatch',
      severity: 'error',
      ref: 'D-001',
      measureId: 'D-001',
      year: 2029,
      measures: 1_800_000,
      economyPlan: 1_200_000,
      difference: 600_000,
      cells: { measures: 'Tiltak drift!J2', economyPlan: 'Økonomiplan!I2' },
    });
  });

  it('cuts an item to the fields of SPEC §10: what the missing line must hold stays in the explanation', () => {
    // D-002 has new money (100 thousand a year, 400 000 kr over the period) and no line: the item knows the
    // line it would need.
    const d002 = { ID: 'D-002', Prioritet: 2, '2027': 100, '2028': 100, '2029': 100, '2030': 100 };
    const withoutLine = checkSnapshot(
      canonicalSnapshot({
        operating: [operatingRow(), operatingRow({ ...d002, Helårsvirkning: 100, 'Nye midler': 100 })],
        economyPlan: [line],
      }),
      { file: 'plan.xlsx', defaultStartYear: 2027, render: (f: Finding) => `msg:${f.code}` },
    ).report;
    const item = withoutLine.reconciliation.find((i) => i.code === 'measure-not-in-economy-plan');
    expect(item?.missingLine).toBeDefined();
    const json = JSON.parse(renderJson([withoutLine], false)) as { reconciliation: Record<string, unknown>[] };
    const written = json.reconciliation.find((i) => i.code === 'measure-not-in-economy-plan');
    expect(Object.keys(written ?? {}).sort()).toEqual(
      ['cells', 'class', 'code', 'difference', 'economyPlan', 'measureId', 'measures', 'ref', 'severity'].sort(),
    );
    expect(written).toMatchObject({ ref: 'D-002', measures: 400_000, economyPlan: 0, difference: 400_000 });
  });

  it('is one document for one file and an array for several', () => {
    expect(JSON.parse(renderJson([report, report], true))).toEqual([parsed, parsed]);
    expect(jsonReport(report).reconciliation).toHaveLength(report.reconciliation.length);
  });
});
