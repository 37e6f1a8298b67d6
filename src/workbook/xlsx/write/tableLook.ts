/**
 * A table the product deletes and makes again in one session (a roll into the user's workbook, the check's
 * tblAvstemming) is written as a new part (tableXml.ts), but what the user chose for the table as a whole stays:
 * its style (tableStyleInfo: the style's name, stripes, first and last column), whether it shows filter buttons,
 * its columns' ids (by name: a table slicer names its column by id), and its extensions (extLst: Excel's alt text) when they declare their own namespaces. What described its old
 * rows does not: a filter or sort (the rows it hid were shown again when the table was deleted, editTables.ts;
 * on other rows it would mislead) and a totals row the new table does not have (the roll's tables have none) — both
 * reported, for the roll to name. A Total Row made again under the new rows (tblAvstemming's, review r17) keeps what
 * it was of each column: its label, its function, its formats.
 */
import { splice, withAttributes, type Splice } from '../xml/patch';
import { attributesOf, children, localName, rootElement, type Element } from '../xml/tags';

export interface TableLook {
  readonly xml: string;
  /** The old table had a filter or sort on its rows: not carried. */
  readonly filterDropped: boolean;
  /** The old table had a totals row: not carried. */
  readonly totalsDropped: boolean;
}

/** An element's text without the prefix of its own tags (its attributes and children as they are). */
function unprefixed(xml: string, e: Element): string {
  const text = xml.slice(e.start, e.end);
  const prefix = e.name.slice(0, e.name.length - e.local.length);
  if (prefix === '') return text;
  const own = new RegExp(`<(/?)${prefix.replace(/[.]/g, '\\.')}(?=[\\w.-]+[\\s/>])`, 'g');
  return text.replace(own, '<$1');
}

/** Whether every prefix used in `text` is declared in it (then it can stand under another root). */
function selfContained(text: string): boolean {
  const used = new Set([...text.matchAll(/<\/?([\w.-]+):/g)].map((m) => m[1] ?? ''));
  return [...used].every((p) => new RegExp(`xmlns:${p}\\s*=`).test(text));
}

/** What a Total Row is of a column (its label or function, its format) and of the table (its formats). */
const TOTALS_COLUMN = ['totalsRowLabel', 'totalsRowFunction', 'totalsRowDxfId'] as const;
const TOTALS_TABLE = ['totalsRowDxfId', 'totalsRowBorderDxfId', 'totalsRowCellStyle'] as const;

/** The attributes of `names` that `attrs` has. */
const picked = (attrs: ReadonlyMap<string, string>, names: readonly string[]): Record<string, string> =>
  Object.fromEntries(names.flatMap((n) => (attrs.has(n) ? [[n, attrs.get(n) ?? '']] : [])));

/**
 * The splices that give each column of `fresh` the id its name had in `old` (a slicer, a query names a column by
 * id: the roll's new order would point them at another column), a new column an id above every old one; with
 * `totals` (both parts have a Total Row), what her Total Row was of that column too: its label or function
 * («sum»: the SUBTOTAL(109,…) its cell holds) and a custom formula, by name as the cells are written.
 */
function keepColumns(old: string, fresh: string, totals: boolean): Splice[] {
  const columnsOf = (xml: string) => {
    const list = children(xml, rootElement(xml)).find((k) => k.local === 'tableColumns');
    return list ? children(xml, list).filter((c) => c.local === 'tableColumn') : [];
  };
  const attrs = (xml: string, c: Element) => attributesOf(xml.slice(c.open.start, c.open.end));
  const was = new Map<string, Element>();
  for (const c of columnsOf(old)) was.set((attrs(old, c).get('name') ?? '').toLowerCase(), c);
  let next = Math.max(0, ...[...was.values()].map((c) => Number(attrs(old, c).get('id') ?? 0))) + 1;
  return columnsOf(fresh).map((c) => {
    const o = was.get((attrs(fresh, c).get('name') ?? '').toLowerCase());
    const id = o ? Number(attrs(old, o).get('id') ?? 0) : next++;
    const carried = totals && o ? picked(attrs(old, o), TOTALS_COLUMN) : {};
    const open = withAttributes(fresh.slice(c.open.start, c.open.end), { id: String(id), ...carried });
    const formula = totals && o ? children(old, o).find((k) => k.local === 'totalsRowFormula') : undefined;
    if (!formula) return { start: c.open.start, end: c.open.end, text: open };
    // Schema order: a calculated column's formula (the fresh column's children) before the totals row's.
    const tag = open.endsWith('/>') ? `${open.slice(0, -2).trimEnd()}>` : open;
    const text = `${tag}${fresh.slice(c.open.end, c.inner)}${unprefixed(old, formula)}</${c.name}>`;
    return { start: c.start, end: c.end, text };
  });
}

/** `fresh` (the new part) with the look of `old` (the part it replaces) kept; see the file comment. */
export function keepTableLook(old: string, fresh: string): TableLook {
  const oldRoot = rootElement(old);
  const was = children(old, oldRoot);
  const find = (local: string) => was.find((k) => k.local === local);
  const root = rootElement(fresh);
  const kids = children(fresh, root);
  const attrs = attributesOf(old.slice(oldRoot.open.start, oldRoot.open.end));
  const hadTotals = Number(attrs.get('totalsRowCount') ?? 0) > 0;
  const hasTotals = Number(attributesOf(fresh.slice(root.open.start, root.open.end)).get('totalsRowCount') ?? 0) > 0;
  const totals = hadTotals && hasTotals;
  const splices: Splice[] = keepColumns(old, fresh, totals);
  const rootTotals = totals ? picked(attrs, TOTALS_TABLE) : {};
  if (Object.keys(rootTotals).length > 0)
    splices.push({
      start: root.open.start,
      end: root.open.end,
      text: withAttributes(fresh.slice(root.open.start, root.open.end), rootTotals),
    });
  const style = find('tableStyleInfo');
  const freshStyle = kids.find((k) => k.local === 'tableStyleInfo');
  if (style && freshStyle) splices.push({ start: freshStyle.start, end: freshStyle.end, text: unprefixed(old, style) });
  const filter = find('autoFilter');
  const freshFilter = kids.find((k) => k.local === 'autoFilter');
  const headed = attrs.get('headerRowCount') !== '0';
  // A table with a header row and no autoFilter is one whose filter buttons the user turned off.
  if (!filter && headed && freshFilter) splices.push({ start: freshFilter.start, end: freshFilter.end, text: '' });
  const ext = find('extLst');
  const extText = ext && unprefixed(old, ext);
  if (extText && selfContained(extText) && !kids.some((k) => k.local === 'extLst'))
    splices.push({ start: root.inner, end: root.inner, text: extText });
  const filtered = filter !== undefined && children(old, filter).some((c) => localName(c.name) !== 'extLst');
  const filterDropped = filtered || find('sortState') !== undefined;
  const totalsDropped = hadTotals && !hasTotals;
  return { xml: splices.length > 0 ? splice(fresh, splices) : fresh, filterDropped, totalsDropped };
}
