/**
 * Which workbook given as a plan is none (SPEC §15): one with neither measure table. One with a single table
 * is a plan with a structural error (sheet-missing), compared as any other.
 */
import { consolidate } from '../../../src/domain/consolidate/consolidate';
import { line, plan } from '../../helpers/plan';
import { boligsosial, economy, input, tableAt } from './helpers';

// A workbook of neither table read as a plan: no layouts, no Plannavn, the default Toleranse 0 (the economy
// plan's is 1 000). One with only Tiltak drift: its investment layout is missing.
const nothing = plan({});
const half = { ...nothing, layouts: { ...nothing.layouts, operating: tableAt('Tiltak drift') } };
const lines = [line({ row: 2, ref: 'D-001', frame: 'R3', years: [100, 300, 300, 300] })];

describe('not-a-plan (SPEC §15)', () => {
  it('neither measure table: one not-a-plan error, not compared, no other item about it', () => {
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), { file: 'ark.xlsx', plan: nothing, findings: [] }],
      economy(lines, 1000),
    );
    const about = consolidation.items.filter((i) => i.ref === 'ark.xlsx');
    expect(about.map((i) => [i.code, i.severity, i.plan])).toEqual([['not-a-plan', 'error', 'ark.xlsx']]);
    expect(consolidation.plans.map((p) => p.compared)).toEqual([true, false]);
  });

  it('only one of them missing: a plan, compared (its Toleranse 0 against 1 000 is said)', () => {
    const { consolidation } = consolidate(
      [input('bolig.xlsx', boligsosial()), { file: 'halv.xlsx', plan: half, findings: [] }],
      economy(lines, 1000),
    );
    const about = consolidation.items.filter((i) => i.ref === 'halv.xlsx').map((i) => i.code);
    expect(about).toEqual(['plan-name-missing', 'tolerance-differs']);
    expect(consolidation.plans.map((p) => p.compared)).toEqual([true, true]);
  });
});
