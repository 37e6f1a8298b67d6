/**
 * The user's formulas that are in no cell and no workbook name (domain rollover/userRefPlaces.ts), read only: the
 * series, labels and titles of the charts on each sheet (`<c:f>`, and `<cx:f>` of the newer chart types; a chart
 * sheet's too), the rules of conditional formats and the formulas of drop-downs (data validation), both in the
 * sheet's main list and in the x14 lists of its extLst (where Excel keeps a rule or drop-down that reads another
 * sheet), and the names scoped to one sheet. The roll scans them as it scans her cells.
 */
import type { PlacedFormula } from '../../../domain';
import type { SheetEntry, Structure } from '../book';
import { isRelType, readRels } from '../opc';
import type { OpcPackage } from '../package';
import { decodeXml } from '../xml/escape';
import { attributesOf, children, rootElement, type Element } from '../xml/tags';

const descendants = (xml: string, e: Element, local: string): Element[] =>
  children(xml, e).flatMap((c) => (c.local === local ? [c] : descendants(xml, c, local)));

const textOf = (xml: string, e: Element): string => decodeXml(xml.slice(e.open.end, e.inner)).trim();
const attr = (xml: string, e: Element, name: string): string =>
  attributesOf(xml.slice(e.open.start, e.open.end)).get(name) ?? '';

/** The rules' and drop-downs' formulas of a worksheet part: main lists, then x14 ones in extLst. */
function ruleFormulas(xml: string, sheet: string): PlacedFormula[] {
  const top = children(xml, rootElement(xml));
  const out: PlacedFormula[] = [];
  const add = (kind: 'rule' | 'validation', over: string, formulas: readonly Element[]): void => {
    const range = over.trim();
    for (const f of formulas) {
      const formula = textOf(xml, f);
      if (formula !== '' && range !== '') out.push({ formula, at: { kind, sheet, range }, over: range });
    }
  };
  for (const cf of top.filter((c) => c.local === 'conditionalFormatting'))
    for (const rule of children(xml, cf).filter((c) => c.local === 'cfRule'))
      add('rule', attr(xml, cf, 'sqref'), descendants(xml, rule, 'formula'));
  for (const list of top.filter((c) => c.local === 'dataValidations'))
    for (const dv of children(xml, list).filter((c) => c.local === 'dataValidation'))
      add(
        'validation',
        attr(xml, dv, 'sqref'),
        children(xml, dv).filter((c) => c.local === 'formula1' || c.local === 'formula2'),
      );
  // x14: <x14:conditionalFormatting><x14:cfRule><xm:f>…</xm:f></x14:cfRule><xm:sqref>…</xm:sqref>, drop-downs alike.
  const ext = top.find((c) => c.local === 'extLst');
  const sqref = (e: Element): string => {
    const s = children(xml, e).find((c) => c.local === 'sqref');
    return s ? textOf(xml, s) : '';
  };
  for (const cf of ext ? descendants(xml, ext, 'conditionalFormatting') : [])
    add('rule', sqref(cf), descendants(xml, cf, 'f'));
  for (const dv of ext ? descendants(xml, ext, 'dataValidation') : [])
    add('validation', sqref(dv), descendants(xml, dv, 'f'));
  return out;
}

/** The formulas of the charts a sheet's drawing holds, each with the chart's name as Excel shows it. */
function chartFormulas(pkg: OpcPackage, sheet: SheetEntry): PlacedFormula[] {
  const out: PlacedFormula[] = [];
  for (const d of readRels(pkg, sheet.part).filter(
    (r) => isRelType(r.type, 'drawing') && !r.external && pkg.has(r.target),
  )) {
    const rels = readRels(pkg, d.target).filter((r) => !r.external && pkg.has(r.target));
    if (!rels.some((r) => /\/chart(Ex)?$/i.test(r.type))) continue;
    const xml = pkg.text(d.target);
    for (const frame of descendants(xml, rootElement(xml), 'graphicFrame')) {
      const props = descendants(xml, frame, 'cNvPr')[0];
      const name = props ? attr(xml, props, 'name') : '';
      for (const c of descendants(xml, frame, 'chart')) {
        const id = [...attributesOf(xml.slice(c.open.start, c.open.end))].find(([k]) => k.endsWith(':id'))?.[1];
        const chart = rels.find((r) => r.id === id);
        if (!chart) continue;
        const part = pkg.text(chart.target);
        for (const m of part.matchAll(/<(?:[\w.-]+:)?f(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?f>/g)) {
          const formula = decodeXml(m[1] ?? '').trim();
          if (formula !== '')
            out.push({ formula, at: { kind: 'chart', sheet: sheet.name, chart: name || sheet.name } });
        }
      }
    }
  }
  return out;
}

/** Every such formula of the workbook, sheet by sheet, then the sheet-local names (not Excel's own `_xlnm.`). */
export function placedFormulas(pkg: OpcPackage, structure: Structure): PlacedFormula[] {
  const out: PlacedFormula[] = [];
  for (const sheet of structure.sheets) {
    if (sheet.part === '') continue;
    const xml = sheet.isWorksheet ? pkg.text(sheet.part) : '';
    // Most sheets have neither: the whole part is not walked for them.
    if (/<(?:[\w.-]+:)?(?:conditionalFormatting|dataValidations)[\s>]/.test(xml))
      out.push(...ruleFormulas(xml, sheet.name));
    out.push(...chartFormulas(pkg, sheet));
  }
  for (const n of structure.names) {
    const sheet = n.local ? structure.sheets[n.sheetIndex ?? -1] : undefined;
    if (sheet && !n.name.startsWith('_xlnm.'))
      out.push({ formula: n.ref, at: { kind: 'localName', sheet: sheet.name, name: n.name } });
  }
  return out;
}
