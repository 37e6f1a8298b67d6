/**
 * A reconciliation item (SPEC §10) as the reconcilers make it: every field of the report is an own,
 * enumerable property in report (JSON) order, so an item survives a spread and JSON.stringify whole.
 * Its cell addresses ("Sheet!A1") are made when `cells` is read: a check of 10 000 measures makes 40 000
 * items naming 80 000 cells, and most of them (every match) are never shown; the JSON report, the
 * Avstemming sheet and the pane read them on demand.
 */
import { kr } from '../model/money';
import { sheetAddress, yearKey, type SheetRowCells } from '../read/rowCells';
import type { Severity } from '../model/finding';
import type { Kr } from '../model/money';
import type { OtherWorkbook } from '../model/otherFile';
import type { ReconciliationItem } from '../model/reconciliation';
import { severityFor, type ReconciliationClass, type ReconciliationCode } from '../model/reconciliationCodes';

/** Severity of an item (SPEC §10): kept in the model, which the sheets may read too (statusReview.ts). */
export { severityFor } from '../model/reconciliationCodes';

export type Cells = ReconciliationItem['cells'];

/** What a cell address is made from: a measure row or economy plan line, or nothing. */
export type CellOwner = SheetRowCells | undefined;

/**
 * Where an item's two cells are, for making their addresses when `cells` is read: the measure row and the
 * economy plan line compared (undefined when there is none), and the column of each (absent: the item's
 * year's column, yearKey). A matched line is one: a measure's year items share the line matched to it.
 */
export interface CellSource {
  readonly measure: CellOwner;
  readonly line: CellOwner;
  readonly measureKey?: string;
  readonly lineKey?: string;
}

/** The fields that make an item's key; measureId and source are undefined when they do not apply. */
export interface ItemKey {
  readonly code: ReconciliationCode;
  readonly ref: string;
  readonly measureId?: string | undefined;
  readonly source?: string | undefined;
}

const isSource = (from: Cells | CellSource): from is CellSource => 'measure' in from && 'line' in from;

/**
 * Every field in report order, the ones that do not apply undefined rather than absent: all items share one
 * hidden class, so the report, the sort and the writers read them without megamorphic lookups.
 */
export class Item implements ReconciliationItem {
  readonly code: ReconciliationCode;
  readonly class: ReconciliationClass;
  readonly severity: Severity;
  readonly ref: string;
  readonly measureId: string | undefined;
  readonly source: string | undefined;
  readonly year: number | undefined;
  readonly measures: Kr;
  readonly economyPlan: Kr;
  /** Δ = measures − economy plan. */
  readonly difference: Kr;
  /** "Sheet!A1" of the compared cells; a cell that does not apply is undefined. Own and enumerable (below). */
  declare readonly cells: Cells;
  /**
   * The workbook its economy plan cells are in when that is not the plan's own (a consolidation: inWorkbook). An own
   * field from the start, so that a spread keeps it and every item keeps one hidden class.
   */
  readonly economyWorkbook: OtherWorkbook | undefined;
  /**
   * The cells as given, or where to make them from. One field, not three: an item per compared year makes
   * 83 000 items at 20 000 measures, all alive until the check ends (measured: docs/performance.md).
   */
  #from: Cells | CellSource;

  /**
   * Points an item with no economy plan cell at `address` (a measure's line typed with the wrong Del or Linjetype,
   * which its explanation asks her to correct: nearMiss.ts), so the link and the pane's jump button go there. Rare:
   * the cells are made now. An item not made here, or one that names a line already, is left as it is.
   */
  static pointAtLine(item: ReconciliationItem, address: string | undefined): void {
    if (!(item instanceof Item) || address === undefined || item.cells.economyPlan !== undefined) return;
    item.#from = { ...item.cells, economyPlan: address };
  }

  /**
   * The item with its economy plan cells named in workbook `at` (a consolidation, SPEC §15). An Item is given it in
   * place: a spread would read `cells` and make the addresses of every item (measured: 40 ms at 20 plans of 500
   * measures, consolidation.ratio 1.3 → 1.6), which stay lazy this way. Any other item is copied with it.
   */
  static inWorkbook(item: ReconciliationItem, at: OtherWorkbook): ReconciliationItem {
    if (!(item instanceof Item)) return { ...item, economyWorkbook: at };
    (item as { economyWorkbook: OtherWorkbook | undefined }).economyWorkbook = at;
    return item;
  }

  /**
   * `cells` made on each read, as an own enumerable property: a spread or JSON.stringify reads it like any
   * field. One frozen descriptor for every item, so that they keep sharing one hidden class.
   */
  static readonly #CELLS: PropertyDescriptor = Object.freeze({
    enumerable: true,
    get(this: Item): Cells {
      const from = this.#from;
      if (!isSource(from)) return from;
      const key = this.year === undefined ? '' : yearKey(this.year);
      return {
        measures: sheetAddress(from.measure, from.measureKey ?? key),
        economyPlan: sheetAddress(from.line, from.lineKey ?? key),
      };
    },
  });

  /** `cells` as given, or (from a CellSource) made on read. */
  constructor(
    k: ItemKey,
    year: number | undefined,
    measures: Kr,
    economyPlan: Kr,
    cls: ReconciliationClass,
    cells: Cells | CellSource,
  ) {
    this.code = k.code;
    this.class = cls;
    this.severity = severityFor(k.code, cls);
    this.ref = k.ref;
    this.measureId = k.measureId;
    this.source = k.source;
    this.year = year;
    this.measures = measures;
    this.economyPlan = economyPlan;
    this.difference = kr(measures - economyPlan);
    Object.defineProperty(this, 'cells', Item.#CELLS);
    this.#from = cells;
    this.economyWorkbook = undefined;
  }
}
