/**
 * Rows of a legacy table that are no measure, and what is typed on them (SPEC §11, import decisions: "Notes on
 * rows that are no measure"): a spare line of "----" or 0, a row of notes with no Tiltak, priority or amount, and
 * the notes beside a section, total, footnote or empty row. No such row becomes a measure and nothing on it is lost
 * without a word: a row of notes right under a measure goes to that measure's Kommentar, any other note is logged
 * at its cell, for the user to move.
 */
import { columnLetter, toA1 } from '../model/a1';
import { isUncalculated, type CellValue } from '../model/snapshot';
import { classifyAmount, isRemark } from './cells';
import { AMOUNT_KEYS, COST_YEAR } from './columns';
import type { LegacyRowContext } from './context';
import { gridText, isEmptyRow } from './grid';
import { footnoteRow } from './footnotes';
import { judgeTotalRow, type RowsAbove } from './totalRows';
import { isTotalLabel } from '../measures/totalLabel';
import type { LegacyColumn } from './header';
import { leftoverHeader } from './leftover';
import { shownText, typedValue } from './textValue';

/** Whether a column holds amounts: a year, Samlet kostnad, a financing column, År. */
export const isLegacyAmountColumn = (c: LegacyColumn): boolean =>
  c.key !== null && (AMOUNT_KEYS.has(c.key) || c.key === COST_YEAR || c.key.startsWith('year:'));

/**
 * A row holding nothing but "----" or 0 (a spare line of the Word table): no text, priority, ID or Ref., and
 * no Tiltak merged down over it. It says nothing of any measure. A note in its Kommentar or in a column with no
 * place does not make it a measure: isSkipped logs it.
 */
export function isPlaceholderRow(ctx: LegacyRowContext, cols: Map<string, LegacyColumn>, row: number): boolean {
  const measure = cols.get('measure');
  if (measure && gridText(ctx.grid.filled(row, measure.col)) !== '') return false;
  const placed = new Set([...cols].flatMap(([key, c]) => (key === 'comment' ? [] : [c.col])));
  let spare = false;
  for (let c = ctx.table.left; c <= ctx.table.right; c++) {
    const value = ctx.grid.raw(row, c);
    if (gridText(value) === '') continue;
    const a = classifyAmount(value);
    if (a.kind === 'placeholder' || (a.kind === 'number' && a.value === 0)) spare = true;
    else if (placed.has(c)) return false;
  }
  return spare;
}

/** An amount cell's own value that says something of a measure's money: a number, "----" or a formula. */
const isMoney = (v: CellValue): boolean => !['empty', 'text', 'status'].includes(classifyAmount(v).kind);

/**
 * A row of notes only: a text in some cell, but no priority, ID or Ref., no Tiltak (its own or merged down over
 * it) and no money in an amount column (a "Må utredes" alone there is a note). A Word table's cell that spilled
 * onto the next row, or a remark typed under a measure: not a measure of its own. A row whose only text is its
 * Kommentar is one under a Tiltak merged down over it too: the rest of a measure written over two rows.
 */
export function isNoteRow(ctx: LegacyRowContext, cols: Map<string, LegacyColumn>, row: number): boolean {
  const measure = cols.get('measure');
  const comment = cols.get('comment')?.col;
  const own = (c: number): boolean => gridText(ctx.grid.raw(row, c)) !== '';
  const texts: number[] = [];
  for (let c = ctx.table.reach.left; c <= ctx.table.reach.right; c++) if (own(c)) texts.push(c);
  const commentOnly = texts.length === 1 && texts[0] === comment;
  // A remark typed in the Tiltak, Prioritet, ID or Ref. column («Merk: …», «NB! …») names no measure.
  const remark = (c: number): boolean =>
    typeof ctx.grid.raw(row, c) === 'string' && isRemark(gridText(ctx.grid.raw(row, c)));
  const measureText = measure ? gridText(ctx.grid.filled(row, measure.col)) : '';
  if (measure && !commentOnly && measureText !== '' && !remark(measure.col)) return false;
  for (const key of ['priority', 'id', 'ref']) {
    const col = cols.get(key);
    if (col && own(col.col) && !remark(col.col)) return false;
  }
  for (const c of ctx.table.columns) if (isLegacyAmountColumn(c) && isMoney(ctx.grid.raw(row, c.col))) return false;
  return texts.length > 0;
}

/**
 * Logs each filled cell of a row that is no measure (a section, total, placeholder, footnote or empty row) that
 * `used` does not account for, across the columns the table reaches: it belongs to no measure (`row-note`). A
 * value merged down from the row is a group's (logged where it fills measure rows) and is left out.
 */
