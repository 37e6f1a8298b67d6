/**
 * What the importer decides about a legacy table as a whole before reading its rows: drift or
 * investering, what each column means, and the unit of each amount column (SPEC §11).
 */
import { AMOUNT_KEYS, COST_YEAR, INVESTMENT_ONLY_KEYS, isExactHeader, OTHER_FINANCING, TOTAL } from './columns';
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

/** Whether a column's key has a place in a table of `kind` (a year, a legacy-only column or a schema column). */
function fits(key: string | null, kind: TableKind): key is string {
  const schema = kind === 'operating' ? OPERATING_COLUMNS : INVESTMENT_COLUMNS;
  const legacy = new Set([TOTAL, COST_YEAR, OTHER_FINANCING]);
  return key !== null && (key.startsWith('year:') || legacy.has(key) || schema.some((s) => s.key === key));
}

/**
 * The column each key is read from: the first whose heading is one of the key's exactly ("Kommentar"), else
 * the first ("Merknad økonomi" before it is a second Kommentar, not the Kommentar).
 */
function keepers(table: LegacyTable, kind: TableKind): Map<string, number> {
  const byKey = new Map<string, LegacyColumn[]>();
  for (const c of table.columns) if (fits(c.key, kind)) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  const kept = new Map<string, number>();
  for (const [key, cols] of byKey) {
    kept.set(key, (cols.find((c) => isExactHeader(c.text, key)) ?? cols[0])?.col ?? 0);
  }
  return kept;
}

/**
 * Logs what each column maps to and returns the table with the columns it reads: an unknown column, one of the
 * other kind of table and a repeat of a column already found lose their key, so that their cells go to the
 * measure's Kommentar (leftover.ts), never over a column read already.
 */
export function settleColumns(table: LegacyTable, kind: TableKind, note: Note): LegacyTable {
  const kept = keepers(table, kind);
  const columns = table.columns.map((c): LegacyColumn => {
    const column = c.text.replace(/\s+/g, ' ');
    if (!fits(c.key, kind)) {
      note(table.sheet, c.cell, { code: 'column-unknown', params: { column } });
      return { ...c, key: null };
    }
    if (kept.get(c.key) !== c.col) {
      note(table.sheet, c.cell, { code: 'column-repeated', params: { column } });
      return { ...c, key: null };
    }
    const numbered = c.key === 'priority' ? 'column-number-priority' : 'column-number-ref';
    note(table.sheet, c.cell, c.numbered ? { code: numbered, params: { column } } : mapped(column, c.key, kind));
    return c;
  });
  const first = table.columns[0]?.cell ?? 'A1';
  if (kind === 'investment' && !kept.has('purpose')) note(table.sheet, first, { code: 'no-purpose', params: {} });
  if (kind === 'investment' && !kept.has('project')) note(table.sheet, first, { code: 'no-project', params: {} });
  return { ...table, columns };
}

/** The unit of every amount column (by sheet column number), each logged with where it came from. */
export function resolveUnits(
  table: LegacyTable,
  option: Unit | undefined,
  target: Unit,
  note: Note,
): Map<number, Unit> {
  const stated: Unit[] = [];
  // «Elsewhere in the same table's header» (SPEC §11): a sum column («Sum periode (mill kr)») or a column with no
  // place («Budsjett (mill kr)») states the table's unit too; the text columns (Tiltak …) are not searched.
  const statesUnit = (c: LegacyColumn): boolean => isAmountColumn(c) || c.key === 'periodSum' || c.key === null;
  for (const c of table.columns.filter(statesUnit)) {
    for (const u of [findUnit(c.text), findUnit(c.group)]) if (u && !stated.includes(u)) stated.push(u);
  }
  const needsTableUnit = table.columns.some((c) => isAmountColumn(c) && !findUnit(c.text) && !findUnit(c.group));
  if (stated.length > 1 && needsTableUnit) {
    const unit = stated[0] ?? target;
    note(table.sheet, table.columns[0]?.cell ?? 'A1', { code: 'units-mixed', params: { units: stated, unit } });
  }
  // A unit in the title above the table counts only when the header states none (units.ts), and is logged there.
  const title = stated.length === 0 && needsTableUnit && table.title ? findTitleUnit(table.title.text) : null;
  if (title && table.title)
    note(table.sheet, table.title.cell, { code: 'unit-title', params: { title: table.title.text, unit: title } });
  // A note beside the title (title.ts) is no measure's: logged, once per table, where the title is read.
  for (const n of table.title?.notes ?? [])
    note(table.sheet, n.cell, { code: 'title-note', params: { title: table.title?.text ?? '', typed: n.typed } });
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
