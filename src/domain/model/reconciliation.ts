/**
 * One compared item of the reconciliation (SPEC §10) with every fact its explanation words. Its codes and classes
 * are in reconciliationCodes.ts, the lines and measures it names in reconciliationDetails.ts, what the Avstemming
 * sheet keeps of it in reconciliationStatus.ts.
 */
import type { Severity } from './finding';
import type { Kr, Unit } from './money';
import type { OtherWorkbook } from './otherFile';
import type { ReconciliationClass, ReconciliationCode } from './reconciliationCodes';
import type {
  FramelessWhy,
  FrameUnknown,
  LineFrameDiffers,
  MissingLine,
  NearMiss,
  SameRefLine,
} from './reconciliationDetails';

/** One compared item. Fields that do not apply (measureId, source, year, a cell) are undefined, not absent. */
export interface ReconciliationItem {
  readonly code: ReconciliationCode;
  readonly class: ReconciliationClass;
  readonly severity: Severity;
  readonly ref: string;
  readonly measureId?: string;
  readonly source?: string;
  readonly year?: number;
  readonly measures: Kr;
  readonly economyPlan: Kr;
  readonly difference: Kr;
  /** "Sheet!A1" addresses of the compared cells, where there is one. */
  readonly cells: { readonly measures?: string; readonly economyPlan?: string };
  /**
   * A plan's item of a consolidation (SPEC §15) against another workbook than the plan's: every economy plan cell it
   * names is there, and named with its file (model/otherFile.ts). In the JSON report: `cells.economyPlanFile`.
   */
  readonly economyWorkbook?: OtherWorkbook;
  /** `measure-not-in-economy-plan` only: what the missing line must hold (not in the JSON report). */
  readonly missingLine?: MissingLine;
  /**
   * `measure-not-in-economy-plan` of a measure whose table's year headers are not the period (SPEC §8 year-columns):
   * the plan years not read. Its amounts (`measures`, the missing line's years) are those of the years read.
   */
  readonly yearsNotRead?: readonly number[];
  /** A year's difference whose economy plan cell (every line's) is empty, not 0 (SPEC §7): the explanation says so. */
  readonly economyPlanEmpty?: true;
  /**
   * In a consolidation (SPEC §15), a project's item that does not match: the economy plan line that would count
   * for it but names a measure of another plan too (economy-plan-line-ambiguous), its Ref and cell, and the
   * Plannavn its Plan column must name (absent when the plan has none). Not in the JSON report.
   */
  readonly ambiguousLine?: { readonly ref: string; readonly cell: string; readonly plan?: string };
  /**
   * The unit the economy plan line is typed in, when it is another workbook's than the plan's (a consolidation,
   * SPEC §15): a unit-suspect item then names both units (not in the JSON report).
   */
  readonly lineUnit?: Unit;
  /**
   * The IDs of the measures in this item with an error in their amounts (ROW_ERROR_CODES: a sum, a sign, …):
   * counted as typed, an invalid amount as 0 (SPEC §4), and the explanation says so.
   */
  readonly rowErrors?: readonly string[];
  /** A measure of `rowErrors` holds an amount cell that is no amount (amount-invalid), counted as 0: the note says so. */
  readonly rowErrorsInvalid?: true;
  /**
   * `economy-plan-line-unmatched` only: a Finansiering line whose Ref names a costed project but whose
   * Finansieringskilde is none of the six sources (or empty), so the explanation points there, not at the Ref.
   */
  readonly sourceUnknown?: boolean;
  /**
   * `measure-new-money` of a measure with several economy plan lines (a project's items too: its Tiltak lines' cells
   * of the year, or its Finansiering lines' of the source), or `frame-total` of a frame limited by several
   * Ramme lines: that year's cell of each, added up (the first is `cells.economyPlan`). Rare, so added only then.
   */
  readonly lineCells?: readonly string[];
  /**
   * `project-expenditure` and `project-financing` of a Prosjektnr several costed measures carry: their IDs, whose
   * amounts the item adds up (it has no measureId to name one). Rare, so added only then; not in the JSON report.
   */
  readonly projectMeasures?: readonly string[];
  /**
   * `project-expenditure` only, on a project's first item: its financing is not compared (money in Tidligere bevilget
   * or Etter perioden, SPEC §10) while it has Finansiering lines, which are then in no item. Avstemming says so after
   * the item's Forklaring (sheets/reconciliationFinancing.ts). Rare, so added only then; not in the JSON report.
   */
  readonly financingNotCompared?: true;
  /** `frame-total` without Ramme line: lineCells are its several Tiltak lines, whose sum it compares (SPEC §10). */
  readonly tiltakLines?: true;
  /**
   * `frame-total` only: the IDs of the measures it counts that have no Rammeområde, placed in this frame by the
   * Rammeområde of their economy plan line (SPEC §4: they count; the explanation says how). Not in the JSON report.
   */
  readonly frameFromLine?: readonly string[];
  /**
   * `frame-total` only: the IDs of the measures without Rammeområde that their lines could not place (`frameless`),
   * whose lines count in this frame while their new money counts in none (SPEC §4). Not in the JSON report.
   */
  readonly linesOnly?: readonly string[];
  /**
   * `measure-new-money` and `measure-not-in-economy-plan` only: the measure has new money but no Rammeområde, and no
   * economy plan line of it names one frame code, so it is in no frame-total (the explanation says so, and why).
   * Not in the JSON report.
   */
  readonly frameless?: FramelessWhy;
  /**
   * `economy-plan-line-unmatched` only: a Ramme line whose frame (Rammeområde, else Ref) is not in tblRammeomrader
   * and carried by no measure, so it limits no frame: the frame typed and the list's codes. Not in the JSON report.
   */
  readonly frameUnknown?: FrameUnknown;
  /**
   * `economy-plan-line-unmatched` only: a Ramme line with Del Investering, which limits no frame (a Ramme line is
   * drift only, SPEC §6); its cell is the Del cell. Not in the JSON report.
   */
  readonly investmentFrame?: true;
  /**
   * `frame-total` only: a year whose measures exceed the frame's `Ramme` line (class mismatch), so the explanation
   * words an overrun, not a difference either side may fix, and over a cut (a negative line) not a sign. Not in
   * the JSON report.
   */
  readonly overFrame?: true;
  /**
   * `frame-total` of a frame compared with its Tiltak lines only: measures whose economy plan line names another
   * Rammeområde than theirs, so the line counts in one frame and the measure in the other (reconcile/lineFrames.ts);
   * the explanation names both cells. Not in the JSON report.
   */
  readonly lineFrameDiffers?: readonly LineFrameDiffers[];
  /** Economy plan cells compared here that are not numbers and count as 0 ("Økonomiplan!H2"; SPEC §4). */
  readonly invalidCells?: readonly string[];
  /**
   * `economy-plan-line-unmatched` only: the years of lines whose amounts cancel over the period (+500 in one
   * year, −500 in another): the item's Økonomiplan is 0, so the explanation names the years instead.
   */
  readonly lineYears?: readonly { readonly year: number; readonly amount: Kr }[];
  /**
   * `economy-plan-line-unmatched` only: the line (or lines) is 0 in every year it has an amount for, most likely kept
   * after its measure ended, so the explanation says it may be deleted. Not in one plan's JSON report (src/report/json.ts).
   */
  readonly allZero?: boolean;
  /**
   * With `allZero`, when some plan year is empty on the line (SPEC §7: not given, not 0): the years it has an amount
   * for, which the explanation names instead of «every year»; none: the line has no amount at all.
   */
  readonly amountYears?: readonly number[];
  /** `economy-plan-line-unmatched` only: the IDs of the costed measures that all carry the line's Ref. */
  readonly sharedBy?: readonly string[];
  /**
   * `economy-plan-line-unmatched` of a plan's own check only: lines whose Plan names another plan than this
   * plan's Plannavn (SPEC §15: such a line matches only measures of that plan), so they were not matched here:
   * the Plan typed, its cell, and this plan's Plannavn. The JSON report shows the Plan as `plan`, its cell as
   * `cells.plan` (src/report/json.ts).
   */
  readonly otherPlan?: { readonly plan: string; readonly cell?: string; readonly own: string };
  /** Economy plan lines whose Ref nearly names a measure ("D001" for "D-001"), which this item follows from. */
  readonly nearMisses?: readonly NearMiss[];
  /**
   * Economy plan lines whose Ref names a measure lacking a line exactly, unmatched for their Del or Linjetype (a
   * Finansiering line of an operating measure), which this item follows from. Not in the JSON report.
   */
  readonly sameRefLines?: readonly SameRefLine[];
}

export { RECONCILIATION_COLUMNS } from './reconciliationColumns';
