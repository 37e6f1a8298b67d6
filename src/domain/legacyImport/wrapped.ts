/**
 * A cell text wrapped onto the next row (SPEC §11, import decisions): a Word table pasted into Excel puts
 * each line of a cell on a row of its own, so "Utvidelse miljøteam: trappes opp fra 1 til 5" may stand on
 * the measure's row and "årsverk innen 2015." alone on the row under it. Such a row is the rest of the
 * measure above, not a measure (no priority, Status Ukjent) nor a section. Sections are rows with only text
 * too, so the rule is narrow: only text columns, right under a measure, reading as the rest of its text.
 */
import { toA1 } from '../model/a1';
import { isCapitalised } from './cells';
import { gridText } from './grid';
import type { LegacyColumn } from './header';
import type { LegacyRowContext } from './context';

/** The columns whose text may wrap onto the next row; any other filled cell makes the row no continuation. */
const WRAP_KEYS = ['measure', 'responsible', 'areas', 'comment'] as const;

/** One line that continues the text of the measure above, in the column `key`. */
export interface WrappedCell {
  readonly key: (typeof WRAP_KEYS)[number];
  readonly cell: string;
  readonly text: string;
}

/**
 * Words a measure text cannot end on: conjunctions and prepositions (bokmål and nynorsk). A line ending on
 * one goes on under it.
 */
const OPEN_WORDS = new Set(
  (
    'og eller samt men for som at om når fordi dersom hvis mens medan enn så både ' +
    'i på til fra frå med av ved mot hos innen innan uten utan under over etter gjennom mellom blant'
  ).split(' '),
);

/** Whether a text stops short: on a hyphen, dash, comma, colon, slash, "&" or an open word. */
function endsOpen(text: string): boolean {
  if (/[-\u00ad\u2013\u2014,:/&]$/.test(text)) return true;
  const last = /(\p{L}+)$/u.exec(text)?.[1];
  return last !== undefined && OPEN_WORDS.has(last.toLocaleLowerCase('nb'));
}

/** Whether a line starts as no text of its own does: a lower-case letter, "…", "...", or ",;:)(&/+". */
function startsAsContinuation(text: string): boolean {
  return /^(?:\p{Ll}|\.{2,}|…|[,;:)(&/+])/u.test(text);
}

/** A line under a text that is not in capitals and starts as a continuation, or the text above ends open. */
const readsAsRest = (text: string, before: string): boolean =>
  !isCapitalised(text) && (startsAsContinuation(text) || endsOpen(before));

/**
 * The wrapped lines of `row`, or null when the row is no continuation of the measure above (`above`: its
 * values as read so far, its Kommentar the cell's own text). The row holds text only, and only in the Tiltak,
 * Ansvarlig, plan-area and Kommentar columns, each under a filled cell of the measure; no text is in capitals (a
 * section row stays one); and each line starts as a continuation or the text above it ends open. A Kommentar
 * line needs only the filled Kommentar above: a comment is free text, and its line names no section or measure.
 */
export function wrappedCells(
  ctx: LegacyRowContext,
  row: number,
  cols: ReadonlyMap<string, LegacyColumn>,
  above: Readonly<Record<string, string | number | null>>,
): WrappedCell[] | null {
  const wrapCols = new Map(WRAP_KEYS.flatMap((key) => (cols.has(key) ? [[cols.get(key)?.col, key] as const] : [])));
  const found: WrappedCell[] = [];
  for (let c = ctx.table.left; c <= ctx.table.right; c++) {
    const value = ctx.grid.raw(row, c);
    if (gridText(value) === '') continue;
    const key = wrapCols.get(c);
    const merge = ctx.grid.mergeAt(row, c);
    // A text merged down from this row is a group's value (an Ansvarlig written once), not a wrapped line.
    if (key === undefined || typeof value !== 'string' || (merge !== null && merge.bottom > merge.top)) return null;
    const text = value.trim();
    const before = String(above[key] ?? '').trim();
    if (before === '' || (key !== 'comment' && !readsAsRest(text, before))) return null;
    found.push({ key, cell: toA1(row, c), text });
  }
  return found.length > 0 ? found : null;
}

/**
 * The text above with its wrapped line: one space between them, except after a hyphen with no space before
 * it. A word split there ("bolig-" + "kontor") joins without the hyphen; after capitals, a digit or a single
 * letter ("NAV-kontoret", "2011-2014", "e-læring") the hyphen is a real one and stays; before "og", "eller"
 * ("helse- og omsorgsplanen") the space stays.
 */
export function joinWrapped(before: string, line: string): string {
  const hyphen = /([\p{L}\p{N}]+)([-\u00ad])$/u.exec(before);
  if (!hyphen || /^(?:og|eller|samt)(?:\s|$)/u.test(line)) return `${before} ${line}`;
  const [, word = '', mark = ''] = hyphen;
  const stem = before.slice(0, -1);
  if (mark === '\u00ad') return stem + line;
  const split = /\p{Ll}$/u.test(word) && word.length >= 2 && /^\p{Ll}/u.test(line);
  return split ? stem + line : before + line;
}
