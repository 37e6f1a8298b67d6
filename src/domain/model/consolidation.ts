/**
 * Consolidation (SPEC §15): many thematic plans against one economy plan. Each plan's own items stay in its
 * own report; what only the whole shows — a line claimed by two plans, a plan of another period, a frame
 * overrun by the plans together, a line no plan claims — is a consolidation item, listed once.
 */
import type { Severity } from './finding';
import type { Kr, Unit } from './money';
import type { ReconciliationClass, ReconciliationCode } from './reconciliationCodes';
import type { FrameUnknown, LineFrameDiffers } from './reconciliationDetails';

/**
 * The codes only consolidation has: errors, but `tolerance-differs` (a plan's own Toleranse is not the
 * economy plan's, which the consolidation uses) is a warning. `not-a-plan`: a workbook given as a plan that has
 * neither measure table (the economy plan itself, an unrelated workbook), left out. `frame-line-plan` (a warning): a
 * `Ramme` line with `Plan` set, which still covers the frame's measures of all plans (SPEC §15), so its Plan is not used.
 */
export const CONSOLIDATION_CODES = [
  'not-a-plan',
  'plan-name-missing',
  'plan-name-duplicate',
  'period-mismatch',
  'tolerance-differs',
  'economy-plan-line-ambiguous',
  'frame-line-plan',
] as const;

export type ConsolidationCode = (typeof CONSOLIDATION_CODES)[number];

/**
 * The codes about a plan as a whole, not a comparison of amounts: their class and amounts (0, or for
 * tolerance-differs two tolerances) are no difference of money, so a report shows neither (the explanation
 * says what the item is); JSON keeps the fields as they are.
 */
export const PLAN_ITEM_CODES = [
  'not-a-plan',
  'plan-name-missing',
  'plan-name-duplicate',
  'period-mismatch',
  'tolerance-differs',
  'frame-line-plan',
] as const satisfies readonly ConsolidationCode[];

/** Whether an item is about a plan as a whole (PLAN_ITEM_CODES), not a comparison of amounts. */
export const isPlanItem = (item: { readonly code: string }): boolean =>
  (PLAN_ITEM_CODES as readonly string[]).includes(item.code);

/** The codes of the consolidation's items, in report order. */
export const CONSOLIDATION_ITEM_CODES = [
  ...CONSOLIDATION_CODES,
  'frame-total',
  'economy-plan-line-unmatched',
] as const satisfies readonly (ConsolidationCode | ReconciliationCode)[];

export type ConsolidationItemCode = (typeof CONSOLIDATION_ITEM_CODES)[number];

/** One plan's new money in one frame and year (the share of a `frame-total` item). */
export interface PlanShare {
  readonly plan: string;
  readonly amount: Kr;
}

/**
 * New money in one year of the costed measures no frame counts (no Rammeområde, and no economy plan line naming
 * one): compared with no frame, yet counted as everywhere else (SPEC §4), with each plan's share.
 */
export interface FramelessYear {
  readonly year: number;
  readonly measures: Kr;
  readonly shares: readonly PlanShare[];
}

/** One measure that claims a line (`economy-plan-line-ambiguous` names every one). */
export interface Claimant {
  readonly plan: string;
  readonly measureId: string;
}

/**
 * One consolidation item. `ref` is the line's Ref (ambiguous, unmatched), the frame code (frame-total,
 * frame-line-plan) or the
 * plan's file (not-a-plan, plan-name-missing, plan-name-duplicate, period-mismatch, tolerance-differs); `plan` the plan it is
 * about, where there is one; `sameNameAs` the file of the earlier plan with the same Plannavn (plan-name-duplicate).
 * tolerance-differs carries the plan's own Toleranse as `measures` and the one used (the economy plan's) as
 * `economyPlan`.
 */
