/**
 * The change report (SPEC §14) as a document that the text and HTML formats both render: what changed from
 * the older version to the newer one, in the reader's language, amounts in the newer version's unit.
 */
import {
  framesByMovement,
  hasRounding,
  formatAmount,
  type ChangeSet,
  type ChangeValue,
  type Kr,
  type Lang,
  type LineEntry,
  type MeasureEntry,
  type YearChange,
  type YearChanges,
} from '../domain';
import { ct, settingChangeText, unitNotConvertedText } from '../i18n/compare';
import { reportText } from '../i18n/compareReport';
import { fieldLabel } from '../i18n/fieldLabel';
import {
  apartSummaries,
  carriedBlocks,
  notReadIn,
  yearCell,
  notReadTexts,
  renumberedBlocks,
  unitRoundingText,
} from './compareApart';
import { changeCells, lineName, movedCells, tableName, type Ctx } from './compareCells';
import { duplicateBlocks, duplicateTexts, entryText, uncompared } from './compareDuplicates';
import type { Block, ReportDocument } from './document';

/** An amount of a total: null is a year outside that version's period, "–" as the report's note says. */
const amount = (ctx: Ctx, v: ChangeValue | undefined): string =>
  typeof v === 'number' ? formatAmount(v as Kr, ctx.unit) : '–';

function headerBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
  const { lang } = ctx;
  const side = (key: 'older' | 'newer', s: ChangeSet['old']) => {
    const { years, unit } = s.plan;
    // A workbook's own plan is labelled with its file name: name it once.
    const name = s.file === s.label || s.file.endsWith(`/${s.label}`) ? s.file : `${s.label} (${s.file})`;
    return ct(lang, key, { name, from: years[0] ?? '', to: years[years.length - 1] ?? '', unit });
  };
  const p = (t: string): Block => ({ kind: 'paragraph', text: t });
  const blocks: Block[] = [{ kind: 'title', text: ct(lang, 'title', { label: diff.old.label }) }];
  // Amounts typed unconverted after a change of unit make every change below a false one: say so first (the
  // warning states the change of unit, so the plain sentence of it is not repeated).
  const note = diff.unitNotConverted;
  if (note) blocks.push({ kind: 'paragraph', text: unitNotConvertedText(lang, note), tone: 'warning' });
  blocks.push(p(side('older', diff.old)), p(side('newer', diff.new)), p(ct(lang, 'amountsIn', { unit: ctx.unit })));
  const [oldUnit, newUnit] = [diff.old.plan.unit, diff.new.plan.unit];
  if (diff.unitChanged && !note) blocks.push(p(ct(lang, 'unitChanged', { old: oldUnit, new: newUnit })));
  // Units that round new money to different steps (SPEC §4): an amount rounded to the coarser is no change.
  const rounding = unitRoundingText(lang, diff);
  if (rounding !== null) blocks.push(p(rounding));
  for (const c of diff.settings) blocks.push(p(settingChangeText(lang, c, ctx.unit)));
  for (const text of notReadTexts(lang, diff)) blocks.push({ kind: 'paragraph', text, tone: 'warning' });
  const { common, onlyOld, onlyNew } = diff.years;
  if (onlyOld.length + onlyNew.length > 0) {
    blocks.push(
      p(common.length > 0 ? ct(lang, 'yearsCompared', { years: common.join(', ') }) : ct(lang, 'noCommonYears')),
    );
    if (onlyOld.length > 0) blocks.push(p(ct(lang, 'yearsOnlyOld', { years: onlyOld.join(', ') })));
    if (onlyNew.length > 0) blocks.push(p(ct(lang, 'yearsOnlyNew', { years: onlyNew.join(', ') })));
  }
  const { measures: m, economyPlan: e } = diff;
  const counts = {
    added: m.added.length,
    removed: m.removed.length,
    finished: m.finished.length,
    changed: m.changed.length,
    linesAdded: e.added.length,
    linesRemoved: e.removed.length,
    linesChanged: e.changed.length,
  };
  const nothing =
    diff.settings.length === 0 &&
    diff.duplicateIds.every((d) => uncompared(d).length === 0) &&
    Object.values(counts).every((n) => n === 0);
  blocks.push({ kind: 'paragraph', text: ct(lang, nothing ? 'nothing' : 'summary', counts), tone: 'info' });
  // An ID on several rows: named with its cells, before any list whose rows it explains.
  for (const text of duplicateTexts(lang, diff)) blocks.push({ kind: 'paragraph', text, tone: 'warning' });
  blocks.push(...apartSummaries(lang, diff).map(p));
  return blocks;
}

const none = (ctx: Ctx): Block => ({ kind: 'paragraph', text: ct(ctx.lang, 'none') });

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

