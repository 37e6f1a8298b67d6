/**
 * Measure IDs of imported rows (SPEC §11, import decisions: "A legacy ID"). The economy plan's Tiltak lines may
 * name a legacy table's IDs (§6 Ref.), so an ID of its table's form (D-nnn in drift, I-nnn in investering) that
 * no row above has is kept. Every other row gets a new ID after the highest kept one of its table, in reading
 * order (D-001 … when none is kept, as before), so a kept ID is never given again; an ID not kept goes to the
 * measure's Kommentar as "ID: <value>", and the log names its cell. An ID merged down over several rows is its first
 * row's only: the rows it covers get new IDs, and the log names the merge.
 */
import { idSuggester } from '../model/measureId';
import type { TableKind } from '../model/plan';
import type { CommentNote, Note } from './decisions';
import type { LegacyRow } from './rows';

/** A read row waiting for its ID: its table's kind and sheet. */
export interface PendingRow {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly row: LegacyRow;
}

const PREFIX: Record<TableKind, string> = { operating: 'D-', investment: 'I-' };

/** Whether `typed` is an ID of a `kind` table: its prefix and three digits or more, not all 0 (D-001, D-1000). */
const fitsTable = (typed: string | number | null, kind: TableKind): typed is string =>
  typeof typed === 'string' && new RegExp(`^${PREFIX[kind]}\\d{3,}$`).test(typed) && /[1-9]/.test(typed);

/** Each row's ID and the Kommentar note of an ID not kept (null when none), in `rows`' order, logged. */
export function settleIds(
  rows: readonly PendingRow[],
  note: Note,
  commentNote: (note: CommentNote) => string,
): { readonly id: string; readonly comment: string | null }[] {
  const kept = new Set<string>();
  const keeps = rows.map(({ kind, row }) => {
    const typed = row.legacyId?.typed ?? null;
    const keep = fitsTable(typed, kind) && !kept.has(typed);
    if (keep) kept.add(typed);
    return keep;
  });
  const suggest = idSuggester([...kept]);
  return rows.map(({ kind, sheet, row }, i) => {
    const typed = row.legacyId?.typed ?? null;
    if (keeps[i] && typeof typed === 'string') return { id: typed, comment: null };
    const id = suggest(PREFIX[kind]);
    if (!row.legacyId) return { id, comment: null };
    const merged = row.legacyId.merged;
    if (typed === null && merged) {
      // The ID merged down over this cell is the merge's first row's: this measure's new ID says so (rows.ts).
      note(sheet, row.legacyId.cell, { code: 'id-merged', params: { ...merged, id } });
      return { id, comment: null };
    }
    if (typed === null) {
      note(sheet, row.legacyId.cell, { code: 'id-new', params: { id } });
      return { id, comment: null };
    }
    const reason = fitsTable(typed, kind) ? 'duplicate' : 'form';
    const form = `${PREFIX[kind]}nnn`;
    note(sheet, row.legacyId.cell, { code: 'id-not-kept', params: { typed, reason, form, id } });
    return { id, comment: commentNote({ code: 'id-not-kept', typed }) };
  });
}
