/**
 * The pivot tables of a workbook and what their caches are built on (read only: a roll into the workbook never
 * changes a pivot part, it tells the user which pivot tables show the figures from before it until refreshed).
 * A cache built on a table names it (worksheetSource name="tblTiltakDrift"); one built on cells names their sheet
 * and range. Caches of another workbook (an r:id source) or of no worksheet (external data) are left out.
 */
import type { Structure } from '../book';
import { isRelType, readRels } from '../opc';
import type { OpcPackage } from '../package';
import { attributesOf, children, rootElement } from '../xml/tags';

export interface PivotSource {
  /** The pivot table's name and the sheet it stands on. */
  readonly pivot: string;
  readonly sheet: string;
  /** The table (or defined name) the cache is built on, else the sheet and range of its cells. */
  readonly table?: string;
  readonly sourceSheet?: string;
  readonly ref?: string;
  /** Excel refreshes the cache when it opens the file (refreshOnLoad). */
  readonly refreshOnLoad: boolean;
}

const rootAttributes = (xml: string): Map<string, string> => {
  const root = rootElement(xml);
  return attributesOf(xml.slice(root.open.start, root.open.end));
};

/** What the cache part `part` is built on, or null (another workbook, external data, a damaged part). */
function cacheSource(pkg: OpcPackage, part: string): Omit<PivotSource, 'pivot' | 'sheet'> | null {
  const xml = pkg.text(part);
  const source = children(xml, rootElement(xml)).find((c) => c.local === 'cacheSource');
  const ws = source && children(xml, source).find((c) => c.local === 'worksheetSource');
  if (!ws) return null;
  const a = attributesOf(xml.slice(ws.open.start, ws.open.end));
  if ([...a.keys()].some((k) => k.endsWith(':id'))) return null;
  const refreshOnLoad = ['1', 'true'].includes(rootAttributes(xml).get('refreshOnLoad') ?? '');
  const name = a.get('name');
  if (name) return { table: name, refreshOnLoad };
  const sheet = a.get('sheet');
  const ref = a.get('ref');
  return sheet && ref ? { sourceSheet: sheet, ref, refreshOnLoad } : null;
}

/** Every pivot table on a worksheet of the package, with its cache's source. */
export function pivotSources(pkg: OpcPackage, structure: Structure): PivotSource[] {
  return structure.sheets.flatMap((sheet) => {
    if (!sheet.isWorksheet || sheet.part === '') return [];
    const pivots = readRels(pkg, sheet.part).filter((r) => !r.external && isRelType(r.type, 'pivotTable'));
    return pivots.flatMap((rel): PivotSource[] => {
      if (!pkg.has(rel.target)) return [];
      const pivot = rootAttributes(pkg.text(rel.target)).get('name') ?? '';
      const cache = readRels(pkg, rel.target).find((r) => !r.external && isRelType(r.type, 'pivotCacheDefinition'));
      const source = cache && pkg.has(cache.target) ? cacheSource(pkg, cache.target) : null;
      return source ? [{ pivot, sheet: sheet.name, ...source }] : [];
    });
  });
}
