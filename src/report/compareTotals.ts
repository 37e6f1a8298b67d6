/**
 * The totals of the change report (SPEC §14, compareDocument.ts): before, after and the difference per year for
 * operating costs, new money and investments, then new money per frame; amounts in the newer version's unit, with
 * the rounding a difference holds where units round to different steps.
 */
import {
  framesByMovement,
  hasRounding,
  formatAmount,
  type ChangeSet,
  type ChangeValue,
  type Kr,
  type YearChange,
  type YearChanges,
} from '../domain';
import { ct } from '../i18n/compare';
import { none, signedAmount, type Ctx } from './compareCells';
import type { Block } from './document';

/** An amount of a total: null is a year outside that version's period, "–" as the report's note says. */
const amount = (ctx: Ctx, v: ChangeValue | undefined): string =>
  typeof v === 'number' ? formatAmount(v as Kr, ctx.unit) : '–';

/**
 * A change of a total: signed as a changed amount's change is («+50», «−30», 0 bare: compareCells.ts signedAmount);
 * «–» where a version has no such year.
 */
const change = (ctx: Ctx, v: ChangeValue | undefined): string =>
  typeof v === 'number' ? signedAmount(v as Kr, ctx.unit) : '–';

/** The «Herav avrunding» cell: the rounding in a difference, signed as the difference, blank where there is none. */
const roundingCell = (ctx: Ctx, c: YearChange | undefined): string =>
  c?.rounding !== undefined ? change(ctx, c.rounding) : '';

function yearTable(ctx: Ctx, years: YearChanges): Block {
  const rounding = hasRounding(Object.values(years));
  const keys = ['year', 'before', 'after', 'difference', ...(rounding ? (['rounding'] as const) : [])] as const;
  const rows = Object.entries(years).map(([y, c]) => [
    y,
    amount(ctx, c.old),
    amount(ctx, c.new),
    change(ctx, c.difference),
    ...(rounding ? [roundingCell(ctx, c)] : []),
  ]);
  const headers = keys.map((h) => ct(ctx.lang, h));
  return { kind: 'table', headers, rows, numeric: rounding ? [1, 2, 3, 4] : [1, 2, 3] };
}

/**
 * New money per frame: the frames whose new money moved, or that hold new money in a year one version only holds
 * (framesByMovement), every year of either version as the year tables above (a year outside a version's period
 * «–»); the others named in one line.
 */
function frameBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
  const { lang } = ctx;
  const name = (frame: string) => frame || ct(lang, 'noFrame');
  const { moved, unchanged } = framesByMovement(diff);
  const rounding = hasRounding(moved.flatMap((f) => Object.values(f.years)));
  const rows = moved.flatMap((f) =>
    Object.entries(f.years).map(([y, c], i) => [
      i === 0 ? name(f.frame) : '',
      y,
      amount(ctx, c.old),
      amount(ctx, c.new),
      change(ctx, c.difference),
      ...(rounding ? [roundingCell(ctx, c)] : []),
    ]),
  );
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
  const table: Block[] = rows.length > 0 ? [{ kind: 'table', headers, rows, numeric }] : [];
  // With no year in both versions no frame was compared: "unchanged in the years both hold" would be empty talk.
  if (diff.years.common.length === 0) return [...table, { kind: 'paragraph', text: ct(lang, 'noCommonYears') }];
  const still = unchanged.map((f) => name(f.frame));
  return [
    ...table,
    ...(still.length > 0
      ? [{ kind: 'paragraph', text: ct(lang, 'framesUnchanged', { frames: still.join(', ') }) } as Block]
      : []),
    ...(rows.length + still.length === 0 ? [none(ctx)] : []),
  ];
}

/** The totals section: its heading, a note when a year is in one version only, the three year tables, the frames. */
export function compareTotalsBlocks(diff: ChangeSet, ctx: Ctx): Block[] {
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
