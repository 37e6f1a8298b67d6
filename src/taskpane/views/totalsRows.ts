/**
 * The rows of Summer's tables (TotalsView.tsx), from the check's totals: each row's label and its amounts in
 * the order of its table's columns. No layout, no captions.
 */
import { INVESTMENT_FINANCING, OPERATING_FINANCING, type Kr, type Totals, type YearAmounts } from '../../domain';
import type { TaskpaneKey } from '../../i18n/taskpane';
import type { AmountRow } from '../components/AmountTable';

/** A label of the pane in the language shown. */
export type Label = (key: TaskpaneKey) => string;

const byYear = (amounts: YearAmounts, years: readonly number[]): Kr[] =>
  years.map((y) => amounts[String(y)] ?? (0 as Kr));

/** The period sum of amounts per year: what a "Sum periode" column shows (not a column total of Nye midler). */
const periodOf = (amounts: YearAmounts, years: readonly number[]): Kr =>
  byYear(amounts, years).reduce((a, b) => a + b, 0) as Kr;

export interface OperatingRows {
  /** Per year, then Sum periode: the table's total, then new money. */
  readonly totals: AmountRow[];
  /** The financing sources, then the base they add up to. */
  readonly financing: AmountRow[];
  /** Sum periode, Helårsvirkning, Nye midler. */
  readonly sections: AmountRow[];
  /** New money per year, its period sum, the Nye midler column total. */
  readonly frames: AmountRow[];
  /** Per year, then Sum periode. */
  readonly areas: AmountRow[];
}

/** The operating table's rows: totals, sources, and by section, frame and plan area. */
export function buildOperatingRows(totals: Totals, years: readonly number[], t: Label): OperatingRows {
  const op = totals.operating.all;
  return {
    totals: [
      { label: t('totalsOperating'), amounts: [...byYear(op.years, years), op.period] },
      // New money per year and its period sum; the Nye midler column total is in the table of sources below.
      { label: t('newMoney'), amounts: [...byYear(op.newMoneyByYear, years), periodOf(op.newMoneyByYear, years)] },
    ],
    // Under the sources, what they add up to (SPEC §4): the base, Sum periode for an Engangs measure, not
    // Helårsvirkning alone — with one Engangs measure that read as a financing gap Sammendrag's check did not find.
    financing: [
      ...OPERATING_FINANCING.map((f) => ({ label: f.header, amounts: [op.financing[f.json]] })),
      { label: t('financingBase'), amounts: [totals.operatingBase] },
    ],
    sections: totals.operating.bySection.map((s) => ({
      label: s.section || t('noSection'),
      amounts: [s.period, s.fullYear, s.financing.newMoney],
    })),
    frames: totals.operating.byFrame.map((f) => ({
      label: f.frame || t('noFrame'),
      amounts: [...byYear(f.newMoneyByYear, years), periodOf(f.newMoneyByYear, years), f.newMoney],
    })),
    areas: totals.operating.byArea.map((a) => ({ label: a.area, amounts: [...byYear(a.years, years), a.period] })),
  };
}

export interface InvestmentRows {
  /** Per year, then the budget: the table's total, then each section. */
  readonly totals: AmountRow[];
  /** The financing sources. */
  readonly financing: AmountRow[];
}

/** The investment table's rows: its total and sections, and its sources. */
export function buildInvestmentRows(totals: Totals, years: readonly number[], t: Label): InvestmentRows {
  const inv = totals.investment.all;
  return {
    totals: [
      { label: t('totalsInvestment'), amounts: [...byYear(inv.years, years), inv.budget] },
      ...totals.investment.bySection.map((s) => ({
        label: s.section || t('noSection'),
        amounts: [...byYear(s.years, years), s.budget],
      })),
    ],
    financing: INVESTMENT_FINANCING.map((f) => ({ label: f.header, amounts: [inv.financing[f.json]] })),
  };
}
