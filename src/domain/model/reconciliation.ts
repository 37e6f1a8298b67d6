/** Reconciliation items (SPEC §10): the codes in the order of the report, the classes, one compared item. */
import type { Severity } from './finding';
import type { Kr, Unit } from './money';
import type { EconomyPlanPart } from './plan';
import type { OtherWorkbook } from './otherFile';

/** The reconciliation codes of SPEC §10, in the order of its table (the report's order). */
export const RECONCILIATION_CODES = [
  'measure-new-money',
  'measure-not-in-economy-plan',
  'economy-plan-line-unmatched',
  'frame-total',
  'project-expenditure',
  'project-financing',
] as const;

/**
 * Codes whose finding means a row's figures are not to be trusted as typed: its sums do not hold, or an amount
 * is not a number and counts as 0 (SPEC §4: such rows count, and are named in their items' explanations).
 */
export const IDENTITY_CODES = [
  'financing-sum',
  'investment-phasing',
  'investment-financing-sum',
  'unit-suspect',
  'amount-invalid',
] as const;

export type ReconciliationCode = (typeof RECONCILIATION_CODES)[number];

export type ReconciliationClass = 'match' | 'rounding' | 'mismatch' | 'timing' | 'unit-suspect' | 'sign' | 'not-costed';

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
export function severityFor(code: string, cls: ReconciliationClass): Severity {
  if (code === 'measure-not-in-economy-plan') return 'error';
  if (code === 'economy-plan-line-unmatched') return 'warning';
  return CLASS_SEVERITY[cls];
}

/**
 * Why a measure without Rammeområde is in no frame (SPEC §4): its lines name two frame codes (`frames`), a frame that
 * is no code (`invalid`, the first such as typed), or both (R3 and «R 1»), or (neither) no line of it names a frame.
 */
export interface FramelessWhy {
  readonly frames?: readonly string[];
  readonly invalid?: string;
}

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
   * The IDs of the measures in this item whose sums do not hold or with an invalid amount (IDENTITY_CODES):
   * counted as typed, an invalid amount as 0 (SPEC §4), and the explanation says so.
   */
  readonly rowErrors?: readonly string[];
  /**
   * `economy-plan-line-unmatched` only: a Finansiering line whose Ref names a costed project but whose
   * Finansieringskilde is none of the six sources (or empty), so the explanation points there, not at the Ref.
   */
  readonly sourceUnknown?: boolean;
  /**
   * `measure-new-money` of a measure with several economy plan lines, or `frame-total` of a frame limited by several
   * Ramme lines: that year's cell of each, added up (the first is `cells.economyPlan`). Rare, so added only then.
   */
  readonly lineCells?: readonly string[];
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
  readonly frameUnknown?: { readonly frame: string; readonly codes: readonly string[]; readonly noList?: true };
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

/** A measure whose economy plan line names another Rammeområde than the measure's own (lineFrameDiffers). */
export interface LineFrameDiffers {
  /** The measure's ID (or Ref.). */
  readonly measure: string;
  /** In a consolidation (SPEC §15): the measure's plan, and its plan's file (measureCell is there). */
  readonly plan?: string;
  readonly file?: string;
  readonly measureFrame: string;
  /** "Tiltak drift!T4": the measure's Rammeområde cell. */
  readonly measureCell?: string;
  readonly lineFrame: string;
  /** "Økonomiplan!D6": the line's Rammeområde cell. */
  readonly lineCell?: string;
}

/** An economy plan line's Ref that nearly names a measure: the explanation names both and the likely fix. */
export interface NearMiss {
  /** The line's Ref as typed ("D001"). */
  readonly line: string;
  /** The cell of the line's Ref, without the sheet ("C9"). */
  readonly cell: string;
  /** The measure it seems to mean: its ID, or its Ref. */
  readonly measure: string;
}

/** An economy plan line whose Ref is a measure's exactly but whose Del or Linjetype is not its (sameRefLines). */
export interface SameRefLine extends NearMiss {
  /** The Del the measure's line needs (with Linjetype Tiltak). */
  readonly needs: EconomyPlanPart;
  /**
   * Which of the line's Del and Linjetype the matcher turned it away for (matchLines.ts: a Linjetype other than
   * Tiltak, or the other table's Del), with both as typed (trimmed); absent when the line could not be told.
   */
  readonly wrong?: {
    readonly part: boolean;
    readonly lineType: boolean;
    readonly typedPart: string;
    readonly typedType: string;
  };
}

