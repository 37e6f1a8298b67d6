/**
 * A row of tblAvstemming (or of «Avstemming planer»'s tblAvstemmingPlaner, SPEC §15, by the same rule) the product
 * did not write (SPEC §11, review r17). Excel takes a row typed right under a table
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

/**
 * Avstemming's columns that hold no key, no Status or Kommentar: on a row the product did not write, what is there is
 * hers («Avstemming planer» has its own list, consolidation.ts).
 */
export const RECONCILIATION_NOTE_COLUMNS = [
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

/** What tells the product's own text on a row: its Alvor labels, its kept rows' Forklaring, its Klasse labels. */
export type WrittenText = Pick<ReconciliationSheetText, 'severity' | 'kept' | 'written' | 'classOf'>;

/** The columns every item table has that typedOnRow reads to tell the product's rows. */
type Told = 'severity' | 'class' | 'explanation';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const REASONS: readonly KeptReason[] = ['vanished', 'duplicate', 'noCode', 'yearsEmpty', 'yearsNotRead'];

/** `texts.written`, or, without it, the same test in the language of `texts` only. */
function writtenTest(texts: WrittenText, keys: readonly string[]): (text: string) => boolean {
  if (texts.written) return texts.written;
  return (text) =>
    SEVERITIES.some((s) => texts.severity(s) === text.trim()) ||
    REASONS.some((r) => text.trim().startsWith(texts.kept(r, keys)));
}

/**
 * What she typed on `row` (a row without Kode) in the table's `notes` columns (its product columns that are not the
 * row's key, Status or Kommentar), by column key (only cells that hold something); undefined for a row the product
 * wrote (see the file comment). `keys`: the headers of the table's key, which a kept row's Forklaring names.
 */
export function typedOnRow<C extends string>(
  at: CellByKey<NoInfer<C> | Told>,
  row: number,
  texts: WrittenText,
  keys: readonly string[],
  notes: readonly C[],
): Partial<Record<C, CellInput>> | undefined {
  const written = writtenTest(texts, keys);
  const severity = cellText(at(row, 'severity'));
  if (severity.trim() !== '' && written(severity)) return undefined;
  const out: Partial<Record<C, CellInput>> = {};
  for (const key of notes) {
    const value = asInput(at(row, key));
    const text = value === null ? '' : String(value);
    if (text.trim() === '') continue;
    if ((key as string) === 'explanation' && written(text)) continue;
    if ((key as string) === 'class' && texts.classOf(text) !== null) continue;
    out[key] = value;
  }
  return out;
}
