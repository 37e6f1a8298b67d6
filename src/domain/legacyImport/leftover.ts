/**
 * Cells of a column the importer has no place for (SPEC §11, import decisions): an unknown heading ("Budsjett
 * 2027", "ØP 2028"), a column of the other kind of table, or a repeat of a column already found. Nothing is
 * lost: each filled cell of a measure row goes to the measure's Kommentar as "<header>: <value>", as typed (not
 * converted: the column's meaning and unit are the user's to judge; a logical value as her Excel shows it, a formula
 * saved without its result as its formula: textValue.ts), and the log names the cell. A column
 * with no heading at all, inside the table's width or beside it, is named by its letter ("Kolonne C: …").
 */
import { columnLetter, toA1 } from '../model/a1';
import type { CellValue } from '../model/snapshot';
import type { LegacyRowContext } from './context';
import { gridText } from './grid';
import type { LegacyColumn } from './header';
import { shownText, typedValue } from './textValue';

/** The heading a Kommentar note names: the column's text, after its group when it has one (a unit may stand there). */
export const leftoverHeader = (c: LegacyColumn): string =>
  (c.group ? `${c.group} – ${c.text}` : c.text).replace(/\s+/g, ' ').trim();

/**
 * The value of a column's cell on `row`: its own, or a text merged down over it (every covered row's, logged as
 * merged text is). A number merged down counts once, on the merge's first row, as merged money does.
 */
function leftoverValue(ctx: LegacyRowContext, row: number, col: number): string | number | null {
  const own = ctx.grid.raw(row, col);
  const m = gridText(own) === '' ? ctx.grid.mergeAt(row, col) : null;
  const value: CellValue = m && m.top < row && m.left === col ? ctx.grid.raw(m.top, m.left) : own;
  if (gridText(value) === '') return null;
  const range = m ? `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}` : '';
  if (value !== own && typeof value === 'number') {
    ctx.note(toA1(row, col), { code: 'merged-amount', params: { number: value, range, row: m?.top ?? row } });
    return null;
  }
  if (value !== own) ctx.note(toA1(row, col), { code: 'merged-cell', params: { value: shownText(ctx, value), range } });
  const typed = value !== own && m ? typedValue(ctx, value, m.top, m.left) : typedValue(ctx, value, row, col);
  return typed === '' ? null : typed;
}

/**
 * The Kommentar notes of a measure row's cells in columns with no place, and in columns with no heading (a cell
 * merged across from a column to its left is that column's), in column order, each logged: between the table's
 * headings, and beside them as far as the table reaches (a note typed right of the last heading, a mark left of
 * the first, up to a table beside it). `beside`: only those beside the headings (a line joined to the measure above,
 * whose cells under the headings are its wrapped text or a value merged down from that measure's row).
 */
export function leftoverNotes(ctx: LegacyRowContext, row: number, beside = false): string[] {
  const notes: string[] = [];
  for (let col = ctx.table.reach.left; col <= ctx.table.reach.right; col++) {
    if (beside && col >= ctx.table.left && col <= ctx.table.right) continue;
    const c = ctx.table.columns.find((k) => k.col === col);
    if (c && c.key !== null) continue;
    const typed = leftoverValue(ctx, row, col);
    if (typed === null) continue;
    if (c) {
      const column = leftoverHeader(c);
      ctx.note(toA1(row, col), { code: 'column-unplaced-cell', params: { column, typed } });
      notes.push(ctx.commentNote({ code: 'column-unplaced', column, typed }));
    } else {
      const column = columnLetter(col);
      ctx.note(toA1(row, col), { code: 'column-unlabelled-cell', params: { column, typed } });
      notes.push(ctx.commentNote({ code: 'column-unlabelled', column, typed }));
    }
  }
  return notes;
}
