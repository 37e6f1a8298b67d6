/**
 * The workbook's structure as the package holds it: the workbook part and its sheets (in tab order),
 * defined names, the date system, the styles and shared-strings parts, and every table part with the
 * sheet it sits on. Read from workbook.xml, the relationships and the small table parts only.
 */
import { parseRange, toRange } from '../../domain';
import { isRelType, readRels } from './opc';
import type { OpcPackage } from './package';
import { UnreadableWorkbookError } from './unreadable';
import { decodeExcelEscapes, decodeXml } from './xml/escape';
import { attributesOf, children, rootElement } from './xml/tags';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly rid: string;
  /** The part (xl/worksheets/sheet1.xml), or "" when the relationship is missing. */
  readonly part: string;
  /** A worksheet (not a chart sheet, dialog sheet or macro sheet). */
  readonly isWorksheet: boolean;
  /** Hidden (Skjul) or very hidden (only the VBA editor shows it again); absent when visible. */
  readonly hidden?: 'hidden' | 'veryHidden';
}

export interface NameEntry {
  readonly name: string;
  /** Formula text without "=". */
  readonly ref: string;
  /** Sheet-scoped (localSheetId) names are not the workbook's lists. */
  readonly local: boolean;
  /** The tab index (in `sheets`) of a sheet-scoped name's sheet. */
  readonly sheetIndex?: number;
}

export interface Structure {
  readonly workbookPart: string;
  readonly sheets: readonly SheetEntry[];
  readonly names: readonly NameEntry[];
  readonly date1904: boolean;
  /**
   * Saved as "Strict Open XML Spreadsheet" (its own namespaces): read like any workbook, but never written,
   * since the parts the product writes are transitional and a package mixing the two is not one Excel opens.
   */
  readonly strict: boolean;
  /**
   * Saved with a password to modify (`<fileSharing>` with a hash or reservationPassword): Excel opens it read-only
   * for anyone without the password, who may save a copy but never over it.
   */
  readonly writeReserved: boolean;
  readonly stylesPart: string | null;
  readonly sharedStringsPart: string | null;
}

export interface TableEntry {
  readonly part: string;
  readonly sheet: SheetEntry;
  readonly rid: string;
  readonly id: number;
  /** displayName: the name formulas and Excel's UI use. */
  readonly name: string;
  /** The whole ref (header and totals rows included). */
  readonly ref: string;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  /** The column names of a table whose header row is turned off (headerRowCount="0"); else empty. */
  readonly hiddenHeaders: readonly string[];
}

const notWorkbook = (): UnreadableWorkbookError =>
  new UnreadableWorkbookError('not-xlsx', 'a zip package without an Excel workbook');

/** A Word document or a PowerPoint presentation: the wrong file, which no saving from Excel makes a workbook. */
const otherDocument = (): UnreadableWorkbookError =>
  new UnreadableWorkbookError('office-document', 'a Word or PowerPoint document, not a workbook');

/** The workbook part the package's relationships name (xl/workbook.xml in every file Excel writes). */
export function workbookPartOf(pkg: OpcPackage): string {
  if (!pkg.has('[Content_Types].xml')) throw notWorkbook();
  const main = readRels(pkg, '').find((r) => isRelType(r.type, 'officeDocument') && !r.external);
  const part = main?.target ?? 'xl/workbook.xml';
  if (
    /^\/?(word|ppt)\//.test(part) ||
    (!pkg.has(part) && (pkg.has('word/document.xml') || pkg.has('ppt/presentation.xml')))
  )
    throw otherDocument();
  if (!pkg.has(part)) throw notWorkbook();
  // Excel's binary workbook (.xlsb) names its parts .bin: sound, but not XML; saving it as .xlsx is the way.
  if (/\.bin$/i.test(part))
    throw new UnreadableWorkbookError('xlsb', 'an Excel binary workbook (.xlsb; save it as .xlsx)');
  return part;
}

/** The SpreadsheetML namespace of a Strict workbook (ISO/IEC 29500 Strict). */
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/**
 * The namespaces of Excel 2007's betas (sample-beta.xlsx: …/office/excel/2006/2), before SpreadsheetML was
 * standardised: other element names (`<sstItem>` for `<si>`), so a read would lose cells without a word.
 */
const BETA_MAIN = 'http://schemas.microsoft.com/office/excel/';

/** The namespace of an element's own name, from the declarations on its open tag (`open` is that tag). */
function namespaceOf(open: string, name: string): string {
  const colon = name.indexOf(':');
  return attributesOf(open).get(colon < 0 ? 'xmlns' : `xmlns:${name.slice(0, colon)}`) ?? '';
}

const truthy = (v: string | undefined): boolean => v === '1' || v === 'true';

