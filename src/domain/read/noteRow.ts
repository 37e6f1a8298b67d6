/**
 * A note typed in the row right under a table («Merknad: tallene er foreløpige» in A13), which Excel's
 * auto-expansion takes into the table (docs/spec.md §8, note-in-table). Read as a measure it was half a dozen
 * errors (section, priority, Tiltak, status … missing) that buried what happened; it is one warning at the note
 * instead, and the row is skipped as an empty row is: no measure or economy plan line, so it counts nowhere.
 *
 * A note is a row with exactly one filled cell (calculated columns aside, as for an empty row) that holds a text
 * which is none of what begins a row of the table: not a number (an amount typed as text), not in the Tiltak
 * column or an amount column, not one word in the ID, Ref, Prosjektnr or Rammeområde column (a code typed first), not a value of a
 * choice column (Kostnadsstatus «Må utredes», Del «Drift»), not an entry of a list column's list (Seksjon
 * «Organisasjon» picked from the drop-down, the first step of typing a measure; review r20). A comment alone in
 * Kommentar, a heading alone in Seksjon that is no section of the list, or a «Sum» alone without amounts, is such a
 * note (a total row has amounts: validate/status.ts).
 */
import { toA1 } from '../model/a1';
import { makeFinding, type Finding } from '../model/finding';
import { parseNorwegianNumber } from '../model/norwegianNumber';
import { cellText } from './sheetCells';
import type { TableRows } from './row';
import type { ColumnSpec, ListKey } from '../model/schema';
import type { Lists } from '../model/plan';

/** The longest note the message quotes in full. */
const QUOTED = 80;

/** Column keys whose text alone begins a row rather than notes something. */
const ROW_BEGUN = new Set(['measure']);
/** Column keys whose one word is an identifier typed first (an ID, a ref, a project number, a frame code). */
const IDENTIFIERS = new Set(['id', 'ref', 'project', 'frame']);

/** The entries of a workbook list, lower case (a frame by its code). */
function entries(lists: Lists, key: ListKey): readonly string[] {
  const values = key === 'frames' ? lists.frames.map((f) => f.code) : lists[key];
  return values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
}

/** Tells the note rows of one table (made once per table, asked of every non-empty body row). */
export class NoteRows {
  private readonly never = new Set<number | undefined>();
  private readonly words = new Set<number | undefined>();
  private readonly choices = new Map<number, readonly string[]>();
  /** Columns whose value may be several entries, split on ';' (Berørte planområder). */
  private readonly multi = new Set<number>();

  constructor(
    private readonly rows: TableRows,
    specs: readonly ColumnSpec[],
    lists?: Lists,
  ) {
    const { columns, yearColumns } = rows.m;
    for (const col of yearColumns.values()) this.never.add(col);
    for (const spec of specs) {
      const col = columns.get(spec.key);
      if (col === undefined) continue;
      if (spec.type === 'amount' || ROW_BEGUN.has(spec.key)) this.never.add(col);
      if (IDENTIFIERS.has(spec.key) || spec.type === 'id') this.words.add(col);
      if (spec.choices)
        this.choices.set(
          col,
          spec.choices.map((c) => c.toLowerCase()),
        );
      if (spec.list && lists) this.choices.set(col, entries(lists, spec.list));
      if (spec.type === 'multiList') this.multi.add(col);
    }
  }

  /** Whether `text` is a value of `col`'s choices or list (each part of it, in a column of several). */
  private isChoice(col: number, text: string): boolean {
    const choices = this.choices.get(col);
    if (!choices) return false;
    // As splitAreas reads the cell: «Oppvekst;» is one area.
    const parts = this.multi.has(col)
      ? text
          .split(/[;\n]/)
          .map((p) => p.trim())
          .filter((p) => p !== '')
      : [text];
    return parts.length > 0 && parts.every((p) => choices.includes(p.toLowerCase()));
  }

  /** note-in-table at the row's note when the row holds only one (docs/spec.md §8), else null. */
  finding(row: number): Finding | null {
    const { rows } = this;
    const col = rows.soleFilledColumn(row);
    if (col === undefined || this.never.has(col)) return null;
    const value = rows.cell(row, col);
    if (typeof value !== 'string') return null;
    const text = value.trim();
    if (parseNorwegianNumber(text) !== null) return null;
    if (this.words.has(col) && !/\s/.test(text)) return null;
    if (this.isChoice(col, text)) return null;
    const { t } = rows;
    const column = cellText(rows.cell(t.headerRow, col)).trim();
    const quoted = text.length > QUOTED ? `${text.slice(0, QUOTED - 1).trimEnd()}…` : text;
    const params = { table: t.tableName ?? t.sheet.sheet, row, column, text: quoted };
    return makeFinding('note-in-table', t.sheet.sheet, toA1(row, col), params);
  }
}
