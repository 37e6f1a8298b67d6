/**
 * What a reconciliation item's explanation names besides its figures (SPEC §10): why a measure is in no frame, a
 * measure whose line names another frame, lines whose Ref nearly or exactly names a measure, and the line a measure
 * lacks, and a Ramme line of no known frame.
 */
import type { Kr, Unit } from './money';
import type { EconomyPlanPart } from './plan';

/**
 * Why a measure without Rammeområde is in no frame (SPEC §4): its lines name two frame codes (`frames`), a frame that
 * is no code (`invalid`, the first such as typed), or both (R3 and «R 1»), or (neither) no line of it names a frame.
 */
export interface FramelessWhy {
  readonly frames?: readonly string[];
  readonly invalid?: string;
}

/**
 * A Ramme line whose frame (Rammeområde, else Ref) is in no frame list and carried by no measure, so it limits no
 * frame (reconcile/knownFrames.ts): the frame typed, the list's codes, and `noList` when there is no list (the codes
 * are then the measures' Rammeområde).
 */
export interface FrameUnknown {
  readonly frame: string;
  readonly codes: readonly string[];
  readonly noList?: true;
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
   * An investment project whose financing SPEC §10 compares (Tidligere bevilget and Etter perioden 0): each source
   * with money (its header, as Finansieringskilde takes it) and the amount its Finansiering lines must add up to
   * over the plan years. The line above alone would bring a project-financing error per source.
   */
  readonly financing?: readonly { readonly source: string; readonly amount: Kr }[];
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