/** Sheets, names and parts of the workbook. Throws UnreadableWorkbookError for a package that is no workbook. */
export function readStructure(pkg: OpcPackage): Structure {
  const workbookPart = workbookPartOf(pkg);
  const xml = pkg.text(workbookPart);
  const root = rootElement(xml);
  if (root.local !== 'workbook') throw notWorkbook();
  const open = xml.slice(root.open.start, root.open.end);
  if (namespaceOf(open, root.name).startsWith(BETA_MAIN))
    throw new UnreadableWorkbookError('beta-format', 'saved by a beta of Excel 2007 (a namespace before the standard)');
  const rels = readRels(pkg, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const top = children(xml, root);
  const sheetsEl = top.find((c) => c.local === 'sheets');
  const sheets: SheetEntry[] = (sheetsEl ? children(xml, sheetsEl) : []).map((s) => {
    const a = attributesOf(xml.slice(s.open.start, s.open.end));
    const rid = a.get('r:id') ?? [...a].find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const rel = byId.get(rid);
    return {
      name: a.get('name') ?? '',
      sheetId: Number(a.get('sheetId') ?? 0),
      rid,
      part: rel && !rel.external && pkg.has(rel.target) ? rel.target : '',
      isWorksheet: rel !== undefined && isRelType(rel.type, 'worksheet'),
      ...(a.get('state') === 'hidden' || a.get('state') === 'veryHidden'
        ? { hidden: a.get('state') as 'hidden' | 'veryHidden' }
        : {}),
    };
  });
  const namesEl = top.find((c) => c.local === 'definedNames');
  const names: NameEntry[] = (namesEl ? children(xml, namesEl) : []).map((n) => {
    const a = attributesOf(xml.slice(n.open.start, n.open.end));
    const ref = decodeXml(xml.slice(n.open.end, n.inner));
    const local = a.get('localSheetId');
    return { name: a.get('name') ?? '', ref, local: local !== undefined, sheetIndex: Number(local ?? -1) };
  });
  const sharing = top.find((c) => c.local === 'fileSharing');
  const sharingAttrs = sharing ? attributesOf(xml.slice(sharing.open.start, sharing.open.end)) : new Map();
  const pr = top.find((c) => c.local === 'workbookPr');
  const date1904 = pr ? truthy(attributesOf(xml.slice(pr.open.start, pr.open.end)).get('date1904')) : false;
  const partOf = (kind: string): string | null =>
    rels.find((r) => isRelType(r.type, kind) && !r.external && pkg.has(r.target))?.target ?? null;
  return {
    workbookPart,
    sheets,
    names,
    date1904,
    strict: open.includes(STRICT_MAIN),
    writeReserved: sharingAttrs.has('hashValue') || sharingAttrs.has('reservationPassword'),
    stylesPart: partOf('styles'),
    sharedStringsPart: partOf('sharedStrings'),
  };
}

/** The names of a table part's columns (Excel keeps them there when the header row is turned off). */
function columnNames(xml: string, root: ReturnType<typeof rootElement>): string[] {
  const list = children(xml, root).find((c) => c.local === 'tableColumns');
  return (list ? children(xml, list) : []).map((c) =>
    decodeExcelEscapes(attributesOf(xml.slice(c.open.start, c.open.end)).get('name') ?? ''),
  );
}

/** One table part's metadata. */
export function readTablePart(pkg: OpcPackage, part: string, sheet: SheetEntry, rid: string): TableEntry | null {
  const xml = pkg.text(part);
  const root = rootElement(xml);
  const a = attributesOf(xml.slice(root.open.start, root.open.end));
  const ref = a.get('ref') ?? '';
  if (root.local !== 'table' || !parseRange(ref)) return null;
  const headerRowCount = Number(a.get('headerRowCount') ?? 1);
  return {
    part,
    sheet,
    rid,
    id: Number(a.get('id') ?? 0),
    name: a.get('displayName') ?? a.get('name') ?? '',
    ref,
    headerRowCount,
    totalsRowCount: Number(a.get('totalsRowCount') ?? 0),
    hiddenHeaders: headerRowCount > 0 ? [] : columnNames(xml, root),
  };
}

/** Every table part of every worksheet, in sheet order. */
export function readTables(pkg: OpcPackage, structure: Structure): TableEntry[] {
  const out: TableEntry[] = [];
  for (const sheet of structure.sheets) {
    if (!sheet.isWorksheet || sheet.part === '') continue;
    for (const rel of readRels(pkg, sheet.part)) {
      if (!isRelType(rel.type, 'table') || rel.external || !pkg.has(rel.target)) continue;
      const t = readTablePart(pkg, rel.target, sheet, rel.id);
      if (t) out.push(t);
    }
  }
  return out;
}

/** The ref a table's body and header cover (a totals row is not part of the plan's rows). */
export function refWithoutTotals(t: TableEntry): string {
  const b = parseRange(t.ref);
  if (!b || t.totalsRowCount <= 0) return t.ref;
  return toRange(b.top, b.left, Math.max(b.top, b.bottom - t.totalsRowCount), b.right);
}
