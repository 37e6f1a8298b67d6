/**
 * A table, or a compared column of one, found in one version and not in the other (docs/spec.md §14, the product's
 * choice): SPEC §2 finds a table by its name, then by its sheet, and §4 a column by its header; one not found is
 * `sheet-missing` or `column-missing` (§8), an error of check. Compared as it was read, every measure of that table
 * (every line of the economy plan) would stand as removed — or added, when the older version is the one — or every
 * value of that column as emptied, and the totals would move, a change nobody made: «Tiltak investering» renamed with
 * its table reads as five investments cut, «Nye midler» retyped «Nye midler ØP» as all new money cut. So compare (the
 * command line and the pane) does not compare such a pair, as it does not compare a plan whose settings are not read.
 * When neither version holds the table or column, nothing is invented and they are compared.
 *
 * The economy plan table is another matter (docs/spec.md §14, as built): the measures and every total compare without
 * it, so a version without it (or without one of its compared columns) that the other holds is compared all the same,
 * with its lines left out — none listed as added, removed or changed — and the report says which version lacks what
 * (economyPlanNotFound). Refusing would make a plan without an economy plan sheet comparable with itself and with
 * another such plan but not with the adopted one.
 */
import type { Finding } from '../model/finding';
import type { Plan } from '../model/plan';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, TABLES, type ColumnSpec } from '../model/schema';
import { comparedColumns } from './fields';

type Table = keyof Plan['layouts'];

/** The compared tables: their names, and the columns a comparison reads of each (the ID too: it pairs measures). */
const TABLE_OF: Readonly<Record<string, Table>> = {
  [TABLES.operating]: 'operating',
  [TABLES.investment]: 'investment',
  [TABLES.economyPlan]: 'economyPlan',
};
const read = (columns: readonly ColumnSpec[]): readonly ColumnSpec[] => [
  ...columns.filter((c) => c.key === 'id'),
  ...comparedColumns(columns),
];
const COLUMNS: Readonly<Record<Table, readonly ColumnSpec[]>> = {
  operating: read(OPERATING_TABLE.columns),
  investment: read(INVESTMENT_TABLE.columns),
  economyPlan: read(ECONOMY_PLAN_COLUMNS),
};

/** Whether a `column-missing` finding of `plan` is of a compared column of one of `tables` that `other` holds. */
function columnNotFound(f: Finding, plan: Plan, other: Plan, tables: readonly Table[]): boolean {
  return tables.some((table) => {
    const spec = COLUMNS[table].find((c) => c.header === f.params.column);
    const column = spec && other.layouts[table]?.columns[spec.key];
    return plan.layouts[table]?.sheet === f.sheet && column !== undefined;
  });
}

/** Of `findings`, the not-found findings of `tables` against `other` (see notFoundAgainst). */
function notFoundIn(findings: readonly Finding[], plan: Plan, other: Plan, tables: readonly Table[]): Finding[] {
  return findings.filter((f) => {
    if (f.code === 'column-missing') return columnNotFound(f, plan, other, tables);
    if (f.code !== 'sheet-missing') return false;
    const table = TABLE_OF[String(f.params.table)];
    return table !== undefined && tables.includes(table) && other.layouts[table] !== null;
  });
}

/**
 * Of a version's reader findings, the `sheet-missing` of a measure table and the `column-missing` of a compared
 * column of one that the `other` version's plan holds: the pair is not compared.
 */
export const notFoundAgainst = (findings: readonly Finding[], plan: Plan, other: Plan): Finding[] =>
  notFoundIn(findings, plan, other, ['operating', 'investment']);

/**
 * The same for the economy plan table: the `sheet-missing` of it and the `column-missing` of a compared column of it
 * that the `other` version holds. The pair is compared, its economy plan lines are not.
 */
export const economyPlanNotFound = (findings: readonly Finding[], plan: Plan, other: Plan): Finding[] =>
  notFoundIn(findings, plan, other, ['economyPlan']);
