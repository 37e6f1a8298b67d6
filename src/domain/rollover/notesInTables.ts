/**
 * Notes Excel took into a measure or economy plan table (docs/spec.md §8, note-in-table): the reader skips such a
 * row, so the roll, which rebuilds the tables from the rows it read, would drop the note without a word, while a
 * user's cell is never deleted (SPEC §11). The roll keeps each: in the old table on the archive (the row after the
 * table's rows, in the column of the same header, where a version's reader again takes it for a note), and in the
 * rolled workbook where note-in-table advises, below the rolled table with one empty row between, in its column —
 * unless a cell of the user's (or a table the roll writes) stands there: then on the archive only. The roll names
 * each note and where it now stands.
 */
import { parseA1, toA1 } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import type { Finding } from '../model/finding';
import type { Plan, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { TABLES } from '../model/schema';
import { findSheet } from '../read/locateTable';
import { cellAt, cellText, type Bounds } from '../read/sheetCells';
import { isOccupied } from '../sheets/userCells';
import type { VersionLayout } from '../sheets/version';
import { plannedTables } from './placed';
import { sameName } from '../model/names';

/** A note of a table the roll kept: where it stood, and where it now stands (`to`) or what was in the way. */
export interface NoteKept {
  /** Its text, whole. */
  readonly text: string;
  /** The product's name of its table (tblTiltakDrift …). */
  readonly table: string;
  readonly sheet: string;
  /** Where it stood, in the old table (A1). */
  readonly from: string;
  /** Where it stands in the rolled workbook (A1), or null when `inWay` held that cell. */
  readonly to: string | null;
  /** The cell of the user's (A1) below the rolled table that kept the note out, when `to` is null. */
  readonly inWay?: string;
}

type Key = 'operating' | 'investment' | 'economyPlan';
const KEYS: readonly Key[] = ['operating', 'investment', 'economyPlan'];
const NAMES: Record<Key, string> = {
  operating: TABLES.operating,
  investment: TABLES.investment,
  economyPlan: TABLES.economyPlan,
};

interface Found {
  readonly key: Key;
  readonly layout: TableLayout;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly header: string;
}

const inside = (b: Bounds, row: number, col: number): boolean =>
  row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;

/** The notes the reader found in the three tables (note-in-table), in the order found, with their whole text. */
function foundNotes(wb: WorkbookSnapshot, plan: Plan, findings: readonly Finding[]): Found[] {
  return findings.flatMap((f): Found[] => {
    const at = f.code === 'note-in-table' ? parseA1(f.cell) : null;
    const key = KEYS.find((k) => {
      const l = plan.layouts[k];
      return l && sameName(l.sheet, f.sheet) && at && at.row > l.headerRow && at.row <= l.lastDataRow;
    });
    const layout = key && plan.layouts[key];
    const sheet = findSheet(wb, f.sheet);
    if (!at || !key || !layout || !sheet) return [];
    const text = cellText(cellAt(sheet, at.row, at.col));
    return [{ key, layout, sheet: f.sheet, row: at.row, col: at.col, text, header: String(f.params['column']) }];
  });
}

/** Each table's block on the sheet as it stood (header to last row, its columns), which the roll empties. */
function oldBlock(l: TableLayout): Bounds {
  const cols = l.headers.map((h) => parseA1(`${h.column}1`)?.col ?? 1);
  return { top: l.headerRow, left: Math.min(...cols), bottom: l.lastDataRow, right: Math.max(...cols) };
}

/** Whether a setCells of the roll writes the cell. */
function written(edits: readonly Edit[], sheet: string, row: number, col: number): boolean {
  return edits.some((e) => {
    if (e.kind !== 'setCells' || !sameName(e.sheet, sheet)) return false;
    const o = parseA1(e.origin);
    const width = Math.max(1, ...e.values.map((r) => r.length));
    const box = {
      top: o?.row ?? 0,
      left: o?.col ?? 0,
      bottom: (o?.row ?? 0) + e.values.length - 1,
      right: (o?.col ?? 0) + width - 1,
    };
    return !!o && inside(box, row, col);
  });
}

/**
 * The notes of the three tables kept by the roll: `edits` (the rolled workbook's, into the source or a new one)
 * with a setCells per note below its rolled table, and each note and where it stands. In a roll into the source a
 * cell of the user's outside the emptied tables keeps a note out; in a new workbook only the roll's own cells do.
 */
export function keptNotes(
  wb: WorkbookSnapshot,
  plan: Plan,
  findings: readonly Finding[],
  edits: readonly Edit[],
  into: 'new' | 'source',
): { edits: Edit[]; notes: NoteKept[] } {
  const found = foundNotes(wb, plan, findings);
  if (found.length === 0) return { edits: [...edits], notes: [] };
  const tables = plannedTables(edits);
  const emptied = KEYS.flatMap((k) => plan.layouts[k] ?? []).map((l) => ({ sheet: l.sheet, box: oldBlock(l) }));
  const added: Edit[] = [];
  const used = new Set<string>();
  const notes = found.map((n): NoteKept => {
    const own = [NAMES[n.key], n.layout.tableName ?? ''].map((s) => s.toLowerCase());
    const table = tables.find((t) => own.includes(t.name.toLowerCase()));
    const base = { text: n.text, table: NAMES[n.key], sheet: n.sheet, from: toA1(n.row, n.col) };
    if (!table) return { ...base, to: null };
    let row = table.box.bottom + 2;
    while (used.has(`${table.sheet}!${toA1(row, n.col)}`.toLowerCase())) row++;
    const cell = toA1(row, n.col);
    const old = into === 'source' ? findSheet(wb, table.sheet) : undefined;
    const hers =
      !!old &&
      isOccupied(old, row, n.col) &&
      !emptied.some((b) => sameName(b.sheet, table.sheet) && inside(b.box, row, n.col));
    const taken = tables.some(
      (t) => sameName(t.sheet, table.sheet) && inside({ ...t.box, bottom: t.box.bottom + 1 }, row, n.col),
    );
    if (hers || taken || written(edits, table.sheet, row, n.col)) return { ...base, to: null, inWay: cell };
    used.add(`${table.sheet}!${cell}`.toLowerCase());
    added.push({ kind: 'setCells', sheet: table.sheet, origin: cell, values: [[n.text]] });
    return { ...base, sheet: table.sheet, to: cell };
  });
  return { edits: [...edits, ...added], notes };
}

/** The archive's cells with each note in the old table, the row after its rows, in the column of its header. */
export function archiveWithNotes(
  archive: VersionLayout,
  plan: Plan,
  findings: readonly Finding[],
  wb: WorkbookSnapshot,
): VersionLayout {
  const found = foundNotes(wb, plan, findings);
  if (found.length === 0) return archive;
  const rows = archive.rows.map((r) => [...r]);
  const headerRows = [...archive.headerRows];
  let formats = [...(archive.numberFormats ?? [])];
  // The tables' header rows on the archive: after the settings header (headerRows[0]), drift, investering, økonomiplan.
  KEYS.forEach((key, k) => {
    const notes = found.filter((n) => n.key === key);
    const header = headerRows[k + 1];
    if (notes.length === 0 || header === undefined) return;
    const headers = (rows[header - 1] ?? []).map((h) => (typeof h === 'string' ? h : '').trim().toLowerCase());
    const at = header + plan[key].length;
    const width = rows[0]?.length ?? 1;
    const added = notes.map((n) => {
      const row = Array<CellInput>(width).fill(null);
      const col = headers.indexOf(n.header.trim().toLowerCase());
      row[col < 0 ? 0 : col] = n.text;
      return row;
    });
    rows.splice(at, 0, ...added);
    for (let i = k + 2; i < headerRows.length; i++) headerRows[i] = (headerRows[i] ?? 0) + added.length;
    formats = formats.map((f) => {
      const p = parseA1(f.cell);
      return p && p.row > at ? { ...f, cell: toA1(p.row + added.length, p.col) } : f;
    });
  });
  return { rows, headerRows, ...(formats.length > 0 ? { numberFormats: formats } : {}) };
}