/** The changed measures but those only renumbered: field by field, a move between the tables first. */
function changedTable(ctx: Ctx, diff: ChangeSet): Block {
  const { lang } = ctx;
  const changed = diff.measures.changed.filter((m) => !m.renumbered && !m.carriedBefore);
  if (changed.length === 0)
    return diff.measures.changed.length === 0
      ? none(ctx)
      : { kind: 'paragraph', text: reportText('changedOnlyRenumbered', lang) };
  const rows = changed.flatMap((m) => {
    const moved = movedCells(lang, m);
    const lines = m.changes.map((c) => [fieldLabel(c, m.table), ...changeCells(ctx, c, m.table)]);
    if (moved !== null) lines.unshift([...moved, '']);
    return lines.map((cells, i) => [i === 0 ? m.id : '', i === 0 ? m.measure : '', ...cells]);
  });
  const headers = ['id', 'measure', 'field', 'before', 'after', 'difference'] as const;
  // Before and now hold text as often as amounts: only the change column is right-aligned (and kept on one line).
  return { kind: 'table', headers: headers.map((h) => ct(lang, h)), rows, numeric: [5] };
}

/** The «Herav avrunding» cell: the rounding in a difference, blank where there is none. */
const roundingCell = (ctx: Ctx, c: YearChange | undefined): string =>
  c?.rounding !== undefined ? amount(ctx, c.rounding) : '';

function yearTable(ctx: Ctx, years: YearChanges): Block {
  const rounding = hasRounding(Object.values(years));
  const keys = ['year', 'before', 'after', 'difference', ...(rounding ? (['rounding'] as const) : [])] as const;
  const rows = Object.entries(years).map(([y, c]) => [
    y,
    amount(ctx, c.old),
    amount(ctx, c.new),
    amount(ctx, c.difference),
    ...(rounding ? [roundingCell(ctx, c)] : []),
  ]);
  const headers = keys.map((h) => ct(ctx.lang, h));
  return { kind: 'table', headers, rows, numeric: rounding ? [1, 2, 3, 4] : [1, 2, 3] };
}

/**
 * New money per frame: the frames whose new money moved in a year both versions hold, year by year; the others
 * named in one line (the totals per year above already show the years only one version holds).
 */
function frameBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
  const { lang } = ctx;
  const name = (frame: string) => frame || ct(lang, 'noFrame');
  const { moved, unchanged } = framesByMovement(diff);
  const rounding = hasRounding(moved.flatMap((f) => diff.years.common.map((y) => f.years[String(y)])));
  const rows = moved.flatMap((f) =>
    diff.years.common.map((y, i) => {
      const c = f.years[String(y)];
      return [
        i === 0 ? name(f.frame) : '',
        String(y),
        amount(ctx, c?.old),
        amount(ctx, c?.new),
        amount(ctx, c?.difference),
        ...(rounding ? [roundingCell(ctx, c)] : []),
      ];
    }),
  );
  // With no year in both versions no frame was compared: "unchanged in the years both hold" would be empty talk.
  if (diff.years.common.length === 0) return [{ kind: 'paragraph', text: ct(lang, 'noCommonYears') }];
  const still = unchanged.map((f) => name(f.frame));
  const keys = [
    'frame',
    'year',
    'before',
    'after',
    'difference',
    ...(rounding ? (['rounding'] as const) : []),
  ] as const;
  const headers = keys.map((h) => ct(lang, h));
  const numeric = rounding ? [2, 3, 4, 5] : [2, 3, 4];
  return [
    ...(rows.length > 0 ? [{ kind: 'table', headers, rows, numeric } as Block] : []),
    ...(still.length > 0
      ? [{ kind: 'paragraph', text: ct(lang, 'framesUnchanged', { frames: still.join(', ') }) } as Block]
      : []),
    ...(rows.length + still.length === 0 ? [none(ctx)] : []),
  ];
}

function totalsBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
  const { lang } = ctx;
  const h3 = (key: 'operating' | 'newMoney' | 'investment' | 'byFrame'): Block => ({
    kind: 'heading',
    level: 3,
    text: ct(lang, key),
  });
  const oneSided = diff.years.onlyOld.length + diff.years.onlyNew.length > 0;
  return [
    { kind: 'heading', level: 2, text: ct(lang, 'totals') },
    ...(oneSided ? [{ kind: 'paragraph', text: ct(lang, 'outsidePeriod') } as Block] : []),
    h3('operating'),
    yearTable(ctx, diff.totals.operating),
    h3('newMoney'),
    yearTable(ctx, diff.totals.newMoney),
    h3('investment'),
    yearTable(ctx, diff.totals.investment),
    h3('byFrame'),
    ...frameBlocks(diff, ctx),
  ];
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
  const rows = changed.flatMap((l) =>
    l.changes.map((c, i) => [
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
  return [
    { kind: 'heading', level: 2, text: ct(lang, 'economyPlan') },
    h3('linesAdded'),
    lineTable(ctx, diff, added, 'new'),
    h3('linesRemoved'),
    lineTable(ctx, diff, removed, 'old'),
    h3('linesChanged'),
    rows.length > 0 ? { kind: 'table', headers, rows, numeric: [4] } : none(ctx),
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
      ...totalsBlocks(diff, ctx),
      ...economyPlanBlocks(diff, ctx),
    ],
  };
}
