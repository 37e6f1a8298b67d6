/**
 * The third step of read.ts: the plan's blocks, the versions found by their header or by their ID columns, and the
 * formulas asked after a block (text amounts, empty rows, a version's Ref column), loaded in as few syncs as the
 * payload budget allows (readBlocks.ts).
 */
import { isVersionSheet, sheetScopeOf, type VersionIdCells } from '../../domain';
import type { ReadScope } from '../port';
import {
  askCommentFormats,
  commentBlocksFirst,
  commentFormatsUpFront,
  keepCommentFormats,
  withCommentCells,
} from './commentFormats';
import { askEmptyRowFormulas } from './emptyRows';
import { assembleSheets, batchCount, loadPieces, versionIdCellsOf, type LoadedPiece } from './readBlocks';
import { planPieces, probePiece, type LocatedTable, type Piece, type Rect } from './readPlan';
import { askTextFormulas, textFormulasUpFront } from './textFormulas';
import { askVersionRefs, movedVersionIdPieces, versionIdReads, type VersionTop } from './versionIds';

/** A sheet whose used range was located: null when it has none. */
export interface UsedRange {
  readonly sheet: string;
  readonly rect: Rect | null;
}

/** What the second sync located: the tables, the sheets read by used range, the other sheets and their tops. */
export interface Located {
  readonly located: readonly LocatedTable[];
  readonly used: readonly UsedRange[];
  readonly others: readonly UsedRange[];
  readonly tops: readonly VersionTop[];
}

export function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}

/**
 * Every block of values on a sheet whose table's sampled rows weigh more than a value is estimated at (payload.ts
 * sampledBytesPerCell) is estimated at their weight: the table's body in a check or a roll, the sheet's used range
 * in a structure read (review r38: 4.06 MB in one response at 5 000 measures with long texts, estimated at 24 a cell).
 */
function sizedBySample(pieces: readonly Piece[], located: readonly LocatedTable[]): Piece[] {
  const bySheet = new Map<string, number>();
  for (const { sheet, bytesPerCell } of located) {
    const key = sheet.toLowerCase();
    if (bytesPerCell) bySheet.set(key, Math.max(bytesPerCell, bySheet.get(key) ?? 0));
  }
  return pieces.map((p) => {
    const bytesPerCell = p.field === 'values' && !p.bytesPerCell ? bySheet.get(p.sheet.toLowerCase()) : undefined;
    return bytesPerCell ? { ...p, bytesPerCell } : p;
  });
}

/** Loads the plan's blocks and the versions' ID columns; the latter apart, as the cells of the versions' IDs. */
export async function loadBlocks(
  context: Excel.RequestContext,
  { located, used, others, tops }: Located,
  scope: ReadScope,
  budget: number,
): Promise<{ loaded: LoadedPiece[]; versionIdCells: VersionIdCells[] }> {
  // A version is known by its header, wherever a user renamed it: the top of each other sheet is read in the
  // first batch, and a sheet whose top the domain takes for a version joins the queue whole.
  const byHeader = sheetScopeOf(scope).versionsByHeader;
  const probes = byHeader ? others.flatMap((u) => (u.rect ? [probePiece(u.sheet, u.rect)] : [])) : [];
  const versions = (found: readonly LoadedPiece[]) => {
    const tops = assembleSheets(
      others.map((u) => u.sheet),
      found,
    );
    const named = new Set(tops.filter((s) => isVersionSheet(s)).map((s) => s.sheet));
    return planPieces(
      [],
      others.filter((u) => named.has(u.sheet)),
      scope,
    );
  };
  // The ID columns stand on sheets nothing else of the read touches: told apart from the rest by their sheet. A
  // sheet whose top from A1 tells nothing (its cells start elsewhere) is probed with the plan's blocks, and its ID
  // columns follow when it is a version the user moved.
  const ids = versionIdReads(tops, others);
  const idSheets = new Set([...ids.pieces, ...ids.probes].map((p) => p.sheet));
  // A version's economy plan Ref column whole when that takes no sync more; else (at 10 000 measures it would) its
  // ID columns go first, and the block holding the economy plan's title asks for the Ref column under it alone.
  // The numbers in Avstemming's Kommentar ask for their formats (commentFormats.ts), its blocks first when that is free.
  const planned = commentBlocksFirst(
    sizedBySample(withCommentCells(planPieces(located, used, scope), located), located),
    budget,
  );
  const refs = ids.refs.map((r) => r.whole);
  const whole =
    batchCount([...planned, ...ids.pieces, ...refs], budget) <= batchCount([...planned, ...ids.pieces], budget);
  const pieces = commentFormatsUpFront(
    textFormulasUpFront(whole ? [...planned, ...ids.pieces, ...refs] : [...ids.pieces, ...planned], budget),
    budget,
  );
  const askRefs = whole ? () => [] : askVersionRefs(ids.refs);
  const asks = (l: LoadedPiece) => [
    ...askTextFormulas(l),
    ...askEmptyRowFormulas(l),
    ...askCommentFormats(l),
    ...askRefs(l),
  ];
  const probed = byHeader
    ? { pieces: probes, follow: versions }
    : { pieces: ids.probes, follow: (found: readonly LoadedPiece[]) => movedVersionIdPieces(found, others) };
  // A version's ID columns do not ask for their error cells: an error there is no ID either way (errorCells.ts).
  const errorsAsked = (p: Piece) => !idSheets.has(p.sheet);
  const [idColumns, loaded] = partition(await loadPieces(context, pieces, budget, probed, asks, errorsAsked), (l) =>
    idSheets.has(l.piece.sheet),
  );
  return { loaded: keepCommentFormats(loaded), versionIdCells: versionIdCellsOf(idColumns) };
}
