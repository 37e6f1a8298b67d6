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
  readonly findings: readonly Finding[];
}

/** The plans' period, for an economy plan workbook that does not state its own. */
export interface PlansPeriod {
  readonly startYear: number;
  readonly yearCount: number;
}

/** Whether the settings state the period (Første planår and Antall planår read from the workbook). */
export const statesPeriod = (s: Settings): boolean =>
  s.stated !== undefined && s.stated.includes('startYear') && s.stated.includes('yearCount');

/** Whether the settings state Første planår or Antall planår: a stated value is used, the SPEC default for the other. */
const statesPartOfPeriod = (s: Settings): boolean =>
  s.stated !== undefined && (s.stated.includes('startYear') || s.stated.includes('yearCount'));

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
 * Reads the economy plan workbook's settings and economy plan lines. A workbook that states neither Første planår
 * nor Antall planår (no Innstillinger, or neither readable there) is read for the plans' period `plans`, never a
 * year guessed from the clock, and says so (economy-period-unstated, a warning on its settings); when its year
 * columns run over another period, it is read for that one instead (reason 'columns'), so that plans of the
 * plans' period get period-mismatch rather than a reconciliation against the wrong years. A stated value always
 * wins: one stated alone is used with the default for the other (4 years; next year), which its settings'
 * setting-invalid names, as in a plan.
 */
export function readEconomyWorkbook(
  wb: WorkbookSnapshot,
  defaultStartYear: number,
  plans?: PlansPeriod,
): EconomyWorkbook {
  const s = readSettings(wb, defaultStartYear);
  const stated = statesPartOfPeriod(s.settings);
  const settings = stated || !plans ? s.settings : { ...s.settings, ...plans };
  let years = planYears(settings.startYear, settings.yearCount);
  let e = readEconomyPlan(wb, years, settings.unit);
  if (stated || !plans) return book(wb, settings, years, e, s.findings);
  const own = headerPeriod(e.layout);
  const { sheet, cell } = periodCell(wb);
  const unstated =
    own !== null && range(own) !== range(years)
      ? makeFinding('economy-period-unstated', sheet, cell, {
          years: range(own),
          planYears: range(years),
          reason: 'columns',
        })
      : makeFinding('economy-period-unstated', sheet, cell, { years: range(years) });
  if (unstated.params.reason === 'columns' && own !== null) {
    years = own;
    e = readEconomyPlan(wb, years, settings.unit);
  }
  const periodOf = { ...settings, startYear: years[0] ?? settings.startYear, yearCount: years.length };
  return book(wb, periodOf, years, e, [...s.findings, unstated]);
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
    findings: [...settingFindings, ...e.findings],
  };
}