/**
 * The economy plan line a measure lacks, so the explanation can say what finance must type: an operating
 * measure's new money, or an investment's expenditure under its Prosjektnr, in each plan year.
 */
export interface MissingLine {
  readonly table: 'operating' | 'investment';
  /** The Ref the line must carry: the measure's ID (or Ref.), or for an investment its Prosjektnr. */
  readonly ref: string;
  readonly byYear: readonly { readonly year: number; readonly amount: Kr }[];
  /**
   * In a consolidation (SPEC §15): the Plannavn the line's Plan column must name (a Ref may name measures of
   * other plans too), and the unit of the economy plan workbook the line goes into.
   */
  readonly plan?: string;
  readonly unit?: Unit;
  /**
   * In a consolidation: the economy plan line that names the measure but a measure of another plan too
   * (economy-plan-line-ambiguous), its Ref and cell. The line is there: Plan on it is the fix, not a new line
   * (`plan` absent: the plan has no Plannavn to write there yet).
   */
  readonly ambiguous?: { readonly ref: string; readonly cell: string };
}

export { RECONCILIATION_COLUMNS } from './reconciliationColumns';

/**
 * Why a row no item took is kept: its item is gone, a row above took it, it has no Kode — or its item may only wait
 * for a table's year headers (`yearsNotRead`, SPEC §8) or for the economy plan's figures of its year (`yearsEmpty`).
 * On a plan's own Avstemming in a consolidation (SPEC §15) its item may be the plan's own check's: made from its own
 * Økonomiplan sheet, which the run does not read (`ownSheet`), or compared across the plans on «Avstemming planer»
 * (`consolidated`: a frame, a line no plan has).
 */
export type KeptReason =
  'vanished' | 'duplicate' | 'noCode' | 'yearsNotRead' | 'yearsEmpty' | 'ownSheet' | 'consolidated';

export const RECONCILIATION_STATUSES = ['Åpen', 'Akseptert', 'Rettet'] as const;

/**
 * What a Status the user left no longer says of its item (docs/spec.md §10): «Akseptert» given at one Avvik while
 * the Avvik is now another (`accepted` and `now` in kroner), or given as one class (`acceptedAs`: a timing
 * difference) while the item is now a graver one (`nowAs`: a mismatch), or «Rettet» on an item still beyond the
 * tolerance; and on a row kept below the items, the Avvik its «Akseptert» was given at (`accepted`), for when its item returns.
 */
export type StatusReview =
  | { readonly kind: 'accepted-changed'; readonly accepted: Kr; readonly now: Kr }
  | { readonly kind: 'fixed-open'; readonly now: Kr }
  | {
      readonly kind: 'accepted-reclassified';
      readonly acceptedAs: ReconciliationClass;
      readonly nowAs: ReconciliationClass;
    }
  | { readonly kind: 'accepted'; readonly accepted: Kr };

/**
 * What a table's writer needs to say what a kept Status no longer says (sheets/statusReview.ts), on Avstemming and on
 * «Avstemming planer» alike (SPEC §15: Status is kept there by the rule of §10).
 */
export interface StatusReviewText {
  /** The sentence put before an item's Forklaring when its kept Status no longer says what it said. */
  readonly review: (review: StatusReview) => string;
  /**
   * The Avvik a Forklaring says was accepted (in the unit it names, else the row's), in any language the product
   * wrote that sentence in (`review`), else null: a note stays until the user clears it.
   */
  readonly acceptedIn: (explanation: string) => { readonly value: number; readonly unit?: Unit } | null;
  /** The class a Klasse cell's text stands for (a label in any language, or the class itself), else null. */
  readonly classOf: (text: string) => ReconciliationClass | null;
  /** The class a Forklaring's note says «Akseptert» was given as (`accepted-reclassified`), in any language; else null. */
  readonly acceptedAsIn: (explanation: string) => ReconciliationClass | null;
}
