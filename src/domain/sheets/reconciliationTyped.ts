/**
 * A row of tblAvstemming the product did not write (SPEC §11, review r17). Excel takes a row typed right under a table
 * into the table (AutoCorrect, on by default), so a note she types under Avstemming becomes a body row without Kode;
 * a run writes the table anew and would empty it without a word. What she typed on such a row in the product's
 * columns (Alvor, Tiltak, Forklaring, an amount …) is hers: kept below the items as the rows no item takes are, each
 * cell in its column as typed (reconciliationKept.ts keptRows), and the next run keeps it the same way.
 *
 * The product's own rows are told by what it writes: an item's row has a Kode and an Alvor label (one whose Kode she
 * emptied keeps only her Status and Kommentar, as before); a row kept below the items has no Alvor, a Forklaring of
 * the product's (`written`) and at most a Klasse label. Those cells are not hers: a kept row she empties of Status and
 * Kommentar, and a blank row Excel grew the table by, go as before.
 */
import type { CellInput } from '../model/edits';
import type { Severity } from '../model/finding';
import type { KeptReason } from '../model/reconciliationStatus';
import type { ReconciliationSheetText } from '../model/sheetText';
import { cellText } from '../read/sheetCells';
import { asInput } from './reconciliationKept';
import type { CellByKey } from './tableCells';

/** The product's columns that hold no key, no Status or Kommentar: on a row it did not write, what is there is hers. */
const NOTE_COLUMNS = [
  'severity',
  'class',
  'measure',
  'frame',
  'measures',
  'economyPlan',
  'difference',
  'explanation',
  'cellMeasures',
  'cellEconomyPlan',
] as const;

type NoteColumn = (typeof NOTE_COLUMNS)[number];

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const REASONS: readonly KeptReason[] = ['vanished', 'duplicate', 'noCode', 'yearsEmpty', 'yearsNotRead'];

/** `texts.written`, or, without it, the same test in the language of `texts` only. */
function writtenTest(texts: ReconciliationSheetText, keys: readonly string[]): (text: string) => boolean {
  if (texts.written) return texts.written;
  return (text) =>
    SEVERITIES.some((s) => texts.severity(s) === text.trim()) ||
    REASONS.some((r) => text.trim().startsWith(texts.kept(r, keys)));
}

/**
 * What she typed on `row` (a row without Kode) in the product's columns that are not the row's key, Status or
 * Kommentar, by column key (only cells that hold something); undefined for a row the product wrote (see the file
 * comment). `keys`: the headers of the table's key, which a kept row's Forklaring names.
 */
export function typedOnRow(
  at: CellByKey<NoteColumn>,
  row: number,
  texts: ReconciliationSheetText,
  keys: readonly string[],
): Partial<Record<NoteColumn, CellInput>> | undefined {
  const written = writtenTest(texts, keys);
  const severity = cellText(at(row, 'severity'));
  if (severity.trim() !== '' && written(severity)) return undefined;
  const out: Partial<Record<NoteColumn, CellInput>> = {};
  for (const key of NOTE_COLUMNS) {
    const value = asInput(at(row, key));
    const text = value === null ? '' : String(value);
    if (text.trim() === '') continue;
    if (key === 'explanation' && written(text)) continue;
    if (key === 'class' && texts.classOf(text) !== null) continue;
    out[key] = value;
  }
  return out;
}
