/**
 * Excel's calculation chain (xl/calcChain.xml) lists formula cells in calculation order. When the product
 * rewrites or clears a cell the chain lists, the chain is stale and Excel "repairs" the file; dropped,
 * Excel rebuilds it on open without a word. So the chain is dropped exactly then, and kept otherwise.
 */
import { parseA1 } from '../../../domain';
import type { SheetEntry } from '../book';
import { attributesOf, children, rootElement } from '../xml/tags';

/** Whether the chain lists a cell of `touched` (its sheet id in "i", inherited from the previous entry). */
export function dropStaleCalcChain(
  xml: string,
  touched: readonly { readonly sheet: SheetEntry; readonly cells: ReadonlySet<number> }[],
): boolean {
  if (touched.every((t) => t.cells.size === 0)) return false;
  const byId = new Map(touched.map((t) => [t.sheet.sheetId, t.cells]));
  let sheetId = 0;
  for (const c of children(xml, rootElement(xml))) {
    if (c.local !== 'c') continue;
    const a = attributesOf(xml.slice(c.open.start, c.open.end));
    if (a.has('i')) sheetId = Number(a.get('i'));
    const at = parseA1(a.get('r') ?? '');
    if (at && byId.get(sheetId)?.has(at.row * 16384 + at.col - 1)) return true;
  }
  return false;
}
