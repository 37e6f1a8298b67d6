/**
 * Editing the top-level elements of a part (a worksheet's skeleton, workbook.xml, styles.xml): find a
 * child by local name, replace or remove it, or insert it where the schema's sequence puts it.
 */
import { insertionPoint, splice } from '../xml/patch';
import { children, prefixOf, rootElement, type Element } from '../xml/tags';

/** CT_Worksheet's children in schema order (ECMA-376 §18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/** The document element's child named `local`. */
export function topChild(xml: string, local: string): Element | undefined {
  return children(xml, rootElement(xml)).find((c) => c.local === local);
}

/** The prefix the document element's children use ("" or "x:"). */
export const rootPrefix = (xml: string): string => prefixOf(rootElement(xml).name);

/**
 * `xml` with its top-level `local` element replaced by `replacement` (null removes it); when there is
 * none, `replacement` is inserted at its place in `order`.
 */
export function setTopChild(xml: string, local: string, replacement: string | null, order: readonly string[]): string {
  const found = topChild(xml, local);
  if (found) return splice(xml, [{ start: found.start, end: found.end, text: replacement ?? '' }]);
  if (replacement === null) return xml;
  const root = rootElement(xml);
  if (root.open.kind === 'empty') {
    // `<styleSheet …/>`: the root opens, holds the child, and closes (nothing can be inserted after "/>").
    const open = `${xml.slice(root.open.start, root.open.end - 2).trimEnd()}>`;
    return splice(xml, [{ start: root.start, end: root.end, text: `${open}${replacement}</${root.name}>` }]);
  }
  const at = insertionPoint(xml, root, local, order);
  return splice(xml, [{ start: at, end: at, text: replacement }]);
}

/** The inner XML of an element (between its tags; "" for an empty element). */
export const innerOf = (xml: string, e: Element): string => xml.slice(e.open.end, e.inner);
