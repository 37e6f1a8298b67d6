/**
 * The change report (SPEC §14) as a document that the text and HTML formats both render: what changed from
 * the older version to the newer one, in the reader's language, amounts in the newer version's unit. This file
 * holds the lists of measures and economy plan lines added, removed and changed, and puts the report together
 * with its head (compareHeader.ts) and totals (compareTotals.ts).
 */
import {
  comparedChanges,
  type ChangeSet,
  type FieldChange,
  type Lang,
  type LineEntry,
  type MeasureChange,
  type MeasureEntry,
} from '../domain';
import { ct } from '../i18n/compare';
import { reportText } from '../i18n/compareReport';
import { fieldLabel } from '../i18n/fieldLabel';
import {
  carriedBlocks,
  lineOneSidedBlocks,
  notReadIn,
  oneSidedBlocks,
  yearCell,
  renumberedBlocks,
} from './compareApart';
import { changeCells, lineName, movedCells, none, tableName, type Ctx } from './compareCells';
import { duplicateBlocks, entryText } from './compareDuplicates';
import { headerBlocks } from './compareHeader';
import { compareTotalsBlocks } from './compareTotals';
import type { Block, ReportDocument } from './document';

function entryTable(ctx: Ctx, diff: ChangeSet, entries: readonly MeasureEntry[], version: 'old' | 'new'): Block {
  const { lang } = ctx;
  if (entries.length === 0) return none(ctx);
  const years = diff[version].plan.years;
  const fixed = [ct(lang, 'id'), ct(lang, 'table'), ct(lang, 'section'), ct(lang, 'priority'), ct(lang, 'measure')];
  return {
    kind: 'table',
    headers: [...fixed, ct(lang, 'status'), ...years.map(String)],
    rows: entries.map((m) => [
      m.id,
      tableName(lang, m.table),
      m.section,
      m.priority === null ? '' : String(m.priority),
      entryText(lang, m),
      // A list value as typed, in every language (the glossary's rule): the user finds and types it so.
      m.costStatus,
      ...years.map((y) => yearCell(ctx, m, y, notReadIn(diff, version, m.table))),
    ]),
    numeric: years.map((_, i) => fixed.length + 1 + i),
  };
}

/** The finished one-offs (removed, but done), under a heading of their own; nothing when there are none. */
function finishedBlocks(ctx: Ctx, diff: ChangeSet): Block[] {
  const { finished } = diff.measures;
  if (finished.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: ct(ctx.lang, 'finished') },
    { kind: 'paragraph', text: ct(ctx.lang, 'finishedNote') },
    entryTable(ctx, diff, finished, 'old'),
  ];
}

/**
 * The changes of a measure listed under «Endrede tiltak»: those that compare the versions, but none of one only
 * renumbered or only booked by a roll (listed apart: renumberedBlocks, carriedBlocks); its amounts in years one
 * version only holds are listed apart too (oneSidedBlocks).
 */
const realChanges = (m: MeasureChange): readonly FieldChange[] =>
  m.carriedBefore || m.renumbered ? [] : comparedChanges(m.changes);

/** The changed measures but those only renumbered: field by field, a move between the tables first. */
function changedTable(ctx: Ctx, diff: ChangeSet): Block {
  const { lang } = ctx;
  const changed = diff.measures.changed.filter((m) => m.movedFrom !== undefined || realChanges(m).length > 0);
  if (changed.length === 0)
    return diff.measures.changed.length === 0
      ? none(ctx)
      : { kind: 'paragraph', text: reportText('changedOnlyRenumbered', lang) };
  const rows = changed.flatMap((m) => {
    const moved = movedCells(lang, m);
    const lines = realChanges(m).map((c) => [fieldLabel(c, m.table), ...changeCells(ctx, c, m.table)]);
    if (moved !== null) lines.unshift([...moved, '']);
    return lines.map((cells, i) => [i === 0 ? m.id : '', i === 0 ? m.measure : '', ...cells]);
  });
  const headers = ['id', 'measure', 'field', 'before', 'after', 'difference'] as const;
  // Before and now hold text as often as amounts: only the change column is right-aligned (and kept on one line).
  return { kind: 'table', headers: headers.map((h) => ct(lang, h)), rows, numeric: [5] };
}

