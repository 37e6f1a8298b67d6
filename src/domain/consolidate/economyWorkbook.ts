/**
 * The economy plan workbook of a consolidation (SPEC §15): any workbook with `tblOkonomiplan`, with or
 * without measure tables. Only its settings (period, unit, tolerance) and its lines are read.
 */
import { readEconomyPlan } from '../read/economyPlan';
import { planYears } from '../read/plan';
import { readSettings } from '../read/settings';
import type { Finding } from '../model/finding';
import type { EconomyPlanLine, Settings } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

export interface EconomyWorkbook {
  readonly settings: Settings;
  readonly years: readonly number[];
  /** Amounts in integer kroner, whatever the workbook's Beløpsenhet. */
  readonly lines: readonly EconomyPlanLine[];
  /** False when the workbook has no economy plan table: then it cannot be the economy plan. */
  readonly found: boolean;
  readonly findings: readonly Finding[];
}

/** Reads the economy plan workbook's settings and economy plan lines. */
export function readEconomyWorkbook(wb: WorkbookSnapshot, defaultStartYear: number): EconomyWorkbook {
  const s = readSettings(wb, defaultStartYear);
  const years = planYears(s.settings.startYear, s.settings.yearCount);
  const e = readEconomyPlan(wb, years, s.settings.unit);
  // A workbook of finance's own has no measure tables: only a missing settings table is news here.
  return {
    settings: s.settings,
    years,
    lines: e.lines,
    found: e.layout !== null,
    findings: [...s.findings, ...e.findings],
  };
}
