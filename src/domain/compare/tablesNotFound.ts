/**
 * A table of the plan found in one version and not in the other (docs/spec.md §14, the product's choice): SPEC §2
 * finds a table by its name, then by its sheet, and one found by neither is `sheet-missing` (§8), an error of check.
 * Compared as it was read, every measure of that table (every line of the economy plan) would stand as removed — or
 * added, when the older version is the one — and its totals would move to 0, a change nobody made: «Tiltak
 * investering» and its table renamed in Excel reads as five investments cut. So compare (the command line and the
 * pane) does not compare such a pair, as it does not compare a plan whose settings are not read. When neither version
 * holds the table, nothing is invented and they are compared.
 */
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { TABLES } from '../model/schema';

/** The compared tables by name, and where a plan says whether it found each. */
const LAYOUT: Readonly<Record<string, keyof Plan['layouts']>> = {
  [TABLES.operating]: 'operating',
  [TABLES.investment]: 'investment',
  [TABLES.economyPlan]: 'economyPlan',
};

/** Of a version's reader findings, the `sheet-missing` of a compared table that the `other` version's plan holds. */
export function tablesNotFound(findings: readonly Finding[], other: Plan): Finding[] {
  return findings.filter((f) => {
    if (f.code !== 'sheet-missing') return false;
    const layout = LAYOUT[String(f.params.table)];
    return layout !== undefined && other.layouts[layout] !== null;
  });
}
