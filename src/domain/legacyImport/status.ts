/**
 * The Kostnadsstatus of one legacy row, decided from what its amount cells say. A legacy table has no
 * status column: "Må utredes" or "?" in a cell is the status, numbers mean the row is costed, and a row
 * of "----" only is read as Ingen kostnad (the seeds use "----" for both "zero" and "not estimated",
 * so the log asks the user to confirm).
 */
import { COST_STATUSES, COSTED, parseChoice, type Choice, type CostStatus } from '../model/choices';
import type { LegacyAmount } from './cells';
import type { ImportDecisionKind } from './decisions';

export interface AmountCell {
  readonly key: string;
  readonly cell: string;
  readonly amount: LegacyAmount;
}

export interface StatusDecision {
  /** The status, spelled canonically when it is a known one. */
  readonly status: Choice<CostStatus>;
  readonly cell: string;
  readonly decision: ImportDecisionKind;
}

const MARKER_ORDER = ['Må utredes', 'Ukjent', 'Innenfor ramme', 'Ingen kostnad'] as const;

/** Decides the status; `typed` is the row's own Kostnadsstatus cell when the table has one. */
export function decideStatus(
  cells: readonly AmountCell[],
  typed: { text: string; cell: string } | null,
  rowCell: string,
): StatusDecision {
  if (typed && typed.text !== '')
    return {
      status: parseChoice(typed.text, COST_STATUSES),
      cell: typed.cell,
      decision: { code: 'status-typed', params: { status: typed.text } },
    };
  for (const marker of MARKER_ORDER) {
    const hit = cells.find((c) => c.amount.kind === 'status' && c.amount.status === marker);
    if (hit)
      return {
        status: marker,
        cell: hit.cell,
        decision: { code: 'status-marker', params: { marker: marker === 'Ukjent' ? '?' : marker, status: marker } },
      };
  }
  const nonZero = cells.find((c) => c.amount.kind === 'number' && c.amount.value !== 0);
  if (nonZero)
    return {
      status: COSTED,
      cell: nonZero.cell,
      decision: { code: 'status-amounts', params: { status: COSTED } },
    };
  const zero = cells.find((c) => c.amount.kind === 'placeholder' || c.amount.kind === 'number');
  if (zero) {
    return {
      status: 'Ingen kostnad',
      cell: zero.cell,
      decision: { code: 'status-zero', params: {} },
    };
  }
  return { status: 'Ukjent', cell: rowCell, decision: { code: 'status-none', params: {} } };
}
