/**
 * Table parts: a new table as Excel writes one (no headerRowCount: its default, 1, is a header row), and
 * an existing one given a new ref, its columns (with everything inside them: calculated and totals-row
 * formulas, uids) kept, new ones added at the end.
 */
import { parseRange, toRange } from '../../../domain';
import { decodeExcelEscapes, encodeExcelEscapes, encodeText, encodeXml } from '../xml/escape';
import { splice, withAttributes, type Splice } from '../xml/patch';
import { attributesOf, children, prefixOf, rootElement } from '../xml/tags';

export interface NewColumn {
  readonly name: string;
  /** Calculated column formula in file spelling (no "="). */
  readonly formula?: string;
}

const columnName = (name: string): string => encodeXml(encodeExcelEscapes(name));

/**
 * The XML of a new table part over `ref` (header and body); with `totals`, a Total Row right under it (the part's ref
 * takes it in, its filter does not).
 */
export function newTableXml(
  id: number,
  name: string,
  ref: string,
  columns: readonly NewColumn[],
  totals = false,
): string {
  const b = parseRange(ref);
  const whole = totals && b ? toRange(b.top, b.left, b.bottom + 1, b.right) : ref;
  const shown = totals ? 'totalsRowCount="1"' : 'totalsRowShown="0"';
  const cols = columns
    .map((c, i) => {
      const open = `<tableColumn id="${i + 1}" name="${columnName(c.name)}"`;
      return c.formula === undefined
        ? `${open}/>`
        : `${open}><calculatedColumnFormula>${encodeText(c.formula)}</calculatedColumnFormula></tableColumn>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${encodeXml(name)}" displayName="${encodeXml(name)}" ref="${whole}" ${shown}>` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/**
 * A table part with a new ref (header and body; a totals row stays below the body, grown or not) and columns named
 * `names` in order.
 */
export function resizeTableXml(xml: string, ref: string, names: readonly string[]): string {
  const root = rootElement(xml);
  const a = attributesOf(xml.slice(root.open.start, root.open.end));
  const totals = Number(a.get('totalsRowCount') ?? 0);
  const b = parseRange(ref);
  const old = parseRange(a.get('ref') ?? '');
  if (!b || !old) throw new Error(`Not a range: ${ref}`);
  if (totals > 0 && b.bottom < old.bottom - totals) throw new Error('a table with a totals row cannot shrink here');
  const full = toRange(b.top, b.left, b.bottom + totals, b.right);
  const splices: Splice[] = [
    {
      start: root.open.start,
      end: root.open.end,
      text: withAttributes(xml.slice(root.open.start, root.open.end), { ref: full }),
    },
  ];
  const kids = children(xml, root);
  const filter = kids.find((k) => k.local === 'autoFilter');
  if (filter)
    splices.push({
      start: filter.open.start,
      end: filter.open.end,
      text: withAttributes(xml.slice(filter.open.start, filter.open.end), { ref }),
    });
  const list = kids.find((k) => k.local === 'tableColumns');
  if (list) {
    const cols = children(xml, list);
    let nextId =
      Math.max(0, ...cols.map((c) => Number(attributesOf(xml.slice(c.open.start, c.open.end)).get('id') ?? 0))) + 1;
    const p = list.name.slice(0, list.name.indexOf(':') + 1);
    const items = names.map((name, i) => {
      const c = cols[i];
      if (!c) return `<${p}tableColumn id="${nextId++}" name="${columnName(name)}"/>`;
      const open = withAttributes(xml.slice(c.open.start, c.open.end), { name: encodeExcelEscapes(name) });
      return open + xml.slice(c.open.end, c.end);
    });
    const open = withAttributes(xml.slice(list.open.start, list.open.end), { count: String(names.length) });
    splices.push({ start: list.start, end: list.end, text: `${open}${items.join('')}</${list.name}>` });
  }
  return splice(xml, splices);
}

/**
 * A table part whose column named `column` (case aside, as Excel names columns) has `formula` (file spelling, no "=")
 * as its calculated-column formula: the one there rewritten, or one added as the column's first child (the schema's
 * order); everything else of the part as it was. Null when the table has no such column.
 */
export function calculatedColumnXml(xml: string, column: string, formula: string): string | null {
  const list = children(xml, rootElement(xml)).find((k) => k.local === 'tableColumns');
  const col = list
    ? children(xml, list).find((c) => {
        const name = attributesOf(xml.slice(c.open.start, c.open.end)).get('name') ?? '';
        return decodeExcelEscapes(name).toLowerCase() === column.toLowerCase();
      })
    : undefined;
  if (!col) return null;
  const p = prefixOf(col.name);
  const element = `<${p}calculatedColumnFormula>${encodeText(formula)}</${p}calculatedColumnFormula>`;
  const old = children(xml, col).find((k) => k.local === 'calculatedColumnFormula');
  if (old) {
    // Its attributes (array="1") describe the formula replaced: the new one is a plain formula.
    return splice(xml, [{ start: old.start, end: old.end, text: element }]);
  }
  if (col.open.kind === 'empty') {
    const open = xml.slice(col.open.start, col.open.end).replace(/\s*\/>$/, '>');
    return splice(xml, [{ start: col.start, end: col.end, text: `${open}${element}</${col.name}>` }]);
  }
  return splice(xml, [{ start: col.open.end, end: col.open.end, text: element }]);
}
