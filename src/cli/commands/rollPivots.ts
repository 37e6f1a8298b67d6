/**
 * The pivot tables a roll into the user's workbook leaves showing the old period (SPEC §11): a pivot cache keeps
 * the rows it was last refreshed with, so a pivot table built on a table the roll wrote anew, or on cells it
 * emptied (Sammendrag and Avstemming, written anew for the new period, too), shows the figures from before the
 * roll until the user refreshes it. The roll never touches a pivot part: it names each such pivot table and says
 * to refresh it (not one whose cache Excel refreshes on opening, unless it is built on the year that left).
 * A cache built on a defined name ('Tiltak drift'!$A$1:$U$12, whole columns 'Tiltak drift'!$A:$U, or the table
 * tblTiltakDrift[#All]) is taken as built on the cells, or the table, the name refers to.
 * A cache built on some columns of a rolled table (tblTiltakDrift[[#All],[ID]:[Tiltak]]) is named when a refresh
 * would read other cells than it holds (the domain's tableColumnsRolled: a year that left, figures the roll
 * changes, a finished measure's row), not when every cell of those columns stays as it was; so is one built on
 * cells inside a rolled table ('Tiltak drift'!A1:E200: the domain's cellsRolled, the same judgement by address).
 * One built on the year that left (tblTiltakDrift[[#All],[2027]]) cannot be refreshed: its line says to give it a
 * new data source instead, even when Excel refreshes its cache on opening: that refresh fails.
 */
import {
  columnNumber,
  parseRange,
  parseTableColumns,
  sameName,
  type Edit,
  type Lang,
  type TableColumns,
} from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import type { PivotSource } from '../../workbook/xlsx';

type Box = NonNullable<ReturnType<typeof parseRange>>;

const overlaps = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** A block of cells (`A1:U12`), or whole columns (`A:U`, every row); null for anything else. */
function boxOf(ref: string): Box | null {
  const cols = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(ref.trim());
  if (!cols) return parseRange(ref);
  const [left, right] = [columnNumber(cols[1] ?? ''), columnNumber(cols[2] ?? '')];
  return left > 0 && right > 0 ? { top: 1, left, bottom: 1_048_576, right } : null;
}

/**
 * A reference to a whole table: `tblX`, `tblX[]` (no column: the data, as `tblX`), `tblX[#All]`, `tblX[#Data]`,
 * `tblX[[#Headers],[#Data]]`; the table's name.
 */
const SPECIAL = String.raw`#(?:All|Data|Headers|Totals)`;
const TABLE_REF = new RegExp(
  String.raw`^\s*([\p{L}_\\][\p{L}\p{N}_.\\]*)(?:\[\s*(?:${SPECIAL}|\[${SPECIAL}\](?:\s*,\s*\[${SPECIAL}\])*)?\s*\])?\s*$`,
  'iu',
);

/** The table a reference to a whole table names (tblX[#All] → tblX); the reference itself when it is none. */
const tableOf = (ref: string): string => TABLE_REF.exec(ref)?.[1] ?? ref;

/** A pivot table built on the defined name of a block of cells (or a table), as built on those; else as it is. */
function onNamedCells(p: PivotSource, names: readonly { name: string; ref: string }[]): PivotSource {
  const name = p.table === undefined ? undefined : names.find((n) => sameName(n.name, p.table ?? ''));
  if (!name) return p;
  const { pivot, sheet, refreshOnLoad } = p;
  const table = TABLE_REF.exec(name.ref.trim());
  if (table) return { pivot, sheet, table: table[1] ?? '', refreshOnLoad };
  if (parseTableColumns(name.ref)) return { pivot, sheet, table: name.ref.trim(), refreshOnLoad };
  const cell = '\\$?[A-Z]+(?:\\$?\\d+)?';
  const m = new RegExp(`^(?:'((?:[^']|'')+)'|([^'!]+))!(${cell}(?::${cell})?)$`, 'i').exec(name.ref.trim());
  if (!m) return p;
  const sourceSheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return { pivot, sheet, sourceSheet, ref: (m[3] ?? '').replace(/\$/g, ''), refreshOnLoad };
}

/**
 * Whether the roll changed what some columns of a table, or a block of cells of a sheet, read (null: cannot tell);
 * `gone`: the column of such columns the table no longer has (the year that left), which no refresh finds.
 */
export interface Rolled {
  readonly columns: (columns: TableColumns) => boolean | null;
  readonly cells: (sheet: string, box: Box) => boolean | null;
  readonly gone: (columns: TableColumns) => string | null;
}

/** A pivot table to name; `gone`: a column of its source the rolled table no longer has. */
export type StalePivot = PivotSource & { readonly gone?: string };

/**
 * The pivot tables built on a table `edits` make anew or on cells they empty (to write them anew), directly or
 * through one of the workbook's `names`; on some columns of such a table, or on cells inside it, when `rolled` says
 * the roll changed what they read (null: it cannot tell, and the pivot table is named).
 */
export function stalePivots(
  sources: readonly PivotSource[],
  edits: readonly Edit[],
  names: readonly { name: string; ref: string }[] = [],
  rolled: Rolled = { columns: () => null, cells: () => null, gone: () => null },
): StalePivot[] {
  const pivots = sources.map((p) => onNamedCells(p, names));
  const tables = edits.flatMap((e) => (e.kind === 'deleteOwnedTable' ? [e.name] : []));
  const blocks = edits.flatMap((e) => {
    const box = e.kind === 'clearOwnedRange' ? boxOf(e.range) : null;
    return box && e.kind === 'clearOwnedRange' ? [{ sheet: e.sheet, box }] : [];
  });
  const stale = pivots.filter((p) => {
    if (p.table !== undefined) {
      const columns = parseTableColumns(p.table);
      if (columns) return tables.some((t) => sameName(t, columns.table)) && (rolled.columns(columns) ?? true);
      const table = tableOf(p.table);
      return tables.some((t) => sameName(t, table));
    }
    const [sheet, ref] = [p.sourceSheet ?? '', boxOf(p.ref ?? '')];
    return (
      ref !== null &&
      blocks.some((b) => sameName(b.sheet, sheet) && overlaps(b.box, ref)) &&
      (rolled.cells(sheet, ref) ?? true)
    );
  });
  // One whose cache Excel refreshes on opening needs no line, unless that refresh cannot find its column.
  return stale.flatMap((p) => {
    const columns = p.table === undefined ? null : parseTableColumns(p.table);
    const gone = columns ? rolled.gone(columns) : null;
    if (gone === null) return p.refreshOnLoad ? [] : [p];
    return [{ ...p, gone }];
  });
}

/** One line per pivot table to refresh (or, when a column of its source is gone, to give a new source), in `lang`. */
export function stalePivotLines(pivots: readonly StalePivot[], lang: Lang): string[] {
  const onTable = (table: string): string => {
    const c = parseTableColumns(table);
    if (!c) return cliText('pivotOnTable', lang, { table: tableOf(table) });
    if (sameName(c.first, c.last)) return cliText('pivotOnColumn', lang, { column: c.first, table: c.table });
    return cliText('pivotOnColumns', lang, { first: c.first, last: c.last, table: c.table });
  };
  return pivots.map((p) => {
    const source =
      p.table !== undefined
        ? onTable(p.table)
        : cliText('pivotOnCells', lang, { sheet: p.sourceSheet ?? '', range: p.ref ?? '' });
    const at = { pivot: p.pivot, sheet: p.sheet, source };
    return p.gone === undefined
      ? cliText('rollPivot', lang, at)
      : cliText('rollPivotGone', lang, { ...at, column: p.gone });
  });
}
