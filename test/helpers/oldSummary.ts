import { exampleContent } from '../../src/domain/example/example';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { readPlan } from '../../src/domain/read/plan';
import { applyEdits } from '../../src/domain/sheets/snapshotEdits';
import { planSummary } from '../../src/domain/sheets/summary';
import { computeTotals } from '../../src/domain/totals/totals';
import { snapshotFromContent } from './contentSnapshot';
import { editsOf } from './writePlan';

/** The example (2027–2030) with its plan, totals, and Sammendrag written as the product writes it now (`fresh`). */
export function exampleWithSummary() {
  const base = snapshotFromContent(exampleContent({ startYear: 2027 }));
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const totals = computeTotals(plan);
  return { plan, totals, fresh: applyEdits(base, editsOf(planSummary(plan, totals, base))) };
}

const withoutRow2 = <T>(rows: readonly T[] | undefined): T[] | undefined =>
  rows === undefined ? undefined : [...rows.slice(0, 1), ...rows.slice(2)];

/**
 * `fresh` as a product older than the Plannavn head row wrote it: Sammendrag without its row 2, recorded as
 * omrSammendrag A1:L65 when `named`, else with no name (a file Excel saved).
 */
export function oldSummaryLayout(fresh: WorkbookSnapshot, named: boolean): WorkbookSnapshot {
  const sheets = fresh.sheets.map((s) =>
    s.sheet !== 'Sammendrag'
      ? s
      : {
          ...s,
          values: withoutRow2(s.values) ?? [],
          ...(s.formulas ? { formulas: withoutRow2(s.formulas) } : {}),
          ...(s.numberFormats ? { numberFormats: withoutRow2(s.numberFormats) } : {}),
        },
  );
  const names = (fresh.names ?? []).filter((n) => n.name !== 'omrSammendrag');
  return {
    ...fresh,
    sheets,
    names: named ? [...names, { name: 'omrSammendrag', ref: 'Sammendrag!$A$1:$L$65' }] : names,
  };
}
