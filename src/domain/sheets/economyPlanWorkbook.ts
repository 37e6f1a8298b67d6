/**
 * An economy plan workbook (SPEC §15): finance's own workbook for consolidation, holding just Innstillinger
 * (the settings and the frame list) and the economy plan table with its column Plan. It has no measure
 * tables: any workbook with tblOkonomiplan can serve as the economy plan.
 */
import { planYears } from '../read/plan';
import { listPlacements, listRows, listTableEdits, settingsTableEdits } from './settingsEdits';
import { planTableEdits } from './tableEdits';
import { ECONOMY_PLAN_COLUMNS, SHEETS, TABLES } from '../model/schema';
import type { PlanContent } from '../model/content';
import type { Edit } from '../model/edits';

/** The economy plan workbook of `content` (its settings, frames and economy plan lines) as edits. */
export function planEconomyPlanWorkbook(content: PlanContent): Edit[] {
  const { settings } = content;
  const frames = listPlacements().find((p) => p.spec.key === 'frames');
  return [
    { kind: 'ensureSheet', sheet: SHEETS.settings },
    { kind: 'ensureSheet', sheet: SHEETS.economyPlan },
    ...settingsTableEdits(settings),
    ...(frames ? listTableEdits(frames, listRows(content.lists, frames.spec)) : []),
    { kind: 'freezeRows', sheet: SHEETS.settings, rows: 1 },
    ...planTableEdits({
      sheet: SHEETS.economyPlan,
      table: TABLES.economyPlan,
      specs: ECONOMY_PLAN_COLUMNS,
      years: planYears(settings.startYear, settings.yearCount),
      rows: content.economyPlan,
      unit: settings.unit,
    }),
  ];
}
