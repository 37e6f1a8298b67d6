/**
 * The law behind docs/spec.md §15 and the brief: a plan consolidated alone against its own workbook gives the
 * figures of its own check — its items against the lines it holds, and the frames and the lines no plan claims
 * in the consolidated part (the Plannavn and tolerance notes aside), each with its Finansieringskilde and the
 * economy plan cells it compares that are not a number. Before the frames took the lines no plan claims, 54 of
 * 400 generated plans broke it.
 */
import fc from 'fast-check';
import { checkConsolidated, checkSnapshot } from '../../../src/domain';
import type { ConsolidationItem } from '../../../src/domain/model/consolidation';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import { basePlan } from '../../helpers/fuzzPlans';

const render = (): string => '';
const figures = (i: ReconciliationItem | ConsolidationItem): string =>
  JSON.stringify([
    i.code,
    i.ref,
    i.source ?? null,
    i.year ?? null,
    i.class,
    i.measures,
    i.economyPlan,
    i.difference,
    i.invalidCells ?? null,
  ]);
const SHARED: readonly string[] = ['frame-total', 'economy-plan-line-unmatched'];

describe('a plan consolidated alone (docs/spec.md §10, §15)', () => {
  it('gives the figures of its own check', () => {
    fc.assert(
      fc.property(basePlan, (wb) => {
        const own = checkSnapshot(wb, { file: 'plan.xlsx', defaultStartYear: 2027, render });
        const opts = { defaultStartYear: 2027, render };
        const alone = checkConsolidated([{ wb, file: 'plan.xlsx' }], { wb, file: 'plan.xlsx' }, opts);
        expect(alone).not.toBeNull();
        const consolidated = [
          ...(alone?.results[0]?.report.reconciliation ?? []),
          ...(alone?.consolidation.items ?? []).filter((i) => SHARED.includes(i.code)),
        ];
        expect(consolidated.map(figures).sort()).toEqual(own.report.reconciliation.map(figures).sort());
      }),
      { numRuns: 150, seed: 1 },
    );
  });
});
