/** Totals of the plan (SPEC §9, JSON per §12): year keys are strings, amounts integer kroner. */
import type { Kr } from './money';

export type YearAmounts = Readonly<Record<string, Kr>>;

export interface OperatingTotals {
  readonly years: YearAmounts;
  readonly period: Kr;
  readonly fullYear: Kr;
  readonly financing: { readonly joint: Kr; readonly reallocation: Kr; readonly other: Kr; readonly newMoney: Kr };
  readonly newMoneyByYear: YearAmounts;
}

export interface InvestmentTotals {
  readonly budget: Kr;
  /** Tidligere bevilget and Etter perioden (docs/spec.md §9, as built): where Kostnadsramme beyond the years is. */
  readonly before: Kr;
  readonly years: YearAmounts;
  readonly after: Kr;
  readonly financing: {
    readonly vat: Kr;
    readonly grant: Kr;
    readonly sale: Kr;
    readonly loan: Kr;
    readonly operating: Kr;
    readonly fund: Kr;
  };
}

export interface Totals {
  readonly operating: {
    readonly all: OperatingTotals;
    readonly bySection: readonly (OperatingTotals & { readonly section: string })[];
    readonly byFrame: readonly {
      readonly frame: string;
      readonly newMoney: Kr;
      readonly newMoneyByYear: YearAmounts;
    }[];
    readonly byArea: readonly { readonly area: string; readonly years: YearAmounts; readonly period: Kr }[];
    readonly byResponsible: readonly {
      readonly responsible: string;
      readonly years: YearAmounts;
      readonly period: Kr;
    }[];
  };
  readonly investment: {
    readonly all: InvestmentTotals;
    readonly bySection: readonly (InvestmentTotals & { readonly section: string })[];
  };
  /** Both tables, every row, by Kostnadsstatus as typed ("" for empty). */
  readonly statusCounts: Readonly<Record<string, number>>;
  /**
   * The measures without Rammeområde the reconciliation counts in the frame their economy plan line has, which
   * byFrame (the measure table alone) has under '' (SPEC §4): Sammendrag names them under its frames. Only when any.
   */
  readonly framesByLine?: readonly { readonly id: string; readonly frame: string }[];
  /** Measures not Beregnet: shown on Sammendrag as the list of those not costed. */
  readonly notCosted: readonly { readonly id: string; readonly measure: string; readonly costStatus: string }[];
  /**
   * Present only when a measure table's year headers are not the plan period (year-columns): per such table, the
   * plan years it has no column for. Their amounts were not read — the sums show 0 there, which the reports show
   * as «–» and the JSON states here — and a column of a year outside the period is in no sum.
   */
  readonly yearsNotRead?: { readonly operating?: readonly number[]; readonly investment?: readonly number[] };
  /**
   * Σ of the operating financing base (SPEC §4: Helårsvirkning, or Sum periode when it is 0) over the rows the
   * operating sums cover: what operating.all.financing adds up to when every row's identity holds (the pane's
   * Summer shows it under the sources). Kept out of the JSON, like identity.
   */
  readonly operatingBase: Kr;
  /** Identity checks on costed rows: how many hold, and the IDs of those that fail. */
  readonly identity: {
    readonly operatingFinancing: { readonly ok: number; readonly failed: readonly string[] };
    readonly investmentFinancing: { readonly ok: number; readonly failed: readonly string[] };
  };
}
