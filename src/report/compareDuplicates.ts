/**
 * IDs on more than one row of a version (compare/duplicates.ts): the sentences that name each with its cells and
 * say what became of the rows not compared (neither new nor removed, but in the totals, SPEC §4), and the table of
 * those rows. The report and the pane's Endringer view say the same sentences.
 */
import type { ChangeSet, DuplicateId, DuplicateRow, Lang, MeasureEntry } from '../domain';
import { ct } from '../i18n/compare';
import type { Block } from './document';

const p = (text: string): Block => ({ kind: 'paragraph', text });

/**
 * The sentence that a row not compared has the text of the one measure removed (a row of the newer version) or
 * added (of the older) with that text (MeasureEntry.textOnRow names the row): its ID perhaps typed over that
 * measure's by mistake (D-011 retyped D-004).
 */
function sameTextHint(lang: Lang, diff: ChangeSet, d: DuplicateId, row: DuplicateRow): string | null {
  const other = d.version === 'new' ? diff.measures.removed : diff.measures.added;
  const measure = other.find((m) => m.textOnRow?.cell === row.cell && m.textOnRow.version === d.version);
  if (measure === undefined || measure.id.trim() === '') return null;
  const params = { cell: row.cell, id: measure.id, typed: row.id };
  return ct(lang, d.version === 'new' ? 'duplicateSameTextNew' : 'duplicateSameTextOld', params);
}

/**
 * A measure's Tiltak text as a list of added or removed measures shows it: with where the text stands on a row of an
 * ID on several rows (textOnRow), so that «Fjernet» does not stand alone beside a text still in the table.
 */
export function entryText(lang: Lang, m: MeasureEntry): string {
  const at = m.textOnRow;
  if (at === undefined) return m.measure;
  return `${m.measure} (${ct(lang, at.version === 'new' ? 'textOnRowNew' : 'textOnRowOld', { cell: at.cell, id: at.id })})`;
}

/** Every sentence about the IDs on several rows, the older version's first; none when there are none. */
export function duplicateTexts(lang: Lang, diff: ChangeSet): string[] {
  return diff.duplicateIds.flatMap((d) => {
    const cells = d.rows.map((r) => r.cell).join(', ');
    const old = d.version === 'old';
    const named = ct(lang, old ? 'duplicateIdOld' : 'duplicateIdNew', { id: d.id, count: d.rows.length, cells });
    const left = d.rows.filter((r) => !r.compared);
    if (left.length === 0) return [named];
    const rows = left.map((r) => ct(lang, 'duplicateRow', { cell: r.cell, measure: r.measure.trim() })).join(', ');
    const hints = left.flatMap((r) => sameTextHint(lang, diff, d, r) ?? []);
    const uncomparedText = ct(lang, old ? 'duplicateRowsOld' : 'duplicateRowsNew', { count: left.length, rows });
    return [[named, uncomparedText, ...hints].join(' ')];
  });
}

/** The rows not compared of `d` (none compared: all of them are in the lists of added or removed measures). */
export const uncompared = (d: DuplicateId): readonly MeasureEntry[] => d.rows.filter((r) => !r.compared);

/**
 * The rows not compared, each version's under the heading «Samme ID på flere rader, ikke sammenlignet» with its
 * years (`table` lists them as the added and removed measures are listed); nothing when there are none.
 */
export function duplicateBlocks(
  lang: Lang,
  diff: ChangeSet,
  table: (entries: readonly MeasureEntry[], version: 'old' | 'new') => Block,
): Block[] {
  const of = (version: 'old' | 'new') =>
    diff.duplicateIds.filter((d) => d.version === version).flatMap((d) => uncompared(d));
  const [old, now] = [of('old'), of('new')];
  if (old.length + now.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: ct(lang, 'duplicates') },
    ...(now.length > 0 ? [p(ct(lang, 'duplicatesInNew')), table(now, 'new')] : []),
    ...(old.length > 0 ? [p(ct(lang, 'duplicatesInOld')), table(old, 'old')] : []),
  ];
}
