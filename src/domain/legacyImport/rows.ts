/**
 * Turns the data rows of one legacy table into canonical rows (SPEC §11): section rows in capitals
 * become sections, the plan reference leaves the measure text, amounts are converted into the target
 * unit, and every decision is noted with its source cell.
 */
import { toA1 } from '../model/a1';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';
import { classifyAmount, priorityNumber, splitRef, type LegacyAmount } from './cells';
import { AMOUNT_KEYS, COST_YEAR } from './columns';
import { gridText } from './grid';
import type { LegacyColumn, LegacyTable } from './header';
import { placeAmounts, type PlacedAmounts } from './amounts';
import type { LegacyRowContext } from './context';
import { decideStatus, type AmountCell } from './status';
import { noteUnused, sectionOf, type Heading } from './sections';
import { joinWrapped, wrappedCells } from './wrapped';
import { leftoverNotes } from './leftover';
import { loggedText, shownText } from './textValue';
import { isUncalculated } from '../model/snapshot';
import { firstMeasureRow, legacyIdOf, type LegacyId } from './legacyId';
import { isLegacyAmountColumn, isNoteRow, isSkipped, noteStrayCells, notesForMeasure } from './otherRows';

/** One imported measure, without its ID (the importer settles IDs over all tables, ids.ts). */
export interface LegacyRow {
  readonly values: Readonly<Record<string, string | number | null>>;
  readonly years: readonly (number | null)[];
  /** The row's cell in the legacy ID column and what it holds (null when empty), when the table has one. */
  readonly legacyId?: LegacyId;
}

export interface LegacyTableRows {
  readonly rows: readonly LegacyRow[];
  readonly sections: readonly string[];
}

// Not Ref.: readMeasureText reads it (it may stand in the Tiltak text), and a second read would log a merged
// Ref. twice per row.
const TEXT_KEYS = ['responsible', 'areas', 'frame', 'kind', 'project', 'purpose', 'section'] as const;

/** The first column per key: a repeated key is logged by the importer and ignored here. */
function columnsByKey(table: LegacyTable): Map<string, LegacyColumn> {
  const map = new Map<string, LegacyColumn>();
  for (const c of table.columns) if (c.key && !map.has(c.key)) map.set(c.key, c);
  return map;
}

/**
 * A row's priority. A priority merged down over several rows is the merge's first row's only (a priority names one
 * measure in its section, SPEC §4, and Excel keeps the value in the first cell): the rows it covers have none, and
 * the log names the merge and that row, for the user to give each its own. Written on a section row for the group
 * under it, it is the first measure row's (`above`: the table's measure rows read before this one).
 */
function readPriority(
  ctx: LegacyRowContext,
  col: LegacyColumn | undefined,
  row: number,
  above: readonly number[],
): number | null {
  if (!col) return null;
  const value = ctx.grid.raw(row, col.col);
  const n = priorityNumber(value);
  if (n !== null) return n;
  const cell = toA1(row, col.col);
  if (gridText(value) !== '')
    ctx.note(cell, { code: 'priority-not-number', params: { value: loggedText(ctx, value) } });
  const m = ctx.grid.mergeAt(row, col.col);
  const top = m && m.top < row ? loggedText(ctx, ctx.grid.raw(m.top, m.left)) : '';
  if (!m || top === '') return null;
  const range = `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
  const first = firstMeasureRow(ctx, m, row, above);
  // Written on the section row for the group under it: the group's first measure's (legacyId.ts).
  if (first === row) ctx.note(cell, { code: 'merged-cell', params: { value: top, range } });
  else ctx.note(cell, { code: 'priority-merged', params: { value: top, range, row: first } });
  return first === row ? priorityNumber(ctx.grid.raw(m.top, m.left)) : null;
}

function readMeasureText(
  ctx: LegacyRowContext,
  cols: Map<string, LegacyColumn>,
  row: number,
): { ref: string; measure: string } {
  // A Tiltak merged down over several measure rows is every row's text (SPEC §11), unlike a merged amount.
  const col = cols.get('measure');
  const text = col ? textCell(ctx, row, col) : '';
  const refCol = cols.get('ref');
  const ref = refCol ? textCell(ctx, row, refCol) : '';
  if (ref !== '') return { ref, measure: text };
  const split = splitRef(text);
  if (split.ref !== '' && col) ctx.note(toA1(row, col.col), { code: 'ref-split', params: { ref: split.ref } });
  return split;
}

/**
 * One amount cell, or the cell merged down over it: a "Må utredes", "?", "----" or År written once for a
 * group of rows holds for each row it covers (logged). A number merged down is money for the group, not for
 * each row: it counts once, on the merge's first row, and the covered rows say so in the log. Merged across
 * columns of one row, it counts once, in the merge's first column, and the covered cells say so.
 */
function amountCell(ctx: LegacyRowContext, row: number, col: number, key: string): LegacyAmount {
  const own = ctx.grid.raw(row, col);
  const m = own === null ? ctx.grid.mergeAt(row, col) : null;
  if (!m || (m.top === row && m.left === col)) return classifyAmount(own);
  const top = ctx.grid.raw(m.top, m.left);
  const amount = classifyAmount(top);
  if (amount.kind === 'empty') return amount;
  const range = `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
  if (m.top === row) {
    // Merged across amount columns on the row: a number counts once, in the merge's first column (logged).
    if (amount.kind === 'number')
      ctx.note(toA1(row, col), {
        code: 'merged-amount-across',
        params: { number: amount.value, range, at: toA1(row, m.left) },
      });
    return { kind: 'empty' };
  }
  if (amount.kind === 'number' && key !== COST_YEAR) {
    ctx.note(toA1(row, col), { code: 'merged-amount', params: { number: amount.value, range, row: m.top } });
    return { kind: 'empty' };
  }
  ctx.note(toA1(row, col), { code: 'merged-cell', params: { value: loggedText(ctx, top), range } });
  return amount;
}

