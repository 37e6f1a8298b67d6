/**
 * What the importer decides about a legacy table as a whole before reading its rows: drift or
 * investering, what each column means, and the unit of each amount column (SPEC §11).
 */
import { AMOUNT_KEYS, COST_YEAR, INVESTMENT_ONLY_KEYS, OTHER_FINANCING, TOTAL } from './columns';
import type { LegacyColumn, LegacyTable } from './header';
import { findTitleUnit, findUnit, resolveColumnUnit, type ColumnUnit } from './units';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';
import type { Unit } from '../model/money';
import type { TableKind } from '../model/plan';
import type { ImportDecisionKind, Note } from './decisions';

const isAmountColumn = (c: LegacyColumn): boolean =>
  c.key !== null && (AMOUNT_KEYS.has(c.key) || c.key.startsWith('year:'));

/** Keys that only a drift table has (Helårsvirkning, Endret drift, Nye midler …). */
const OPERATING_ONLY_KEYS: ReadonlySet<string> = new Set(
  OPERATING_COLUMNS.filter((c) => !INVESTMENT_COLUMNS.some((i) => i.key === c.key)).map((c) => c.key),
);

/**
 * Investment when any column only an investment table has is present ("År", "Lån", "Prosjektnr" …). "Annet"
 * is weaker: a drift table's financing may be typed Endret drift / Annet / Nye midler too, so it makes the
 * table an investment table only when no column only a drift table has stands beside it.
 */
export function decideKind(table: LegacyTable, note: Note): TableKind {
  const has = (keys: ReadonlySet<string>, c: LegacyColumn): boolean => c.key !== null && keys.has(c.key);
  const drift = table.columns.some((c) => has(OPERATING_ONLY_KEYS, c));
  const evidence = table.columns.find((c) => has(INVESTMENT_ONLY_KEYS, c) && (c.key !== OTHER_FINANCING || !drift));
  const kind: TableKind = evidence ? 'investment' : 'operating';
  const first = table.columns[0]?.cell ?? `A${table.headerRow}`;
  note(
    table.sheet,
    evidence?.cell ?? first,
    evidence ? { code: 'kind-investment', params: { column: evidence.text } } : { code: 'kind-operating', params: {} },
  );
  return kind;
}

/**
 * "Samlet kostnad" is Helårsvirkning in a drift table (SPEC §11), unless the table has its own Helårsvirkning
 * column: then it is the period's total, read as Sum periode (a formula in the new workbook), so that it
 * never overwrites the full-year effect, whichever column comes first.
 */
export function settleTotal(table: LegacyTable, kind: TableKind): LegacyTable {
  if (kind !== 'operating' || !table.columns.some((c) => c.key === 'fullYear')) return table;
  const columns = table.columns.map((c) => (c.key === TOTAL ? { ...c, key: 'periodSum' } : c));
  return { ...table, columns };
}

/** What a legacy column maps to, as a decision about the column with header text `column`. */
function mapped(column: string, key: string, kind: TableKind): ImportDecisionKind {
  if (key.startsWith('year:')) return { code: 'column-year', params: { column, year: Number(key.slice(5)) } };
  if (key === COST_YEAR) return { code: 'column-cost-year', params: { column } };
  if (key === OTHER_FINANCING) return { code: 'column-other-financing', params: { column } };
  const columns = kind === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  const target = key === TOTAL ? (kind === 'operating' ? 'fullYear' : 'budget') : key;
  return { code: 'column-mapped', params: { column, header: columns.find((c) => c.key === target)?.header ?? key } };
}

/** Logs what each column maps to; unknown and repeated columns are ignored. */
export function noteColumns(table: LegacyTable, kind: TableKind, note: Note): void {
  const seen = new Set<string>();
  const schema = kind === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  const legacy = new Set([TOTAL, COST_YEAR, OTHER_FINANCING]);
  for (const c of table.columns) {
    const text = c.text.replace(/\s+/g, ' ');
    const fits =
      c.key !== null && (c.key.startsWith('year:') || legacy.has(c.key) || schema.some((s) => s.key === c.key));
    if (!fits || c.key === null) {
      note(table.sheet, c.cell, { code: 'column-unknown', params: { column: text } });
    } else if (seen.has(c.key)) {
      note(table.sheet, c.cell, { code: 'column-repeated', params: { column: text } });
    } else {
      seen.add(c.key);
      note(table.sheet, c.cell, mapped(text, c.key, kind));
    }
  }
  const first = table.columns[0]?.cell ?? 'A1';
  if (kind === 'investment' && !seen.has('purpose')) note(table.sheet, first, { code: 'no-purpose', params: {} });
  if (kind === 'investment' && !seen.has('project')) note(table.sheet, first, { code: 'no-project', params: {} });
}

/** The unit of every amount column (by sheet column number), each logged with where it came from. */
export function resolveUnits(
  table: LegacyTable,
  option: Unit | undefined,
  target: Unit,
  note: Note,
): Map<number, Unit> {
  const stated: Unit[] = [];
  for (const c of table.columns.filter(isAmountColumn)) {
    for (const u of [findUnit(c.text), findUnit(c.group)]) if (u && !stated.includes(u)) stated.push(u);
  }
  const needsTableUnit = table.columns.some((c) => isAmountColumn(c) && !findUnit(c.text) && !findUnit(c.group));
  if (stated.length > 1 && needsTableUnit) {
    const unit = option ?? stated[0] ?? target;
    note(table.sheet, table.columns[0]?.cell ?? 'A1', { code: 'units-mixed', params: { units: stated, unit } });
  }
  // A unit in the title above the table counts only when the header states none (units.ts), and is logged there.
  const title = stated.length === 0 && needsTableUnit && table.title ? findTitleUnit(table.title.text) : null;
  if (title && table.title)
    note(table.sheet, table.title.cell, { code: 'unit-title', params: { title: table.title.text, unit: title } });
  const units = new Map<number, Unit>();
  for (const c of table.columns.filter(isAmountColumn)) {
    const u: ColumnUnit = resolveColumnUnit(findUnit(c.text), findUnit(c.group), stated, option, target, title);
    units.set(c.col, u.unit);
    const params = { column: c.text.replace(/\s+/g, ' '), unit: u.unit, source: u.source };
    note(
      table.sheet,
      c.cell,
      u.unit === target
        ? { code: 'column-unit', params }
        : { code: 'column-unit-converted', params: { ...params, target } },
    );
  }
  return units;
}

/** Header years of all tables (the drift table's year columns), ascending. */
export function headerYears(tables: readonly LegacyTable[]): number[] {
  const years = new Set<number>();
  for (const t of tables) for (const c of t.columns) if (c.key?.startsWith('year:')) years.add(Number(c.key.slice(5)));
  return [...years].sort((a, b) => a - b);
}
