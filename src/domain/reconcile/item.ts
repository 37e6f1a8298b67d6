/**
 * A reconciliation item (SPEC §10) as the reconcilers make it. Its cell addresses ("Sheet!A1") are made the
 * first time `cells` is read: a check of 10 000 measures makes 40 000 items naming 80 000 cells, and most of
 * them (every match) are never shown; the JSON report, the Avstemming sheet and the pane read them on demand.
 */
import { cellOf } from './cells';
import { kr } from '../model/money';
import { yearKey } from '../read/rowCells';
import type { Severity } from '../model/finding';
import type { Kr } from '../model/money';
import type { EconomyPlanLine, Measure } from '../model/plan';
import type { ReconciliationClass, ReconciliationCode, ReconciliationItem } from '../model/reconciliation';

const CLASS_SEVERITY: Readonly<Record<ReconciliationClass, Severity>> = {
  mismatch: 'error',
  'unit-suspect': 'error',
  sign: 'error',
  timing: 'warning',
  'not-costed': 'warning',
  match: 'info',
  rounding: 'info',
};

/** Severity of an item: by code for the two codes that are findings in themselves, otherwise by class. */
export function severityFor(code: ReconciliationCode, cls: ReconciliationClass): Severity {
  if (code === 'measure-not-in-economy-plan') return 'error';
  if (code === 'economy-plan-line-unmatched') return 'warning';
  return CLASS_SEVERITY[cls];
}

export type Cells = ReconciliationItem['cells'];

/** What a cell address is made from: a measure row or economy plan line, or nothing. */
export type CellOwner = Measure | EconomyPlanLine | undefined;

/** The fields that make an item's key; measureId and source are undefined when they do not apply. */
export interface ItemKey {
  readonly code: ReconciliationCode;
  readonly ref: string;
  readonly measureId?: string | undefined;
  readonly source?: string | undefined;
}

/**
 * Every field in report (JSON) order, the ones that do not apply undefined rather than absent: all items
 * share one hidden class, so the report, the sort and the writers read them without megamorphic lookups.
 * `severity` and `difference` follow from the other fields and `cells` is made on first read: all three are
 * getters (a large check makes 40 000 items; two fields fewer is 0.7 MB less to allocate and copy), so
 * spreading an item loses them, and the JSON report builds its copies by field.
 */
export class Item implements ReconciliationItem {
  readonly code: ReconciliationCode;
  readonly class: ReconciliationClass;
  readonly ref: string;
  readonly measureId: string | undefined;
  readonly source: string | undefined;
  readonly year: number | undefined;
  readonly measures: Kr;
  readonly economyPlan: Kr;
  #cells: Cells | undefined;
  readonly #measuresOwner: CellOwner;
  readonly #economyPlanOwner: CellOwner;

  /**
   * `cells` as given, or (when undefined) made later from the two owners' cells of the item's year (yearKey):
   * the measure row and the economy plan line compared, where there is one.
   */
  constructor(
    k: ItemKey,
    year: number | undefined,
    measures: Kr,
    economyPlan: Kr,
    cls: ReconciliationClass,
    cells: Cells | undefined,
    measuresOwner: CellOwner = undefined,
    economyPlanOwner: CellOwner = undefined,
  ) {
    this.code = k.code;
    this.class = cls;
    this.ref = k.ref;
    this.measureId = k.measureId;
    this.source = k.source;
    this.year = year;
    this.measures = measures;
    this.economyPlan = economyPlan;
    this.#cells = cells;
    this.#measuresOwner = measuresOwner;
    this.#economyPlanOwner = economyPlanOwner;
  }

  get severity(): Severity {
    return severityFor(this.code, this.class);
  }

  /** Δ = measures − economy plan. */
  get difference(): Kr {
    return kr(this.measures - this.economyPlan);
  }

  /** "Sheet!A1" of the compared cells; a cell that does not apply is undefined. */
  get cells(): Cells {
    if (this.#cells === undefined) {
      const key = this.year === undefined ? '' : yearKey(this.year);
      this.#cells = { measures: cellOf(this.#measuresOwner, key), economyPlan: cellOf(this.#economyPlanOwner, key) };
    }
    return this.#cells;
  }
}
