/**
 * Years a version's table holds no column for (SPEC §8 year-columns, §14): when a table's year headers are not the
 * plan period — Tiltak drift's «2030» typed 2031 — a year of the period without a column reads as empty. Compared
 * as 0, it would report every amount of that year cut (D-001 2 400 → (tom), new money 2030 3 500 → 0). Such a year
 * is left out of the comparison of that table's amounts — measures, economy plan lines and totals alike — and the
 * change set names it with the header cell, so the report says why (as the check's totals show «–»).
 */
import type { YearsNotRead } from '../model/changeSet';
import type { Finding } from '../model/finding';
import { yearsWithoutColumn, type Plan } from '../model/plan';
import type { CommonYear } from './fields';

export type TableOf = YearsNotRead['table'];

const TABLES: readonly TableOf[] = ['operating', 'investment', 'economyPlan'];

/** Of one version, per table whose year headers are not the period, the plan years it has no column for. */
export function yearsNotRead(
  plan: Plan,
  version: YearsNotRead['version'],
  findings: readonly Finding[] = [],
): YearsNotRead[] {
  const out: YearsNotRead[] = [];
  for (const table of TABLES) {
    const layout = plan.layouts[table];
    if (layout === null) continue;
    const years = yearsWithoutColumn(layout, plan.years);
    if (years.length === 0) continue;
    const finding = findings.find((f) => f.code === 'year-columns' && f.sheet === layout.sheet);
    const found = finding?.params.found;
    out.push({
      version,
      table,
      sheet: layout.sheet,
      cell: finding?.cell ?? `${layout.headerRow}`,
      years,
      ...(typeof found === 'string' && found !== '' ? { found } : {}),
    });
  }
  return out;
}

/** The years not read per table in either version: a year unread on one side is compared on neither. */
export type Unread = Readonly<Partial<Record<TableOf, ReadonlySet<number>>>>;

/** Gathers the unread years of both versions per table, so each comparison asks one set which years to skip. */
export function unreadByTable(list: readonly YearsNotRead[]): Unread {
  const out: Partial<Record<TableOf, Set<number>>> = {};
  for (const n of list) for (const y of n.years) (out[n.table] ??= new Set()).add(y);
  return out;
}

/** The common years less those not read in any of `tables` (a measure moved between tables: both). */
export function commonIn(
  years: { readonly common: readonly CommonYear[]; readonly unread?: Unread },
  ...tables: TableOf[]
): readonly CommonYear[] {
  const unread = years.unread;
  if (unread === undefined || tables.every((t) => unread[t] === undefined)) return years.common;
  return years.common.filter((c) => !tables.some((t) => unread[t]?.has(c.year)));
}