export function noteStrayCells(ctx: LegacyRowContext, row: number, used: (col: number, text: string) => boolean): void {
  for (let col = ctx.table.reach.left; col <= ctx.table.reach.right; col++) {
    const value = ctx.grid.raw(row, col);
    const text = gridText(value);
    const m = ctx.grid.mergeAt(row, col);
    if (text === '' || used(col, text) || (m !== null && m.bottom > m.top)) continue;
    ctx.note(toA1(row, col), { code: 'row-note', params: { row, typed: typedValue(ctx, value, row, col) } });
  }
}

/**
 * The Kommentar notes of a row of notes right under the measure on row `measureRow`, in column order, each logged:
 * a Kommentar cell's text as typed, any other cell as "<header>: <value>" ("Kolonne G: …" without a heading).
 */
export function notesForMeasure(ctx: LegacyRowContext, row: number, measureRow: number): string[] {
  const notes: string[] = [];
  for (let col = ctx.table.reach.left; col <= ctx.table.reach.right; col++) {
    const value = ctx.grid.raw(row, col);
    if (gridText(value) === '') continue;
    const c = ctx.table.columns.find((k) => k.col === col);
    const column = c ? leftoverHeader(c) : columnLetter(col);
    // A Kommentar formula saved without its result adds nothing, as in the measure's own Kommentar (rows.ts textCell).
    if (c?.key === 'comment' && isUncalculated(value)) {
      ctx.note(toA1(row, col), { code: 'text-formula-no-result', params: { column } });
      continue;
    }
    const typed = typedValue(ctx, value, row, col);
    if (typed === '') continue;
    const remark = typeof value === 'string' && isRemark(value);
    const params = { row: measureRow, column, typed };
    if (remark) ctx.note(toA1(row, col), { code: 'row-remark-measure', params: { ...params, typed: gridText(value) } });
    else ctx.note(toA1(row, col), { code: 'row-note-measure', params });
    // A Kommentar, or a remark wherever typed («Merk: …»), goes in as typed.
    if (c?.key === 'comment' || remark) notes.push(shownText(ctx, value));
    else if (c) notes.push(ctx.commentNote({ code: 'column-unplaced', column, typed }));
    else notes.push(ctx.commentNote({ code: 'column-unlabelled', column, typed }));
  }
  return notes;
}

/** What a total, spare or footnote row is judged by (its label, numbers and amounts); a note elsewhere is logged. */
const JUDGED_KEYS = new Set(['priority', 'id', 'ref', 'measure']);
const judgedColumns = (cols: Map<string, LegacyColumn>): Set<number> =>
  new Set([...cols.values()].filter((c) => JUDGED_KEYS.has(c.key ?? '') || isLegacyAmountColumn(c)).map((c) => c.col));

/**
 * Whether row `r` is no measure and no section: an empty row, a footnote, a total row or a spare line of "----",
 * each logged with the notes beside it (otherRows.ts).
 */
export function isSkipped(
  ctx: LegacyRowContext,
  cols: Map<string, LegacyColumn>,
  r: number,
  above: RowsAbove,
): boolean {
  const judged = judgedColumns(cols);
  if (isEmptyRow(ctx.grid, r, ctx.table.left, ctx.table.right)) {
    ctx.note(toA1(r, ctx.table.left), { code: 'empty-row', params: { row: r } });
    noteStrayCells(ctx, r, () => false);
    return true;
  }
  // A hidden row is read as any other (nothing is lost), but the user decides whether it belongs to the plan.
  if (ctx.grid.hidden(r)) ctx.note(toA1(r, ctx.table.left), { code: 'hidden-row', params: { row: r } });
  const footnote = footnoteRow(ctx.grid, ctx.table, r);
  if (footnote !== null) {
    ctx.note(toA1(r, ctx.table.left), { code: 'footnote-row', params: { row: r, text: footnote } });
    noteStrayCells(ctx, r, (col, text) => text === footnote || judged.has(col));
    return true;
  }
  // A total row is never a measure (SPEC §11): skipped, and the log says why.
  const total = judgeTotalRow(ctx.grid, ctx.table, r, above);
  if (total !== null) ctx.note(toA1(r, ctx.table.left), total.decision);
  if (total?.total) {
    noteStrayCells(ctx, r, (col, text) => judged.has(col) || isTotalLabel(text));
    return true;
  }
  if (!isPlaceholderRow(ctx, cols, r)) return false;
  ctx.note(toA1(r, ctx.table.left), { code: 'placeholder-row', params: { row: r } });
  noteStrayCells(ctx, r, (col) => judged.has(col));
  return true;
}
