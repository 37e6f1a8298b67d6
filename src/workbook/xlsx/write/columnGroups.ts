/**
 * Her folded column groups (Data › Group on columns, then folded: `outlineLevel` and `hidden` on the grouped <col>s,
 * `collapsed` on the <col> after them, or before them with summaryRight="0") on a rolled table whose column looks
 * move (columnLooks.ts). Each <col> goes with its column, so a group whose columns move together with the column
 * that holds its collapsed mark stays folded over the same columns. One whose columns part from that column (her
 * column goes after the product's, a year column takes the look of the year in its place), or whose year column
 * the roll shows (it holds another year now), would leave a collapsed mark on a column beside no group and columns
 * hidden in no fold: the group goes — outline, fold and mark — its columns shown, for the roll to name.
 */
import { attributesOf } from '../xml/tags';
import { withAttributes } from '../xml/patch';

/** A folded group as the sheet stood: its columns and the column with the collapsed mark. */
export interface Fold {
  readonly members: readonly number[];
  readonly control: number;
}

const levelOf = (tag: string | undefined): number =>
  tag === undefined ? 0 : Number(attributesOf(tag).get('outlineLevel') ?? 0) || 0;

const isCollapsed = (tag: string | undefined): boolean => tag !== undefined && /\scollapsed="(?:1|true)"/.test(tag);

/** Whether the sheet puts a group's summary (its collapsed mark) left of the group (outlinePr summaryRight="0"). */
export const summaryLeft = (xml: string): boolean => /<(?:\w+:)?outlinePr\b[^>]*\ssummaryRight="(?:0|false)"/.test(xml);

/**
 * The folded groups of the sheet's <cols> (`spans`, each <col>'s columns and tag): a column with the collapsed mark
 * and the run of columns beside it (before it, or after it when `left`) whose outline level is deeper than its own.
 */
export function foldsOf(
  spans: readonly { readonly min: number; readonly max: number; readonly tag: string }[],
  tagAt: (c: number) => string | undefined,
  left: boolean,
): Fold[] {
  const step = left ? 1 : -1;
  const folds: Fold[] = [];
  for (const span of spans.filter((s) => isCollapsed(s.tag)))
    for (let control = span.min; control <= span.max; control++) {
      const members: number[] = [];
      for (let c = control + step; c >= 1 && levelOf(tagAt(c)) > levelOf(span.tag); c += step) members.push(c);
      if (members.length > 0) folds.push({ members: members.sort((a, b) => a - b), control });
    }
  return folds;
}

/**
 * The folds that do not stay folded over the same columns: a column of it, or the one with its mark, whose look
 * goes nowhere or elsewhere than beside the others (`placed`: where the look of a column as it stood goes now, null
 * when it goes), or a column of it whose hidden mark goes (`shown`: a year column).
 */
export function brokenFolds(
  folds: readonly Fold[],
  placed: (c: number) => number | null,
  shown: ReadonlySet<number>,
): Fold[] {
  return folds.filter((f) => {
    const at = placed(f.control);
    return at === null || f.members.some((m) => shown.has(m) || placed(m) !== at + (m - f.control));
  });
}

/** The tag without the fold: a column of the group out of the outline and shown, the mark off the one beside it. */
export const unfolded = (tag: string, member: boolean): string =>
  member
    ? withAttributes(tag, { outlineLevel: null, hidden: null, collapsed: null })
    : withAttributes(tag, { collapsed: null });

/**
 * Where the looks of the broken folds' columns went (`placed`), each with whether it is a column of a group (true)
 * or only the one with a collapsed mark (false), for `unfolded`.
 */
export function unfoldAt(broken: readonly Fold[], placed: (c: number) => number | null): Map<number, boolean> {
  const at = new Map<number, boolean>();
  for (const f of broken)
    for (const c of [f.control, ...f.members]) {
      const to = placed(c);
      if (to !== null) at.set(to, c !== f.control || at.get(to) === true);
    }
  return at;
}
