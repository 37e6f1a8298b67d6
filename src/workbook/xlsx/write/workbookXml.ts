/** Edits of workbook.xml: a new sheet, a workbook-scoped defined name, the active tab, recalculation on open. */
import { decodeXml, encodeText, encodeXml } from '../xml/escape';
import { splice, withAttributes } from '../xml/patch';
import { attributesOf, children, rootElement } from '../xml/tags';
import { rootPrefix, setTopChild, topChild } from './skeleton';

const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * The relationship id attribute of a new sheet: with the prefix the document element binds to the
 * relationships namespace ("r" in every file Excel writes), else "r" declared on the new element itself, as
 * the Open XML SDK declares it on each <sheet> (POI's 59021.xlsx): an unbound prefix makes the part unreadable.
 */
function relIdAttribute(xml: string, rid: string): string {
  const root = rootElement(xml);
  for (const [name, value] of attributesOf(xml.slice(root.open.start, root.open.end)))
    if (value === RELATIONSHIPS_NS && name.startsWith('xmlns:')) return `${name.slice(6)}:id="${encodeXml(rid)}"`;
  return `r:id="${encodeXml(rid)}" xmlns:r="${RELATIONSHIPS_NS}"`;
}

/** workbook.xml with a new sheet `name` (relationship `rid`) after the others. */
export function addSheet(xml: string, name: string, rid: string, hidden = false): string {
  const p = rootPrefix(xml);
  const sheets = topChild(xml, 'sheets');
  const ids = sheets
    ? children(xml, sheets).map((s) => Number(attributesOf(xml.slice(s.start, s.end)).get('sheetId') ?? 0))
    : [];
  const id = Math.max(0, ...ids) + 1;
  const state = hidden ? ' state="hidden"' : '';
  const tag = `<${p}sheet name="${encodeXml(name)}" sheetId="${id}"${state} ${relIdAttribute(xml, rid)}/>`;
  if (!sheets) return setTopChild(xml, 'sheets', `<${p}sheets>${tag}</${p}sheets>`, WORKBOOK_ORDER);
  if (sheets.open.kind === 'empty')
    return splice(xml, [{ start: sheets.start, end: sheets.end, text: `<${sheets.name}>${tag}</${sheets.name}>` }]);
  return splice(xml, [{ start: sheets.inner, end: sheets.inner, text: tag }]);
}

/**
 * workbook.xml with the workbook-scoped name `name` set to `ref` (formula text, a leading "=" dropped). A
 * name that exists keeps its tag (a comment, `hidden`, the four attributes LibreOffice writes on every name)
 * and only its formula changes; one that already says `ref` stays byte for byte.
 */
export function setDefinedName(xml: string, name: string, ref: string): string {
  const p = rootPrefix(xml);
  const formula = ref.replace(/^\s*=/, '');
  const list = topChild(xml, 'definedNames');
  const items = list ? children(xml, list) : [];
  const same = items.find((n) => {
    const a = attributesOf(xml.slice(n.open.start, n.open.end));
    return (a.get('name') ?? '').toLowerCase() === name.toLowerCase() && !a.has('localSheetId');
  });
  if (same?.open.kind === 'open') {
    if (decodeXml(xml.slice(same.open.end, same.inner)) === formula) return xml;
    return splice(xml, [{ start: same.open.end, end: same.inner, text: encodeText(formula) }]);
  }
  const text = `<${p}definedName name="${encodeXml(name)}">${encodeText(formula)}</${p}definedName>`;
  if (same) return splice(xml, [{ start: same.start, end: same.end, text }]);
  const kept = items.map((n) => xml.slice(n.start, n.end)).join('');
  return setTopChild(xml, 'definedNames', `<${p}definedNames>${kept}${text}</${p}definedNames>`, WORKBOOK_ORDER);
}

/** workbook.xml opening on tab `index` (0-based). */
export function setActiveTab(xml: string, index: number): string {
  const p = rootPrefix(xml);
  const views = topChild(xml, 'bookViews');
  const first = views ? children(xml, views)[0] : undefined;
  if (!views || !first)
    return setTopChild(
      xml,
      'bookViews',
      `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`,
      WORKBOOK_ORDER,
    );
  const open = withAttributes(xml.slice(first.open.start, first.open.end), { activeTab: String(index) });
  return splice(xml, [{ start: first.open.start, end: first.open.end, text: open }]);
}

/** workbook.xml asking Excel to recalculate every formula when it opens the file. */
export function requestFullCalc(xml: string): string {
  const calc = topChild(xml, 'calcPr');
  if (!calc) return setTopChild(xml, 'calcPr', `<${rootPrefix(xml)}calcPr fullCalcOnLoad="1"/>`, WORKBOOK_ORDER);
  const open = withAttributes(xml.slice(calc.open.start, calc.open.end), { fullCalcOnLoad: '1' });
  return splice(xml, [{ start: calc.open.start, end: calc.open.end, text: open }]);
}
