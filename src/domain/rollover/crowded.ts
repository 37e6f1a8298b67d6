/**
 * Rolled tables that would overlap where they stood (placed.ts): the roll writes each table where the user's stood,
 * but a table can grow in the roll — a settings table gets the setting row it lacked, a measure table a product
 * column it lacked — into another table placed right against it, or over the empty rows of a table of the user's
 * beside it. No cell of hers is in the way (intoSource.ts names those), yet Excel repairs a file with two tables on
 * one cell by dropping one: the roll refuses and names both tables and the first cell they share (SPEC §11).
 */
import { toA1, parseRange } from '../model/a1';
import type { Edit } from '../model/edits';
import type { TableInfo } from '../model/snapshot';
import type { Bounds } from '../read/sheetCells';
import { plannedTables, type Planned } from './placed';
import { sameName } from '../model/names';

/** Two rolled tables that would overlap on their sheet, at the first cell they share: the roll writes nothing. */
export interface TablesMeet {
  readonly sheet: string;
  readonly cell: string;
  /** The product's name of the rolled table. */
  readonly table: string;
  /** The other's: a rolled table's product name, or the name of a table of the user's. */
  readonly other: string;
}

/** The first cell two blocks share, or null when they keep apart. */
function firstShared(a: Bounds, b: Bounds): string | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const apart = top > Math.min(a.bottom, b.bottom) || left > Math.min(a.right, b.right);
  return apart ? null : toA1(top, left);
}

/**
 * The rolled tables of `edits` (whereTheyStood's) that would overlap another rolled table, or one of `theirs` (the
 * user's own Excel tables, which the roll does not touch): a table that grows in the roll (a settings table gets the
 * setting row it lacked, a measure table a column it lacked) into one placed right against it, or over the empty
 * rows of hers beside it. Excel repairs such a file by dropping a table, so the roll refuses and names both (SPEC
 * §11).
 */
export function tablesMeeting(edits: readonly Edit[], theirs: readonly TableInfo[] = []): TablesMeet[] {
  const made = plannedTables(edits);
  const hers = theirs.flatMap((t): Planned[] => {
    const box = parseRange(t.ref);
    return box ? [{ name: t.name, sheet: t.sheet, box: { ...box, bottom: box.bottom + (t.totalsRow ? 1 : 0) } }] : [];
  });
  return made.flatMap((a, i) =>
    [...made.slice(i + 1), ...hers].flatMap((b): TablesMeet[] => {
      const cell = sameName(a.sheet, b.sheet) ? firstShared(a.box, b.box) : null;
      return cell ? [{ sheet: a.sheet, cell, table: a.name, other: b.name }] : [];
    }),
  );
}