/** The amount cells of a legacy row (amount, year and cost columns), each classified. */
function rowAmounts(ctx: LegacyRowContext, row: number): AmountCell[] {
  return ctx.table.columns
    .filter((c) => c.key !== null && (AMOUNT_KEYS.has(c.key) || c.key.startsWith('year:') || c.key === COST_YEAR))
    .map((c) => ({ key: c.key ?? '', cell: toA1(row, c.col), amount: amountCell(ctx, row, c.col, c.key ?? '') }));
}

/** Text columns where a number is no value of theirs (a year slipped into Ansvarlig); Ref., Rammeområde may hold one. */
const NUMBER_NOTED = new Set(['measure', 'responsible', 'areas', 'kind', 'purpose', 'section', 'costStatus']);
const SCHEMA = [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS];

/**
 * The text of a cell (textValue.ts), or of the cell merged down over it (an Ansvarlig written once for a group of
 * rows): a vertical merge gives its value to every row it covers, and the log says so (SPEC §11).
 */
function textCell(ctx: LegacyRowContext, row: number, col: LegacyColumn): string {
  const raw = ctx.grid.raw(row, col.col);
  const column = SCHEMA.find((c) => c.key === col.key)?.header ?? col.text;
  if (typeof raw === 'number' && NUMBER_NOTED.has(col.key ?? ''))
    ctx.note(toA1(row, col.col), { code: 'number-as-text', params: { column, typed: raw } });
  // A formula saved without its result: no text, and the log asks for the file saved in Excel (textValue.ts).
  if (isUncalculated(raw)) ctx.note(toA1(row, col.col), { code: 'text-formula-no-result', params: { column } });
  const own = shownText(ctx, raw);
  const m = own === '' && !isUncalculated(raw) ? ctx.grid.mergeAt(row, col.col) : null;
  if (!m || m.top === row || m.bottom === m.top) return own;
  const value = shownText(ctx, ctx.grid.raw(m.top, m.left));
  if (value !== '') {
    const range = `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
    ctx.note(toA1(row, col.col), { code: 'merged-cell', params: { value, range } });
  }
  return value;
}

/** A measure as read so far, the row it was read on, and its Kommentar cell's own text apart from the importer's notes. */
interface ReadMeasure {
  readonly row: number;
  readonly read: LegacyRow;
  readonly comment: string;
  readonly notes: readonly string[];
}

/** Kommentar: the cell's own text, then what the importer adds (an amount it could not place …). */
const commentOf = (own: string, notes: readonly string[]): string => [own, ...notes].filter((s) => s !== '').join('; ');

function readMeasure(
  ctx: LegacyRowContext,
  cols: Map<string, LegacyColumn>,
  row: number,
  section: string,
  /** The table's measure rows read before this one. */
  above: readonly number[],
): ReadMeasure {
  // Each column is read once, so each of its cells is logged once (Art is read for the amounts and as a text).
  const read = new Map<string, string>();
  const text = (key: string): string => {
    const col = cols.get(key);
    if (!read.has(key)) read.set(key, col ? textCell(ctx, row, col) : '');
    return read.get(key) ?? '';
  };
  const { ref, measure } = readMeasureText(ctx, cols, row);
  const amounts = rowAmounts(ctx, row);
  const cells = amounts.filter((c) => c.key !== COST_YEAR || c.amount.kind === 'status');
  const statusCol = cols.get('costStatus');
  const typed = statusCol ? { text: text('costStatus'), cell: toA1(row, statusCol.col) } : null;
  const decision = decideStatus(cells, typed, toA1(row, ctx.table.left));
  ctx.note(decision.cell, decision.decision);
  const placed: PlacedAmounts = placeAmounts(ctx, amounts, { status: decision.status, kind: text('kind') }, row);
  const values: Record<string, string | number | null> = { ...placed.values };
  for (const key of TEXT_KEYS) {
    const own = text(key);
    if (own !== '' || values[key] === undefined) values[key] = own;
  }
  Object.assign(values, {
    section: String(values.section ?? '') || section,
    ref,
    measure,
    costStatus: decision.status,
    priority: readPriority(ctx, cols.get('priority'), row, above),
  });
  const comment = text('comment');
  // After the amounts' notes: the cells of columns with no place, in column order (leftover.ts).
  const notes = [...placed.notes, ...leftoverNotes(ctx, row)];
  values.comment = commentOf(comment, notes);
  const idCol = cols.get('id');
  const legacyId = idCol ? legacyIdOf(ctx, row, idCol, above) : undefined;
  return { row, read: { values, years: placed.years, ...(legacyId ? { legacyId } : {}) }, comment, notes };
}

/**
 * `measure` with the lines of row `r` added to its cells, when that row only continues its text (logged
 * per cell), else null.
 */
function joinContinuation(
  ctx: LegacyRowContext,
  cols: Map<string, LegacyColumn>,
  r: number,
  measure: ReadMeasure,
): ReadMeasure | null {
  // A Kommentar line continues the cell's own text, not the notes the importer added after it.
  const values: Record<string, string | number | null> = { ...measure.read.values, comment: measure.comment };
  const wrapped = wrappedCells(ctx, r, cols, values);
  if (!wrapped) return null;
  for (const w of wrapped) {
    values[w.key] = joinWrapped(String(values[w.key] ?? '').trim(), w.text);
    ctx.note(w.cell, { code: 'wrapped-text', params: { text: w.text, row: measure.row } });
  }
  // A note beside the table on the joined row is that measure's too (leftover.ts).
  const notes = [...measure.notes, ...leftoverNotes(ctx, r, true)];
  const comment = String(values.comment);
  values.comment = commentOf(comment, notes);
  return { ...measure, read: { ...measure.read, values }, comment, notes };
}

/** `measure` with the notes of row `r` (a row of notes only, right under it) added to its Kommentar. */
function addNotes(ctx: LegacyRowContext, r: number, measure: ReadMeasure): ReadMeasure {
  const notes = [...measure.notes, ...notesForMeasure(ctx, r, measure.row)];
  const values = { ...measure.read.values, comment: commentOf(measure.comment, notes) };
  return { ...measure, read: { ...measure.read, values }, notes };
}

/**
 * Converts the data rows of one table. Rows before the first section row get the section "Uten seksjon".
 * The sections are those a measure belongs to, in reading order: a line alone on its row with no measure
 * under it (a line "Tabellen er ikke vedtatt" typed under the last row) is logged as read, but is no section.
 * A row that only continues the text of the measure right above it (wrapped.ts), or holds only notes under it
 * (otherRows.ts), is joined to that measure; the notes beside a row that is no measure are logged.
 */
export function convertRows(ctx: LegacyRowContext): LegacyTableRows {
  const cols = columnsByKey(ctx.table);
  const amountCols = new Set(ctx.table.columns.filter(isLegacyAmountColumn).map((c) => c.col));
  const rows: LegacyRow[] = [];
  let section = '';
  let unused: Heading | null = null;
  // The measure read on the row right above (or joined by the rows since): a wrapped line continues it.
  let last: ReadMeasure | null = null;
  const above = { section: [] as number[], table: [] as number[] };
  for (let r = ctx.table.firstDataRow; r <= ctx.table.lastDataRow; r++) {
    const previous: ReadMeasure | null = last;
    last = null; // set again only by a measure row or a line joined to it
    if (isSkipped(ctx, cols, r, above)) continue;
    const joined: ReadMeasure | null = previous ? joinContinuation(ctx, cols, r, previous) : null;
    if (joined) {
      rows[rows.length - 1] = joined.read;
      last = joined;
      continue;
    }
    const heading = sectionOf(ctx, r, cols);
    if (heading !== null) {
      noteUnused(ctx, unused);
      [section, unused] = [heading.section, heading];
      above.section = [];
      noteStrayCells(ctx, r, (col) => col === heading.col || (heading.subtotal && amountCols.has(col)));
      continue;
    }
    if (isNoteRow(ctx, cols, r)) {
      last = previous ? addNotes(ctx, r, previous) : null;
      if (last) rows[rows.length - 1] = last.read;
      else noteStrayCells(ctx, r, () => false);
      continue;
    }
    unused = null;
    if (section === '') {
      section = 'Uten seksjon';
      ctx.note(toA1(r, ctx.table.left), { code: 'no-section', params: {} });
    }
    const read = readMeasure(ctx, cols, r, section, above.table);
    rows.push(read.read);
    last = read;
    above.section.push(r);
    above.table.push(r);
  }
  noteUnused(ctx, unused);
  return { rows, sections: [...new Set(rows.map((r) => String(r.values.section ?? '')))] };
}
