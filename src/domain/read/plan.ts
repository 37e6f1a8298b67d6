/**
 * The reader: a workbook snapshot in, the plan and every structure and cell finding out (SPEC §2–§7).
 * It never throws on data; whatever is wrong becomes a finding with sheet and cell, and defaults stand in.
 */
import { readEconomyPlan } from './economyPlan';
import { readLists, readPlanRefs } from './lists';
import { readInvestmentMeasures, readOperatingMeasures } from './measures';
import { readSettings } from './settings';
import { versionIds } from './versionIds';
import type { Plan, ReadResult } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';

/** The plan years of a settings pair: startYear … startYear + yearCount − 1. */
export function planYears(startYear: number, yearCount: number): number[] {
  return Array.from({ length: yearCount }, (_, i) => startYear + i);
}

/**
 * Reads a workbook snapshot into a plan. `defaultStartYear` is the first plan year when the settings do
 * not give one (the caller's next calendar year: the domain has no clock).
 */
export function readPlan(wb: WorkbookSnapshot, opts: { defaultStartYear: number }): ReadResult {
  const settingsRead = readSettings(wb, opts.defaultStartYear);
  const { settings } = settingsRead;
  const years = planYears(settings.startYear, settings.yearCount);
  const listsRead = readLists(wb);
  const operating = readOperatingMeasures(wb, years, settings.unit, listsRead.lists);
  const investment = readInvestmentMeasures(wb, years, settings.unit, listsRead.lists);
  const economyPlan = readEconomyPlan(wb, years, settings.unit);
  const plan: Plan = {
    settings,
    years,
    lists: listsRead.lists,
    operating: operating.measures,
    investment: investment.measures,
    economyPlan: economyPlan.lines,
    planRefs: readPlanRefs(wb),
    // With the IDs of lines typed under a measure table: handed out too, so not free (review r20).
    versionIds: [...new Set([...versionIds(wb), ...operating.belowIds, ...investment.belowIds])],
    layouts: { operating: operating.layout, investment: investment.layout, economyPlan: economyPlan.layout },
  };
  const findings = [
    ...settingsRead.findings,
    ...listsRead.findings,
    ...operating.findings,
    ...investment.findings,
    ...economyPlan.findings,
  ];
  return { plan, findings };
}
