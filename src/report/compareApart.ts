/**
 * The changes the change report lists apart from the real ones (docs/spec.md §14): priorities only renumbered,
 * Tidligere bevilget grown only by a roll's booking, and amounts in years only one version holds (of measures and
 * of economy plan lines). Each under a heading of its own, after «Endrede tiltak» (a line's after «Endrede
 * linjer»).
 */
import {
  comparedChanges,
  formatAmount,
  isOneSided,
  kr,
  roundingStep,
  sameTextPairs,
  type ChangeSet,
  type FieldChange,
  type Kr,
  type Lang,
  type LineEntry,
  type YearsNotRead,
} from '../domain';
import { ct, type CompareKey } from '../i18n/compare';
import type { FieldTable } from '../i18n/fieldLabel';
import { reportText } from '../i18n/compareReport';
import { listText } from '../i18n/listText';
import { changeCells, lineName, tableName, type Ctx } from './compareCells';
import type { Block } from './document';

/** A name quoted as the language quotes: «» in bokmål and nynorsk, "" in English. */
const quoted = (lang: Lang, text: string): string => (lang === 'en' ? `"${text}"` : `«${text}»`);

/** The years of `rows`' amounts in years only one version holds, in calendar order: "2027, 2031". */
const oneSidedYearList = (rows: readonly { readonly changes: readonly FieldChange[] }[]): string =>
  [...new Set(rows.flatMap((r) => r.changes.filter(isOneSided).map((c) => c.year ?? 0)))]
    .sort((a, b) => a - b)
    .join(', ');

/**
 * How many of the measures only renumbered also have amounts in years only one version holds (listed apart with
 * those): their renumbering is then not all that changed, and the summary, heading and note say so.
 */
export const renumberedWithOneSided = (diff: ChangeSet): number =>
  diff.measures.changed.filter((c) => c.renumbered && c.changes.some(isOneSided)).length;

/** The summary's clause on the renumbered that also have such amounts (renumberedWithOneSided); '' when none. */
function renumberedAlso(lang: Lang, renumbered: number, also: number): string {
  if (also === 0) return '';
  return reportText(also === renumbered ? 'renumberedAlsoAll' : 'renumberedAlsoSome', lang, { count: also });
}

/**
 * The sentences under the summary that say how many of the changed measures are only renumbered, how many
 * investments only had the roll's booking added to Tidligere bevilget, how many measures and how many economy plan
 * lines have amounts in years only one version holds (all listed apart), and which added measures
 * have the text of a removed one (compare/sameText.ts: perhaps renumbered); none when there are none.
 * The report and the pane's Endringer view both say them.
 */
export function apartSummaries(lang: Lang, diff: ChangeSet): string[] {
  const { changed } = diff.measures;
  const renumbered = changed.filter((c) => c.renumbered).length;
  const carried = changed.filter((c) => c.carriedBefore).length;
  const left = diff.years.onlyOld.filter((y) => y < (diff.new.plan.years[0] ?? y)).join(', ');
  const oneSided = changed.filter((c) => c.changes.some(isOneSided));
  const lines = diff.economyPlan.changed.filter((l) => l.changes.some(isOneSided));
  const same = sameTextPairs(diff.measures);
  const pairs = same.map((p) => `${p.removed.id} → ${p.added.id} ${quoted(lang, p.added.measure.trim())}`).join(', ');
  return [
    ...(renumbered > 0
      ? [
          reportText('renumberedSummary', lang, {
            renumbered,
            changed: changed.length,
            also: renumberedAlso(lang, renumbered, renumberedWithOneSided(diff)),
          }),
        ]
      : []),
    ...(carried > 0 ? [reportText('carriedSummary', lang, { count: carried, years: left })] : []),
    ...(oneSided.length > 0
      ? [reportText('oneSidedSummary', lang, { count: oneSided.length, years: oneSidedYearList(oneSided) })]
      : []),
    ...(lines.length > 0
      ? [reportText('linesOneSidedSummary', lang, { count: lines.length, years: oneSidedYearList(lines) })]
      : []),
    ...(same.length > 0 ? [reportText('sameText', lang, { count: same.length, pairs })] : []),
  ];
}

/**
 * Units that round new money to different steps (SPEC §4): the sentence that an amount rounded to the coarser
 * is no change; null when the steps are the same, or when amounts left unconverted make a warning say more.
 */
export function unitRoundingText(lang: Lang, diff: ChangeSet): string | null {
  const [oldUnit, newUnit] = [diff.old.plan.unit, diff.new.plan.unit];
  const step = roundingStep(oldUnit, newUnit);
  if (step === null || diff.unitNotConverted) return null;
  const [fine, coarse] = oldUnit === 'kr' ? [oldUnit, newUnit] : [newUnit, oldUnit];
  return reportText('unitRounding', lang, { fine, coarse, step: formatAmount(kr(step), 'kr') });
}

/**
 * The investments whose one change is Tidligere bevilget grown by their expenditure in the years that left the
 * period (docs/spec.md §14), apart like the renumbered ones: before, now and the change; nothing when none.
 */
