/**
 * Which Toleranse a consolidation judges by (docs/spec.md §15): the economy plan workbook's, for every plan's
 * items, every frame and every unclaimed line. It is the plan reconciled against, and finance keeps it; one
 * yardstick makes the plans' items comparable and is the only one a frame across plans can have; and a plan
 * cannot widen the check of its own lines by raising its own Toleranse. A compared plan whose own Toleranse
 * differs (in kroner, so 0,001 mill kr and 1 thousand agree) gets a `tolerance-differs` warning saying
 * which one was used, since its own check may class the same difference otherwise.
 */
import { kr } from '../model/money';
import type { ConsolidationItem } from '../model/consolidation';
import type { Kr, Unit } from '../model/money';
import type { Plan, Settings, TableLayout } from '../model/plan';

/** The one tolerance of a consolidation: the economy plan workbook's. */
export function consolidationTolerance(economy: { readonly settings: Settings }): Kr {
  return economy.settings.tolerance;
}

/**
 * The plan as the consolidation reconciles it: against `lines`, under the consolidation's tolerance. Its own
 * economy plan table is not reconciled, so its year headers (yearsRead) hold back none of the items; the economy
 * plan workbook's table (`economyLayout`) is, so its year headers hold them back as the plan's own would.
 */
export function asConsolidated(
  plan: Plan,
  lines: Plan['economyPlan'],
  tolerance: Kr,
  economyLayout: TableLayout | null = null,
): Plan {
  const layouts = { ...plan.layouts, economyPlan: economyLayout };
  return { ...plan, settings: { ...plan.settings, tolerance }, economyPlan: lines, layouts };
}

/** A workbook's Toleranse, its Beløpsenhet and the "Sheet!A1" of its Verdi cell (none without a settings table). */
export interface ToleranceAt {
  readonly tolerance: Kr;
  readonly unit: Unit;
  readonly cell?: string | undefined;
}

/**
 * `tolerance-differs` for a compared plan whose own Toleranse is not the one used, else null. Tiltaksplan is
 * the plan's Toleranse, Økonomiplan the one used (the economy plan's), Avvik their difference; `unit` the plan's
 * Beløpsenhet when it is not the economy plan's (`usedUnit`): she types her Toleranse in it (SPEC §3). `cell` is
 * where each is typed (settingAddress), when its workbook has a settings table: `cells.measures` the plan's (in its
 * file, the item's ref), `cells.economyPlan` the economy plan's (in that workbook), so that she finds both.
 */
export function toleranceItem(
  file: string,
  plan: string,
  own: ToleranceAt,
  used: ToleranceAt,
): ConsolidationItem | null {
  if (own.tolerance === used.tolerance) return null;
  return {
    code: 'tolerance-differs',
    class: 'mismatch',
    severity: 'warning',
    ref: file,
    plan,
    measures: own.tolerance,
    economyPlan: used.tolerance,
    difference: kr(own.tolerance - used.tolerance),
    ...(own.unit === used.unit ? {} : { unit: own.unit }),
    cells: {
      ...(own.cell === undefined ? {} : { measures: own.cell }),
      ...(used.cell === undefined ? {} : { economyPlan: used.cell }),
    },
  };
}
