/**
 * The economy plan workbook of a consolidation (SPEC §15): any workbook with `tblOkonomiplan`, with or
 * without measure tables. Only its settings (period, unit, tolerance) and its lines are read.
 */
import { makeFinding } from '../model/finding';
import { SHEETS } from '../model/schema';
import { readEconomyPlan } from '../read/economyPlan';
import { readLists } from '../read/lists';
import { parseYearHeader } from '../read/matchHeader';
import { planYears } from '../read/plan';
import { readSettings, settingAddress } from '../read/settings';
import type { Finding } from '../model/finding';
import type { EconomyPlanLine, Settings, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface EconomyWorkbook {
  readonly settings: Settings;
  readonly years: readonly number[];
  /** Amounts in integer kroner, whatever the workbook's Beløpsenhet. */
  readonly lines: readonly EconomyPlanLine[];
  /** The codes of its own tblRammeomrader, if it has one: known frames beside the plans' lists (SPEC §6, §15). */
  readonly frames: readonly string[];
  /** False when the workbook has no economy plan table: then it cannot be the economy plan. */
  readonly found: boolean;
  /**
   * Its economy plan table's layout: when its year headers are not the period (yearsRead), its amounts per year
   * are not the sheet's and the items that read them wait, as for a plan's own table (SPEC §8, §15).
   */
  readonly layout?: TableLayout | null;
  readonly findings: readonly Finding[];
  /** "Sheet!A1" of its Toleranse (settingAddress), named by tolerance-differs; none without a settings table. */
  readonly toleranceCell?: string | undefined;
}

/** The plans' period, for an economy plan workbook that does not state its own. */
export interface PlansPeriod {
  readonly startYear: number;
  readonly yearCount: number;
}

/** Whether the settings state the period (Første planår and Antall planår read from the workbook). */
export const statesPeriod = (s: Settings): boolean =>
  s.stated !== undefined && s.stated.includes('startYear') && s.stated.includes('yearCount');

/** Whether the settings state Første planår: then it is used, with the SPEC default for Antall planår if unstated. */
const statesStart = (s: Settings): boolean => s.stated !== undefined && s.stated.includes('startYear');

const range = (years: readonly number[]) => `${years[0] ?? ''}–${years[years.length - 1] ?? ''}`;

/** The years of the table's year headers when they run without a gap over 4–10 years (a period), else null. */
function headerPeriod(layout: TableLayout | null): number[] | null {
  const years = (layout?.headers ?? []).flatMap((h) => parseYearHeader(h.text) ?? []).sort((a, b) => a - b);
  const run = years.every((y, i) => i === 0 || y === (years[i - 1] ?? 0) + 1);
  return run && years.length >= 4 && years.length <= 10 ? years : null;
}

/** "Innstillinger" and the cell of Første planår's Verdi (the table's first cell, or A1 when there is none). */
function periodCell(wb: WorkbookSnapshot): { sheet: string; cell: string } {
  const address = settingAddress(wb, 'startYear') ?? `${SHEETS.settings}!A1`;
  const at = address.lastIndexOf('!');
  return { sheet: address.slice(0, at), cell: address.slice(at + 1) };
}

/**
 * Reads the economy plan workbook's settings and economy plan lines. A workbook that does not state Første planår
 * (no Innstillinger, or no readable Første planår there) is read for the plans' period `plans`, never a year guessed
 * from the clock, and says so (economy-period-unstated, a warning on its settings); when its year columns run over
 * another period, it is read for that one instead (reason 'columns'), so that plans of the plans' period get
 * period-mismatch rather than a reconciliation against the wrong years. A stated Antall planår is kept: only the
 * first year comes from the plans or the columns then (reason 'start' or 'start-columns'), as when nothing is
 * stated. A stated Første planår always wins, with SPEC §3's 4 years when Antall planår is not stated; its
 * settings' setting-invalid names the one missing, as in a plan.
 */
export function readEconomyWorkbook(
  wb: WorkbookSnapshot,
  defaultStartYear: number,
  plans?: PlansPeriod,
): EconomyWorkbook {
  const s = readSettings(wb, defaultStartYear);
  if (statesStart(s.settings) || !plans) {
    const years = planYears(s.settings.startYear, s.settings.yearCount);
    return book(wb, s.settings, years, readEconomyPlan(wb, years, s.settings.unit), s.findings);
  }
  const count = s.settings.stated?.includes('yearCount') === true ? s.settings.yearCount : null;
  const planned = planYears(plans.startYear, count ?? plans.yearCount);
  // The year columns' first year, and with Antall planår unstated their number of years too.
  const read = readEconomyPlan(wb, planned, s.settings.unit);
  const own = headerPeriod(read.layout);
  const columns = own === null ? null : count === null ? own : planYears(own[0] ?? plans.startYear, count);
  const years = columns !== null && range(columns) !== range(planned) ? columns : planned;
  const { sheet, cell } = periodCell(wb);
  const fromColumns = years !== planned;
  const reason = count === null ? (fromColumns ? 'columns' : null) : fromColumns ? 'start-columns' : 'start';
  const unstated = makeFinding('economy-period-unstated', sheet, cell, {
    years: range(years),
    ...(fromColumns ? { planYears: range(planYears(plans.startYear, plans.yearCount)) } : {}),
    ...(reason === null ? {} : { reason }),
  });
  const settings = { ...s.settings, startYear: years[0] ?? plans.startYear, yearCount: years.length };
  const e = fromColumns ? readEconomyPlan(wb, years, settings.unit) : read;
  return book(wb, settings, years, e, [...s.findings, unstated]);
}

function book(
  wb: WorkbookSnapshot,
  settings: Settings,
  years: readonly number[],
  e: ReturnType<typeof readEconomyPlan>,
  settingFindings: readonly Finding[],
): EconomyWorkbook {
  // A workbook of finance's own has no measure tables: only a missing settings table is news here.
  return {
    settings,
    years,
    lines: e.lines,
    // Only its frame codes: its other lists (and their list-empty) are a plan's business, not the economy plan's.
    frames: readLists(wb)
      .lists.frames.map((f) => f.code.trim())
      .filter((c) => c !== ''),
    found: e.layout !== null,
    layout: e.layout,
    findings: [...settingFindings, ...e.findings],
    toleranceCell: settingAddress(wb, 'tolerance'),
  };
}
