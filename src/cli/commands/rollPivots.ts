/**
 * The pivot tables a roll into the user's workbook leaves showing the old period (SPEC §11): a pivot cache keeps
 * the rows it was last refreshed with, so a pivot table built on a table the roll wrote anew, or on cells it
 * emptied (Sammendrag and Avstemming, written anew for the new period, too), shows the figures from before the roll until the user refreshes it. The roll never touches a pivot
 * part: it names each such pivot table and says to refresh it (not one whose cache Excel refreshes on opening).
 * A cache built on a defined name ('Tiltak drift'!$A$1:$U$12) is taken as built on the cells the name refers to.
 */
import { parseRange, type Edit, type Lang } from '../../domain';
import { cliText } from '../../i18n/cliCommand';
import type { PivotSource } from '../../workbook/xlsx';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

type Box = NonNullable<ReturnType<typeof parseRange>>;

const overlaps = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** A pivot table built on the defined name of one block of cells, as built on those cells; else as it is. */
function onNamedCells(p: PivotSource, names: readonly { name: string; ref: string }[]): PivotSource {
  const name = p.table === undefined ? undefined : names.find((n) => same(n.name, p.table ?? ''));
  const m = name && /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(name.ref.trim());
  if (!m) return p;
  const sourceSheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  return {
    pivot: p.pivot,
    sheet: p.sheet,
    sourceSheet,
    ref: (m[3] ?? '').replace(/\$/g, ''),
    refreshOnLoad: p.refreshOnLoad,
  };
}

/**
 * The pivot tables built on a table `edits` make anew or on cells they empty (to write them anew), directly or
 * through one of the workbook's `names`.
 */
export function stalePivots(
  sources: readonly PivotSource[],
  edits: readonly Edit[],
  names: readonly { name: string; ref: string }[] = [],
): PivotSource[] {
  const pivots = sources.map((p) => onNamedCells(p, names));
  const tables = edits.flatMap((e) => (e.kind === 'deleteOwnedTable' ? [e.name] : []));
  const blocks = edits.flatMap((e) => {
    const box = e.kind === 'clearOwnedRange' ? parseRange(e.range) : null;
    return box && e.kind === 'clearOwnedRange' ? [{ sheet: e.sheet, box }] : [];
  });
  return pivots.filter((p) => {
    if (p.refreshOnLoad) return false;
    if (p.table !== undefined) return tables.some((t) => same(t, p.table ?? ''));
    const ref = parseRange(p.ref ?? '');
    return ref !== null && blocks.some((b) => same(b.sheet, p.sourceSheet ?? '') && overlaps(b.box, ref));
  });
}

/** One line per pivot table to refresh, in `lang`. */
export function stalePivotLines(pivots: readonly PivotSource[], lang: Lang): string[] {
  return pivots.map((p) => {
    const source =
      p.table !== undefined
        ? cliText('pivotOnTable', lang, { table: p.table })
        : cliText('pivotOnCells', lang, { sheet: p.sourceSheet ?? '', range: p.ref ?? '' });
    return cliText('rollPivot', lang, { pivot: p.pivot, sheet: p.sheet, source });
  });
}
