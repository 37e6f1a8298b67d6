/**
 * Section rows of a legacy table (SPEC §11): a text in capitals alone on its row names the section of the
 * measures below it. A cell merged down over a group of rows (an Ansvarlig or plan area written once) gives
 * its value to the measure rows it covers, never to a section row: the section is decided on the row's own
 * cells, leaving out a merged value it holds on its first row for the rows below, and the log says so. A heading
 * with notes typed beside it ("OPPVEKST | … | Nye tiltak fra 2027") is a section too; rows.ts logs the notes.
 */
import { toA1 } from '../model/a1';
import type { CellValue } from '../model/snapshot';
import { classifyAmount, isCapitalised, isLabelHeading, isRemark, priorityNumber, sectionName } from './cells';
import type { LegacyRowContext } from './context';
import type { Bounds } from '../read/sheetCells';
import { gridText } from './grid';
import { loggedText } from './textValue';
import type { LegacyColumn } from './header';

/** A section row: the section's name, the text as typed, its cell and column, and whether it holds a subtotal. */
export interface Heading {
  readonly section: string;
  readonly text: string;
  readonly cell: string;
  readonly col: number;
  readonly subtotal: boolean;
}

interface Filled {
  readonly col: number;
  readonly value: CellValue;
}

/** A merge that reaches over more than one row. */
const isVertical = (m: Bounds | null): m is Bounds => m !== null && m.bottom > m.top;

/** The row's non-empty cells. */
function filledCells(ctx: LegacyRowContext, row: number): Filled[] {
  const filled: Filled[] = [];
  for (let c = ctx.table.left; c <= ctx.table.right; c++) {
    const value = ctx.grid.raw(row, c);
    if (gridText(value) !== '') filled.push({ col: c, value });
  }
  return filled;
}

/**
 * The one text of a row once a value merged down from it over the rows below is left out (an Ansvarlig
 * written on the heading row for the group under it), or null. A heading merged over two rows is still
 * the heading.
 */
function loneText(ctx: LegacyRowContext, row: number, filled: readonly Filled[]): Filled | null {
  const own = filled.filter((f) => !isVertical(ctx.grid.mergeAt(row, f.col)));
  const [only] = own.length > 0 ? own : filled;
  return (own.length === 1 || filled.length === 1) && only && typeof only.value === 'string' ? only : null;
}

/** Logs each vertical merge over a section row (other than the heading's own cell): it fills measure rows only. */
function noteMergesOver(ctx: LegacyRowContext, row: number, heading: Filled, text: string): void {
  for (let c = ctx.table.left; c <= ctx.table.right; c++) {
    const m = ctx.grid.mergeAt(row, c);
    if (c === heading.col || !isVertical(m) || m.left !== c) continue;
    const value = loggedText(ctx, ctx.grid.raw(m.top, m.left));
    const range = `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
    if (value !== '') ctx.note(toA1(row, c), { code: 'merged-section', params: { text, value, range } });
  }
}

/**
 * A section row: one text alone on its row, in the Tiltak column (in capitals) or left of it, or a heading in
 * capitals without a priority that carries its section's subtotal ("SAMFUNN OG TJENESTER … 3,4"): the subtotal is
 * not a measure, and the log says so. A line alone right of Tiltak is a note (otherRows.ts isNoteRow).
 */
export function sectionOf(ctx: LegacyRowContext, row: number, cols: Map<string, LegacyColumn>): Heading | null {
  const filled = filledCells(ctx, row);
  const lone = loneText(ctx, row, filled);
  if (lone) {
    const text = String(lone.value).trim();
    const measure = cols.get('measure')?.col;
    // A remark («Merk:», «NB! …») is a row of notes wherever it stands, even in capitals.
    if (isRemark(text)) return null;
    // Right of Tiltak (Ansvarlig, Kommentar, an amount …) a line alone is a note, even in capitals ("NAV").
    if (measure !== undefined && lone.col > measure) return null;
    if (lone.col !== measure || isCapitalised(text)) return noteHeading(ctx, row, lone, 'section-row');
    return isLabelHeading(text) ? noteHeading(ctx, row, lone, 'section-row-label') : null;
  }
  // A subtotal heading is judged on every cell of its row: a text merged down from it may be a measure's.
  const texts = filled.filter((f) => typeof f.value === 'string' && classifyAmount(f.value).kind === 'text');
  const [only] = texts;
  const priority = cols.get('priority');
  if (priority !== undefined && priorityNumber(ctx.grid.raw(row, priority.col)) !== null) return null;
  if (only && typeof only.value === 'string' && texts.length === 1 && isCapitalised(only.value.trim()))
    return noteHeading(ctx, row, only, 'section-row-amounts');
  const beside = headingBesideNotes(ctx, row, cols, filled);
  return beside ? noteHeading(ctx, row, beside, 'section-row') : null;
}

/**
 * A heading with notes typed beside it ("OPPVEKST | … | Nye tiltak fra 2027"): the row's first cell is a text that
 * would be a section alone on its row (in capitals or a label heading, or left of Tiltak), it stands left of or in the
 * Tiltak column (in the ID or Ref. column only words in capitals), the Tiltak column holds no other text, and every
 * other cell is a text (no number, "----", "?" or status). The notes are no measure: rows.ts logs them at their cells.
 */
function headingBesideNotes(
  ctx: LegacyRowContext,
  row: number,
  cols: Map<string, LegacyColumn>,
  filled: readonly Filled[],
): Filled | null {
  const own = filled.filter((f) => !isVertical(ctx.grid.mergeAt(row, f.col)));
  const [first] = own;
  const measure = cols.get('measure')?.col;
  if (!first || own.length < 2 || measure === undefined || first.col > measure) return null;
  const texts = own.every((f) => typeof f.value === 'string' && classifyAmount(f.value).kind === 'text');
  if (!texts || own.some((f) => f.col === measure && f !== first)) return null;
  const text = String(first.value).trim();
  if (isRemark(text)) return null;
  // A heading has words: "2)" in the Prioritet column is a priority typed as text.
  if ((text.match(/\p{L}/gu) ?? []).length < 2) return null;
  // In the ID or Ref. column only words in capitals are a heading: "D-008" or "7.1" names a measure.
  if (first.col === cols.get('id')?.col || first.col === cols.get('ref')?.col)
    return isCapitalised(text) && !/\d/.test(text) ? first : null;
  return isCapitalised(text) || first.col !== measure || isLabelHeading(text) ? first : null;
}

function noteHeading(
  ctx: LegacyRowContext,
  row: number,
  cell: Filled,
  code: 'section-row' | 'section-row-amounts' | 'section-row-label',
): Heading {
  const text = String(cell.value).trim();
  const heading = {
    section: sectionName(text),
    text,
    cell: toA1(row, cell.col),
    col: cell.col,
    subtotal: code === 'section-row-amounts',
  };
  ctx.note(heading.cell, { code, params: { text, section: heading.section } });
  noteMergesOver(ctx, row, cell, text);
  return heading;
}

/** A heading no measure follows (a line under the last row, "Tabellen er ikke vedtatt"): logged, no section. */
export function noteUnused(ctx: LegacyRowContext, heading: Heading | null): void {
  if (heading) ctx.note(heading.cell, { code: 'section-unused', params: { text: heading.text } });
}
