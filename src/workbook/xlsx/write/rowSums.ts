/**
 * Per-row sums brought up to date in the rows a setCells edit writes, as Excel's recalculation brings them (SPEC §11,
 * "Writing into a user's workbook"). A measure added into a row whose Sum periode already holds the product's sum
 * (the table's calculated column, often locked in a municipal template) does not write that cell
 * (measureEdits/periodSumCell.ts), but the file keeps each formula's last result (`<v>`), and the check that reads
 * the file next reads that. So a cell of a written row, not itself written, whose own formula is a per-row sum
 * (domain rowSum.ts, either spelling the product writes) gets its result anew — its formula, type of formula and
 * style byte for byte — when it changed; the workbook is told to recalculate on open anyway (a user's cell was
 * written, editCells.ts). This is the value Excel would store for that formula, not a write of the user's cell, so
 * a locked cell on a protected sheet takes it. Any other formula keeps its result until Excel recalculates, as the
 * in-memory applier keeps it (rowSum.ts formulaValue). A cell that shares the formula of its range's first cell
 * (`<f t="shared" si="0"/>`, as Excel stores a formula filled down) is judged by that formula moved to it
 * (sharedFormula.ts), and only its <v> changes.
 */
import { evaluateRowSum, isRowSum, toRange, type CellValue, type TableInfo } from '../../../domain';
import type { SheetEntry } from '../book';
import { decodeXml } from '../xml/escape';
import { tagAttr, tagEnd } from '../xml/sheetData';
import type { BookState } from './bookState';
import type { Box } from './ranges';

/** A cell's own formula: its <f> element with text (a shared formula's first cell too; no array formula). */
const OWN_FORMULA = /<((?:[\w.-]+:)?)f(\s[^>]*)?>([^<]+)<\/\1f>/;

/** The number a cell's XML holds (no type, or t="n"); null for anything else. */
function numberIn(xml: string): number | null {
  const type = tagAttr(xml.slice(0, tagEnd(xml, 0)), 't');
  if (type !== undefined && type !== 'n') return null;
  const v = /<(?:[\w.-]+:)?v>([^<]*)</.exec(xml)?.[1];
  const n = v === undefined || v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** `xml` with `value` as its cached number result: no type attribute, its <v> replaced or added after its <f>. */
function withResult(xml: string, value: number, prefix: string): string {
  const end = tagEnd(xml, 0);
  const open = xml.slice(0, end).replace(/\st="[^"]*"/, '');
  const rest = xml.slice(end);
  const v = `<${prefix}v>${String(value).replace('e', 'E')}</${prefix}v>`;
  const old = /<(?:[\w.-]+:)?v>[^<]*<\/(?:[\w.-]+:)?v>/;
  const fEnd = /(<\/(?:[\w.-]+:)?f>|<(?:[\w.-]+:)?f(?:\s[^>]*)?\/>)/;
  return open + (old.test(rest) ? rest.replace(old, v) : rest.replace(fEnd, `$1${v}`));
}

/**
 * The per-row sums of rows `block.top`..`block.bottom` of `sheet` outside `block` (the cells just written) given
 * their result anew; `text` reads a cell's text (a table's header names a this-row span's columns).
 */
export function refreshRowSums(
  state: BookState,
  sheet: SheetEntry,
  block: Box,
  text: (xml: string | undefined) => string | null,
): void {
  const doc = state.doc(sheet);
  let tables: TableInfo[] | null = null;
  const shared = state.followers(sheet);
  const cell = (r: number, c: number): CellValue => {
    const xml = doc.cell(r, c);
    return xml === undefined ? null : (numberIn(xml) ?? text(xml));
  };
  for (let r = block.top; r <= block.bottom; r++) {
    for (const [c, xml] of doc.rowCells(r) ?? []) {
      if (c >= block.left && c <= block.right) continue;
      const f = xml.includes('f') ? OWN_FORMULA.exec(xml) : null;
      const type = f ? tagAttr(`<f${f[2] ?? ''}>`, 't') : undefined;
      if (type !== undefined && type !== 'shared') continue;
      const own = f ? decodeXml(f[3] ?? '') : shared(xml, r, c);
      if (own === null) continue;
      const formula = `=${own}`;
      if (!isRowSum(formula)) continue;
      tables ??= state.tableBounds(sheet).map((t) => ({
        name: t.name,
        sheet: sheet.name,
        ref: toRange(t.top, t.left, t.bottom, t.right),
      }));
      const value = evaluateRowSum(formula, r, tables, cell);
      if (typeof value !== 'number' || numberIn(xml) === value) continue;
      doc.putCell(r, c, withResult(xml, value, f?.[1] ?? doc.prefix));
    }
  }
}