export function carriedBlocks(ctx: Ctx, diff: ChangeSet): Block[] {
  const { lang } = ctx;
  const carried = diff.measures.changed.filter((m) => m.carriedBefore);
  if (carried.length === 0) return [];
  const headers = (['id', 'measure', 'before', 'after', 'difference'] as const).map((h) => ct(lang, h));
  // Its amount in a year that left stands with the other years one version only holds (oneSidedBlocks).
  const rows = carried.flatMap((m) =>
    comparedChanges(m.changes).map((c) => [m.id, m.measure, ...changeCells(ctx, c, m.table)]),
  );
  return [
    { kind: 'heading', level: 3, text: reportText('carried', lang) },
    { kind: 'paragraph', text: reportText('carriedNote', lang) },
    { kind: 'table', headers, rows, numeric: [2, 3, 4] },
  ];
}

/** A changed measure's or line's cells before its amounts in years only one version holds, and those changes. */
interface OneSidedRow {
  readonly head: readonly string[];
  readonly table: FieldTable;
  readonly changes: readonly FieldChange[];
}

/**
 * Amounts in years only one version holds (docs/spec.md §14: a roll's year that left, the one it added), apart from
 * the real changes under a heading of their own: `headers` (the row's `head`, then year, before and now), «–» on
 * the side without the year, no difference (nothing was compared); nothing when there are none.
 */
function oneSidedApart(ctx: Ctx, list: readonly OneSidedRow[], headers: readonly CompareKey[]): Block[] {
  const { lang } = ctx;
  const rows = list.flatMap(({ head, table, changes }) =>
    changes
      .filter(isOneSided)
      .map((c, i) => [
        ...head.map((h) => (i === 0 ? h : '')),
        String(c.year),
        ...changeCells(ctx, c, table).slice(0, 2),
      ]),
  );
  if (rows.length === 0) return [];
  const at = headers.length - 2;
  return [
    { kind: 'heading', level: 3, text: reportText('oneSided', lang) },
    { kind: 'paragraph', text: reportText('oneSidedNote', lang) },
    { kind: 'table', headers: headers.map((h) => ct(lang, h)), rows, numeric: [at, at + 1] },
  ];
}

/** The changed measures' amounts in years only one version holds, after the measures' other groups apart. */
export function oneSidedBlocks(ctx: Ctx, diff: ChangeSet): Block[] {
  const list = diff.measures.changed.map((m) => ({ head: [m.id, m.measure], table: m.table, changes: m.changes }));
  return oneSidedApart(ctx, list, ['id', 'measure', 'year', 'before', 'after']);
}

/** The changed economy plan lines' amounts in years only one version holds, after «Endrede linjer». */
export function lineOneSidedBlocks(ctx: Ctx, diff: ChangeSet): Block[] {
  const list = diff.economyPlan.changed.map((l) => ({
    head: [lineName(l)],
    table: 'economyPlan' as const,
    changes: l.changes,
  }));
  return oneSidedApart(ctx, list, ['line', 'year', 'before', 'after']);
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
    const change = m.changes.find((c) => c.field === 'priority');
    return [m.id, m.measure, tableName(lang, m.table), m.section, String(change?.old), String(change?.new)];
  });
  const also = { alsoOneSided: renumberedWithOneSided(diff) };
  return [
    { kind: 'heading', level: 3, text: reportText('renumbered', lang, also) },
    { kind: 'paragraph', text: reportText('renumberedNote', lang, also) },
    { kind: 'table', headers, rows, numeric: [4, 5] },
  ];
}

/**
 * The sentences that a version's table has year headers that are not the plan period (ChangeSet.years.notRead):
 * which header, which years were not read and so not compared. The report and the pane's Endringer view say them.
 */
export function notReadTexts(lang: Lang, diff: ChangeSet): string[] {
  return (diff.years.notRead ?? []).map((n) =>
    reportText(n.version === 'old' ? 'yearsNotReadOld' : 'yearsNotReadNew', lang, {
      sheet: n.sheet,
      cell: n.cell,
      // The domain joins the headers found with commas (the finding's param): said as a list in the sentence.
      found: n.found === undefined ? '–' : listText(n.found.split(', '), lang),
      years: listText(n.years, lang),
    }),
  );
}

/**
 * The years of `version`'s `table` that were not read (ChangeSet.years.notRead: its year headers are not the period).
 * A measure or line listed whole from it shows them «–», as notReadTexts says, not as the empty cell they read as.
 */
export function notReadIn(diff: ChangeSet, version: 'old' | 'new', table: YearsNotRead['table']): readonly number[] {
  return (diff.years.notRead ?? []).flatMap((n) => (n.version === version && n.table === table ? n.years : []));
}

/**
 * A year's cell of a measure or line listed whole (added, removed, not compared): «–» for a year its table was not
 * read for (`unread`, notReadIn); a text that is no amount ("?") as typed (MeasureEntry.texts); an empty cell (null,
 * no money) blank as in the workbook, not «–».
 */
export function yearCell(ctx: Ctx, x: Pick<LineEntry, 'years' | 'texts'>, y: number, unread: readonly number[]) {
  if (unread.includes(y)) return '–';
  const v: Kr | null | undefined = x.years[String(y)];
  return x.texts?.[String(y)] ?? (typeof v === 'number' ? formatAmount(v, ctx.unit) : '');
}
