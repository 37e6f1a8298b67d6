/**
 * The tests' oracle for Sammendrag: for every formula the summary writes, its cell and the value the core
 * computed for it (in the workbook unit). A recalculation of the written workbook (LibreOffice, or the
 * formula evaluator of the tests) must reproduce them.
 */
import { toA1 } from '../../src/domain/model/a1';
import { summaryDraft } from '../../src/domain/sheets/summary';
import type { Plan } from '../../src/domain/model/plan';
import type { Totals } from '../../src/domain/model/totals';

/** Expected result of one formula cell of Sammendrag. */
export interface CellExpectation {
  readonly cell: string;
  readonly expected: number;
}

/** Every formula cell of Sammendrag (written from A1) with the value the core expects it to compute. */
export function summaryExpectations(plan: Plan, totals: Totals): CellExpectation[] {
  const out: CellExpectation[] = [];
  summaryDraft(plan, totals).forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell?.expected !== undefined) out.push({ cell: toA1(r + 1, c + 1), expected: cell.expected });
    }),
  );
  return out;
}