function lineTable(ctx: Ctx, diff: ChangeSet, lines: readonly LineEntry[], version: 'old' | 'new'): Block {
  if (lines.length === 0) return none(ctx);
  const [years, unread] = [diff[version].plan.years, notReadIn(diff, version, 'economyPlan')];
  return {
    kind: 'table',
    headers: [ct(ctx.lang, 'line'), fieldLabel({ field: 'description' }, 'economyPlan'), ...years.map(String)],
    rows: lines.map((l) => [lineName(l), l.description, ...years.map((y) => yearCell(ctx, l, y, unread))]),
    numeric: years.map((_, i) => 2 + i),
  };
}

function economyPlanBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
  const { lang } = ctx;
  const { added, removed, changed } = diff.economyPlan;
  // A line's amounts in years one version only holds are listed apart, after these (lineOneSidedBlocks).
  const rows = changed.flatMap((l) =>
    comparedChanges(l.changes).map((c, i) => [
      i === 0 ? lineName(l) : '',
      fieldLabel(c, 'economyPlan'),
      ...changeCells(ctx, c, 'economyPlan'),
    ]),
  );
  const headers = (['line', 'field', 'before', 'after', 'difference'] as const).map((h) => ct(lang, h));
  const h3 = (key: 'linesAdded' | 'linesRemoved' | 'linesChanged'): Block => ({
    kind: 'heading',
    level: 3,
    text: ct(lang, key),
  });
  // Not compared (the table or a column of it found in one version only): said in place of the lists.
  if (diff.economyPlanNotFound !== undefined)
    return [
      { kind: 'heading', level: 2, text: ct(lang, 'economyPlan') },
      { kind: 'paragraph', text: reportText('linesNotCompared', lang), tone: 'warning' },
    ];
  return [
    { kind: 'heading', level: 2, text: ct(lang, 'economyPlan') },
    h3('linesAdded'),
    lineTable(ctx, diff, added, 'new'),
    h3('linesRemoved'),
    lineTable(ctx, diff, removed, 'old'),
    h3('linesChanged'),
    rows.length > 0
      ? { kind: 'table', headers, rows, numeric: [4] }
      : changed.length > 0
        ? { kind: 'paragraph', text: reportText('changedOnlyRenumbered', lang) }
        : none(ctx),
    ...lineOneSidedBlocks(ctx, diff),
  ];
}

/** The whole change report in `lang`, amounts in the newer version's unit. */
export function compareDocument(diff: ChangeSet, lang: Lang): ReportDocument {
  const ctx: Ctx = { lang, unit: diff.new.plan.unit };
  const h = (key: 'measures' | 'added' | 'removed' | 'changed', level: 2 | 3): Block => ({
    kind: 'heading',
    level,
    text: ct(lang, key),
  });
  return {
    title: ct(lang, 'title', { label: diff.old.label }),
    blocks: [
      ...headerBlocks(diff, ctx),
      h('measures', 2),
      h('added', 3),
      entryTable(ctx, diff, diff.measures.added, 'new'),
      h('removed', 3),
      entryTable(ctx, diff, diff.measures.removed, 'old'),
      ...finishedBlocks(ctx, diff),
      ...duplicateBlocks(lang, diff, (entries, version) => entryTable(ctx, diff, entries, version)),
      h('changed', 3),
      changedTable(ctx, diff),
      ...renumberedBlocks(ctx, diff),
      ...carriedBlocks(ctx, diff),
      ...oneSidedBlocks(ctx, diff),
      ...compareTotalsBlocks(diff, ctx),
      ...economyPlanBlocks(diff, ctx),
    ],
  };
}
