/**
 * Footnotes on a legacy table's year headers ("2011*", "2012 1)", "2013¹"): the year is the column's year,
 * but the note may say the year's figures are something else (the adopted budget, without VAT…), so the
 * log names the marker and the footnote's text when it stands under the table; never dropped in silence.
 * A footnote typed right under the last measure is no measure or section row.
 */
import { toA1 } from '../model/a1';
import { legacyYear } from './columns';
import { gridText, type Grid } from './grid';
import type { LegacyTable } from './header';
import type { Note } from './decisions';

/** How far under the table a footnote is looked for. */
const FOOTNOTE_ROWS_BELOW = 10;

const SUPERSCRIPT = '\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a footnote's own line for a header marker: "*" → "* Tekst" (not "** Tekst"); "1)",
 * "(1)" and "¹" are one footnote and match each other's lines; "a)" likewise "(a)".
 */
function footnoteLine(marker: string): RegExp {
  const digits = [...marker].map((ch) => (SUPERSCRIPT.includes(ch) ? String(SUPERSCRIPT.indexOf(ch)) : ch)).join('');
  const core = /\(?(\d+|[a-z])\)|^(\d+)$/.exec(digits);
  const id = core ? (core[1] ?? core[2] ?? '') : '';
  if (id !== '') {
    const sup = /^\d+$/.test(id) ? [...id].map((d) => SUPERSCRIPT[Number(d)] ?? '').join('') : '';
    return new RegExp(`^(?:\\(?${escape(id)}\\)${sup ? `|${sup}(?![${SUPERSCRIPT}])` : ''})\\s*(\\S[\\s\\S]*)$`, 'u');
  }
  const first = escape(marker.charAt(0));
  return new RegExp(`^${escape(marker)}(?!${first})\\s*(\\S[\\s\\S]*)$`, 'u');
}

/** The footnote text a cell holds for `marker`, or null. */
function footnoteText(value: string, marker: string): string | null {
  return footnoteLine(marker).exec(value.trim())?.[1]?.trim() ?? null;
}

/** The footnote markers of the table's year headers. */
function yearMarkers(table: LegacyTable): string[] {
  return table.columns.map((c) => legacyYear(c.text)?.footnote ?? '').filter((m) => m !== '');
}

/**
 * Whether data row `row` is a footnote of one of the table's year headers: its one text starts with the
 * marker ("* Vedtatt budsjett"). Returns the text, or null.
 */
export function footnoteRow(grid: Grid, table: LegacyTable, row: number): string | null {
  const texts: string[] = [];
  for (let c = table.left; c <= table.right; c++)
    if (gridText(grid.raw(row, c)) !== '') texts.push(gridText(grid.raw(row, c)));
  const [only] = texts;
  if (texts.length !== 1 || only === undefined) return null;
  return yearMarkers(table).some((m) => footnoteText(only, m) !== null) ? only : null;
}

function findFootnote(grid: Grid, table: LegacyTable, marker: string): { text: string; cell: string } | null {
  const last = Math.min(grid.bottom, table.lastDataRow + FOOTNOTE_ROWS_BELOW);
  for (let r = table.firstDataRow; r <= last; r++)
    for (let c = grid.left; c <= grid.right; c++) {
      const text = footnoteText(gridText(grid.raw(r, c)), marker);
      if (text !== null) return { text, cell: toA1(r, c) };
    }
  return null;
}

/** Logs every year header that carries a footnote marker, with the footnote when it is found. */
export function noteYearFootnotes(grid: Grid, table: LegacyTable, note: Note): void {
  for (const c of table.columns) {
    const parsed = legacyYear(c.text);
    if (!parsed || parsed.footnote === '') continue;
    const params = { column: c.text.replace(/\s+/g, ' '), year: parsed.year, marker: parsed.footnote };
    const found = findFootnote(grid, table, parsed.footnote);
    note(
      table.sheet,
      c.cell,
      found
        ? { code: 'year-footnote', params: { ...params, footnote: found.text, at: found.cell } }
        : { code: 'year-footnote-missing', params },
    );
  }
}
