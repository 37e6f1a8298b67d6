/**
 * The changes the change report lists apart from the real ones (docs/spec.md §14): priorities only renumbered,
 * and Tidligere bevilget grown only by a roll's booking. Each under a heading of its own, after «Endrede tiltak».
 */
import type { ChangeSet } from '../domain';
import { ct } from '../i18n/compare';
import { reportText } from '../i18n/compareReport';
import { changeCells, tableName, type Ctx } from './compareCells';
import type { Block } from './document';

/**
 * The investments whose one change is Tidligere bevilget grown by their expenditure in the years that left the
 * period (docs/spec.md §14), apart like the renumbered ones: before, now and the change; nothing when none.
 */
export function carriedBlocks(ctx: Ctx, diff: ChangeSet): Block[] {
  const { lang } = ctx;
  const carried = diff.measures.changed.filter((m) => m.carriedBefore);
  if (carried.length === 0) return [];
  const headers = (['id', 'measure', 'before', 'after', 'difference'] as const).map((h) => ct(lang, h));
  const rows = carried.flatMap((m) => m.changes.map((c) => [m.id, m.measure, ...changeCells(ctx, c, m.table)]));
  return [
    { kind: 'heading', level: 3, text: reportText('carried', lang) },
    { kind: 'paragraph', text: reportText('carriedNote', lang) },
    { kind: 'table', headers, rows, numeric: [2, 3, 4] },
  ];
}

/**
 * The measures only renumbered (docs/spec.md §14), after the real changes under a heading of their own: one
 * line each, the priority before and now; nothing when there are none.
 */
export function renumberedBlocks(ctx: Ctx, diff: ChangeSet): Block[] {
  const { lang } = ctx;
  const renumbered = diff.measures.changed.filter((m) => m.renumbered);
  if (renumbered.length === 0) return [];
  const headers = (['id', 'measure', 'table', 'section', 'before', 'after'] as const).map((h) => ct(lang, h));
  const rows = renumbered.map((m) => {
    const [change] = m.changes;
    return [m.id, m.measure, tableName(lang, m.table), m.section, String(change?.old), String(change?.new)];
  });
  return [
    { kind: 'heading', level: 3, text: reportText('renumbered', lang) },
    { kind: 'paragraph', text: reportText('renumberedNote', lang) },
    { kind: 'table', headers, rows, numeric: [4, 5] },
  ];
}
