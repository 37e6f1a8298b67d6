/**
 * The Excel read's formulas in the file's spelling of a this-row reference (see ../thisRow.ts): Office.js gives
 * `[@[2027]:[2030]]`, the domain knows only `tblTiltakDrift[[#This Row],[2027]:[2030]]`.
 */
import { parseA1, type SheetSnapshot } from '../../domain';
import { fileThisRow } from '../thisRow';
import type { Rect } from './readPlan';

/** A table's name and block (header to last row), on `sheet`. */
export interface TableBlock {
  readonly name: string;
  readonly sheet: string;
  readonly rect: Rect;
}

/** The table of `tables` on `sheet` whose block holds (row, col), or null. */
function tableAt(tables: readonly TableBlock[], sheet: string, row: number, col: number): string | null {
  const t = tables.find(
    (b) => b.sheet === sheet && row >= b.rect.top && row <= b.rect.bottom && col >= b.rect.left && col <= b.rect.right,
  );
  return t ? t.name : null;
}

/** Every formula of `sheets` that holds an "@" reference, given in the file's spelling (in place). */
export function fileThisRowFormulas(sheets: readonly SheetSnapshot[], tables: readonly TableBlock[]): void {
  for (const sheet of sheets) {
    const origin = parseA1(sheet.origin);
    if (!sheet.formulas || !origin) continue;
    sheet.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f !== 'string' || !f.includes('[')) return;
        const table = tableAt(tables, sheet.sheet, origin.row + r, origin.col + c);
        const file = fileThisRow(f, table);
        if (file !== f) (line as (string | null)[])[c] = file;
      }),
    );
  }
}
