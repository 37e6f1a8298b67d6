/**
 * IDs on more than one row of a version (compare/duplicates.ts): the sentences that name each with its cells and
 * say what became of the rows not compared (neither new nor removed, but in the totals, SPEC §4), and the table of
 * those rows. The report and the pane's Endringer view say the same sentences.
 */
import type { ChangeSet, DuplicateId, Lang, MeasureEntry } from '../domain';
import { ct } from '../i18n/compare';
import type { Block } from './document';

const p = (text: string): Block => ({ kind: 'paragraph', text });

/** Every sentence about the IDs on several rows, the older version's first; none when there are none. */
export function duplicateTexts(lang: Lang, diff: ChangeSet): string[] {
  return diff.duplicateIds.flatMap((d) => {
    const cells = d.rows.map((r) => r.cell).join(', ');
    const old = d.version === 'old';
    const named = ct(lang, old ? 'duplicateIdOld' : 'duplicateIdNew', { id: d.id, count: d.rows.length, cells });
    const left = d.rows.filter((r) => !r.compared);
    if (left.length === 0) return [named];
    const rows = left.map((r) => ct(lang, 'duplicateRow', { cell: r.cell, measure: r.measure.trim() })).join(', ');
    return [`${named} ${ct(lang, old ? 'duplicateRowsOld' : 'duplicateRowsNew', { count: left.length, rows })}`];
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
  table: (entries: readonly MeasureEntry[], years: readonly number[]) => Block,
): Block[] {
  const of = (version: 'old' | 'new') =>
    diff.duplicateIds.filter((d) => d.version === version).flatMap((d) => uncompared(d));
  const [old, now] = [of('old'), of('new')];
  if (old.length + now.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: ct(lang, 'duplicates') },
    ...(now.length > 0 ? [p(ct(lang, 'duplicatesInNew')), table(now, diff.new.plan.years)] : []),
    ...(old.length > 0 ? [p(ct(lang, 'duplicatesInOld')), table(old, diff.old.plan.years)] : []),
  ];
}
