/**
 * The formulas of amount cells that hold number text (SPEC §7 amount-text). `range.values` gives a formula's
 * result, and =TEXT(A1;"0") gives text that reads as an amount: without its formula the pane would offer to
 * convert that cell and write a number over the user's formula (SPEC §11). The file adapter knows every formula.
 * Here, when the whole read fits one sync, the formulas of the amount columns come in it; else each block of
 * values asks, once loaded, for the formulas of each amount column from its first such cell to its last, which
 * share the later syncs: nothing when the amounts are numbers, as they nearly always are (the formulas of every
 * amount cell would cost some 7 MB more at 10 000 measures).
 */
import { parseA1, parseNorwegianNumber, type SheetSnapshot } from '../../domain';
import { type LoadedPiece } from './readBlocks';
import { fitOneSync, runsOfWanted } from './cellAsks';
import type { Piece, TextCells } from './readPlan';

/** Whether a loaded value is text that the reader may take for an amount typed as text. */
const isNumberText = (value: unknown): boolean => typeof value === 'string' && parseNorwegianNumber(value) !== null;

const formulasOf = (sheet: string, col: number, top: number, bottom: number): Piece => ({
  sheet,
  rect: { top, left: col, bottom, right: col },
  field: 'formulas',
  ofText: true,
});

/** The formulas pieces a loaded block of values asks for (see the file comment); none for other pieces. */
export function askTextFormulas(loaded: LoadedPiece): Piece[] {
  const { piece } = loaded;
  const cells = piece.textCells;
  if (!cells || piece.field !== 'values') return [];
  return runsOfWanted(loaded, cells, isNumberText).map((r) => formulasOf(piece.sheet, r.col, r.top, r.bottom));
}

/**
 * `pieces` with the formulas of every amount column up front when they and the rest fit one sync of `budget`
 * (a plan of normal size: then number text costs no sync of its own); else as they are, to ask once loaded.
 */
export function textFormulasUpFront(pieces: readonly Piece[], budget: number): readonly Piece[] {
  const cells = (p: Piece): TextCells | null => (p.field === 'values' && p.textCells) || null;
  const formulas = pieces.flatMap((p) => {
    const c = cells(p);
    return c && c.bottom >= c.top ? c.cols.map((col) => formulasOf(p.sheet, col, c.top, c.bottom)) : [];
  });
  if (formulas.length === 0 || !fitOneSync(pieces, formulas, budget)) return pieces;
  return [...pieces.map(({ textCells: _, ...p }) => p), ...formulas];
}

/**
 * Of the formulas loaded for number text, only those of cells whose value is number text stay in `sheets`: a
 * range loaded reaches from a column's first such cell to its last, or takes the whole column, and the other
 * formulas in it are not what the read is for: a check reads the same snapshot whether they came in its one sync
 * or in blocks. (In a row it writes, the domain reads a formula it knows with the value it was saved with, as
 * one it does not know, sheets/rowSum.ts formulaValue: only per-row sums are evaluated.)
 */
export function keepTextFormulas(sheets: readonly SheetSnapshot[], loaded: readonly LoadedPiece[]): void {
  // Formulas another piece loaded for themselves stay (a formula showing "" in an empty row, emptyRows.ts).
  const others = loaded.filter((l) => l.piece.field === 'formulas' && !l.piece.ofText).map((l) => l.piece);
  const otherAt = (sheet: string, row: number, col: number) =>
    others.some(
      ({ sheet: s, rect: x }) => s === sheet && row >= x.top && row <= x.bottom && col >= x.left && col <= x.right,
    );
  for (const { piece } of loaded) {
    if (!piece.ofText) continue;
    const sheet = sheets.find((s) => s.sheet === piece.sheet);
    const o = sheet ? parseA1(sheet.origin) : null;
    const formulas = sheet?.formulas as (string | null)[][] | undefined;
    if (!sheet || !o || !formulas) continue;
    for (let r = piece.rect.top - o.row; r <= piece.rect.bottom - o.row; r++) {
      const line = formulas[r];
      const c = piece.rect.left - o.col;
      if (!line || line[c] === null || isNumberText(sheet.values[r]?.[c])) continue;
      if (!otherAt(piece.sheet, r + o.row, piece.rect.left)) line[c] = null;
    }
  }
}