export interface ConsolidationItem {
  readonly code: ConsolidationItemCode;
  readonly class: ReconciliationClass;
  readonly severity: Severity;
  readonly ref: string;
  readonly plan?: string;
  /**
   * economy-plan-line-unmatched: the line's Finansieringskilde, when it has one (as ReconciliationItem); written
   * in its own column of «Avstemming planer» and part of the key its Status and Kommentar are kept by.
   */
  readonly source?: string;
  readonly year?: number;
  readonly measures: Kr;
  readonly economyPlan: Kr;
  readonly difference: Kr;
  /** frame-total: each plan's new money in the frame that year (plans with none left out). */
  readonly shares?: readonly PlanShare[];
  /** economy-plan-line-ambiguous: the measures of two or more plans the line's Ref names. */
  readonly claimants?: readonly Claimant[];
  /** frame-total: the measures it counts whose sums do not hold (SPEC §4), each with its plan. */
  readonly rowErrors?: readonly Claimant[];
  /** frame-total: a measure of `rowErrors` holds an amount cell that is no amount, counted as 0 (as ReconciliationItem). */
  readonly rowErrorsInvalid?: true;
  /** economy-plan-line-unmatched: a Ramme line whose frame no plan knows (as ReconciliationItem). */
  readonly frameUnknown?: FrameUnknown;
  /** economy-plan-line-unmatched: a Ramme line with Del Investering, which limits no frame (as ReconciliationItem). */
  readonly investmentFrame?: true;
  /** frame-total: the measures without Rammeområde it counts by their economy plan line, each with its plan. */
  readonly frameFromLine?: readonly Claimant[];
  /** frame-total: the measures without Rammeområde whose lines count here but whose new money counts in no frame. */
  readonly linesOnly?: readonly Claimant[];
  /** frame-total of a frame limited by several Ramme lines: that year's cell of each, added up (ReconciliationItem). */
  readonly lineCells?: readonly string[];
  /** frame-total without a Ramme line: lineCells are its Tiltak lines (as ReconciliationItem). */
  readonly tiltakLines?: true;
  /** frame-total: measures whose line names another Rammeområde, each with its plan (as ReconciliationItem). */
  readonly lineFrameDiffers?: readonly LineFrameDiffers[];
  /** frame-total: the measures exceed the frame's Ramme line that year (as ReconciliationItem). */
  readonly overFrame?: true;
  /** plan-name-duplicate: the file of the earlier plan with the same Plannavn. */
  readonly sameNameAs?: string;
  /**
   * tolerance-differs: the plan's Beløpsenhet when it is not the economy plan's, so its own Toleranse is told as
   * typed (0,005 in mill kr, not 5 in 1000 kr) and what to type for the economy plan's in its unit.
   */
  readonly unit?: Unit;
  /**
   * economy-plan-line-unmatched: the file of the plan the line belongs to when that plan is not compared for a
   * Plannavn an earlier plan has (plan-name-duplicate): `plan` alone would name the earlier plan.
   */
  readonly file?: string;
  /**
   * economy-plan-line-unmatched whose Plan names no plan given to the check (a typo, a plan left behind): the
   * Plannavn of the plans that are (none when none has one), so the reader can see which was meant.
   */
  readonly knownPlans?: readonly string[];
  /**
   * period-mismatch: the plan's years. economy-plan-line-unmatched without Plan whose Ref names only a measure of
   * `plan`, left out for another period: that plan's years.
   */
  readonly planYears?: readonly number[];
  /**
   * period-mismatch: which side likely has the wrong period (consolidate.ts periodSide): 'plan' when another plan
   * shares the economy plan's period, 'economy' when two or more plans all share one other period; absent: either.
   */
  readonly periodSide?: 'plan' | 'economy';
  /** `economy-plan-line-unmatched`: the nonzero years of a line whose amounts cancel (ReconciliationItem). */
  readonly lineYears?: readonly { readonly year: number; readonly amount: Kr }[];
  /** `economy-plan-line-unmatched`: the line is 0 in every year it has an amount for (ReconciliationItem). */
  readonly allZero?: boolean;
  /** With `allZero`: the years the line has an amount for, when not every year (ReconciliationItem). */
  readonly amountYears?: readonly number[];
  /**
   * economy-plan-line-ambiguous, frame-line-plan: the years of the line's amount that were not read (the economy plan
   * table's year headers are not the period, SPEC §8): `economyPlan` is the years read, and the explanation says so.
   */
  readonly yearsNotRead?: readonly number[];
  /** The economy plan cells it compares that are not a number (counted as 0), as ReconciliationItem. */
  readonly invalidCells?: readonly string[];
  /**
   * "Sheet!A1" of the economy plan cell (in the economy plan workbook); `plan` the line's Plan cell when that
   * names no plan of the check (with knownPlans). tolerance-differs: `measures` the plan's Toleranse cell (in the
   * plan's file, its ref), `economyPlan` the economy plan's.
   */
  readonly cells: { readonly measures?: string; readonly economyPlan?: string; readonly plan?: string };
}

/** Per year, aligned with Consolidation.years. */
export interface YearPair {
  readonly measures: readonly Kr[];
  readonly economyPlan: readonly Kr[];
  /**
   * The years whose amounts were not read, only when there are such (a table whose year headers are not the
   * period, SPEC §8 year-columns): their 0 is not the sheet's, and the report shows them as not read. The economy
   * plan's also names the years no line of it has an amount for yet (economyPlan.yearsEmpty).
   */
  readonly measuresNotRead?: readonly number[];
  readonly economyPlanNotRead?: readonly number[];
}

/** One plan in the consolidation. */
export interface ConsolidatedPlan {
  readonly file: string;
  /** Plannavn, or the file name when the plan has none (then plan-name-missing). */
  readonly name: string;
  readonly unit: Unit;
  readonly years: readonly number[];
  /** False when its period differs (period-mismatch): nothing of it is compared. */
  readonly compared: boolean;
  /** Lines on the plan's own Økonomiplan sheet, ignored for the economy plan workbook's. */
  readonly ownLinesIgnored: number;
  /** New money of its costed operating measures, and the Drift `Tiltak` lines it claims. */
  readonly newMoney: YearPair;
}

/** The consolidated part of the report (SPEC §15). Amounts in integer kroner. */
export interface Consolidation {
  readonly economyPlan: {
    readonly file: string;
    readonly unit: Unit;
    readonly lines: number;
    /** The plan years no line has an amount for (TableLayout.yearsEmpty): not reconciled until typed. */
    readonly yearsEmpty?: readonly number[];
  };
  readonly years: readonly number[];
  readonly plans: readonly ConsolidatedPlan[];
  /**
   * All compared plans against the Drift `Tiltak` lines of the economy plan: theirs, the ambiguous ones and those
   * of no plan; not those of a plan not compared (by its Plan column or its measure), whose measures are not counted.
   */
  readonly total: YearPair;
  readonly items: readonly ConsolidationItem[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /**
   * Items left out because a table's year headers are not the period (SPEC §8 year-columns), only when there are
   * such: frame-total items (a plan's Tiltak drift or the economy plan's table), lines no plan claims (the latter).
   */
  readonly heldBack?: { readonly frames: boolean; readonly lines: boolean };
  /**
   * The frames of the economy plan's `Ramme` lines when no plan could be compared (another period, say), only when
   * there are such: the frames are then compared with nothing, and the report names them instead of saying there
   * is no frame line.
   */
  readonly framesNotCompared?: readonly string[];
  /**
   * The new money per year of the compared plans' measures in no frame (FramelessYear), every year, only when some
   * year has such: shown beside the frames as «(uten rammeområde)», so the frames add up to the plans' new money.
   */
  readonly frameless?: readonly FramelessYear[];
}
