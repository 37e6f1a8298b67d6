/**
 * Raw-XML work on the .xlsx package that exceljs 4.4.0 gets wrong, done around it with jszip:
 * - a table column with a `<calculatedColumnFormula>` child (as Excel saves it) makes exceljs drop every
 *   column after it, and exceljs never writes calculated columns: we strip them before exceljs loads the
 *   package and put them back after it writes;
 * - exceljs keeps only plain-range defined names (and expands each into single cells): we own all names.
 * Browser-safe: no Node modules.
 */
import JSZip from 'jszip';

/** A defined name as stored in workbook.xml: name, formula text without "=", and its raw other attributes. */
export interface RawName {
  readonly name: string;
  readonly ref: string;
  /** Attributes other than `name`, verbatim (e.g. ` localSheetId="0" hidden="1"`). */
  readonly attrs: string;
}

/** Calculated column formulas per table name, then per column (header) name. */
export type CalculatedColumns = Map<string, Map<string, string>>;

export interface LoadedPackage {
  /** The package with calculated columns and defined names stripped, ready for exceljs. */
  readonly buffer: Uint8Array;
  readonly names: RawName[];
  readonly calculated: CalculatedColumns;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');

/** Escape text for XML content and attribute values. */
export const encodeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const attr = (attrs: string, key: string): string | null => {
  const m = new RegExp(`\\s${key}="([^"]*)"`).exec(attrs);
  return m?.[1] === undefined ? null : decode(m[1]);
};

const TABLE_PATH = /^xl\/tables\/[^/]+\.xml$/;
const COLUMN_WITH_CHILDREN = /<tableColumn(\s[^>]*?)(?<!\/)>([\s\S]*?)<\/tableColumn>/g;
const CALCULATED = /<calculatedColumnFormula(?:\s[^>]*)?>([\s\S]*?)<\/calculatedColumnFormula>/;

/** Remove the children of every table column (keeping the column), remembering calculated formulas. */
export function stripTableColumns(xml: string, calculated: CalculatedColumns): string {
  const tableName = attr(/<table(\s[^>]*)>/.exec(xml)?.[1] ?? '', 'name') ?? '';
  return xml.replace(COLUMN_WITH_CHILDREN, (_m, attrs: string, children: string) => {
    const formula = CALCULATED.exec(children)?.[1];
    const column = attr(attrs, 'name');
    if (formula !== undefined && column !== null) {
      const byColumn = calculated.get(tableName) ?? new Map<string, string>();
      byColumn.set(column, decode(formula));
      calculated.set(tableName, byColumn);
    }
    return `<tableColumn${attrs}/>`;
  });
}

const DEFINED_NAMES = /<definedNames>([\s\S]*?)<\/definedNames>|<definedNames\/>/;
const DEFINED_NAME = /<definedName(\s[^>]*)>([\s\S]*?)<\/definedName>/g;

/** Read and remove every defined name of workbook.xml. */
export function stripDefinedNames(xml: string): { xml: string; names: RawName[] } {
  const names: RawName[] = [];
  const block = DEFINED_NAMES.exec(xml);
  if (!block) return { xml, names };
  for (const m of (block[1] ?? '').matchAll(DEFINED_NAME)) {
    const attrs = m[1] ?? '';
    const name = attr(attrs, 'name');
    if (name === null) continue;
    names.push({ name, ref: decode(m[2] ?? ''), attrs: attrs.replace(/\sname="[^"]*"/, '') });
  }
  return { xml: xml.replace(DEFINED_NAMES, ''), names };
}

/** Put defined names into workbook.xml (merged into exceljs's own block, if it wrote one). */
export function injectDefinedNames(xml: string, names: readonly RawName[]): string {
  if (names.length === 0) return xml;
  const body = names
    .map((n) => `<definedName name="${encodeXml(n.name)}"${n.attrs}>${encodeXml(n.ref)}</definedName>`)
    .join('');
  if (/<definedNames>/.test(xml)) return xml.replace('<definedNames>', `<definedNames>${body}`);
  if (/<definedNames\/>/.test(xml)) return xml.replace('<definedNames/>', `<definedNames>${body}</definedNames>`);
  // CT_Workbook order: … sheets, functionGroups?, externalReferences?, definedNames, calcPr …
  const anchor = /<calcPr[\s/>]|<oleSize|<customWorkbookViews|<pivotCaches|<extLst|<\/workbook>/.exec(xml);
  const at = anchor?.index ?? xml.length;
  return `${xml.slice(0, at)}<definedNames>${body}</definedNames>${xml.slice(at)}`;
}

/** Give the named columns of one table XML their calculated column formula. */
export function injectCalculated(xml: string, formulas: ReadonlyMap<string, string>): string {
  return xml.replace(/<tableColumn(\s[^>]*?)\/>/g, (whole, attrs: string) => {
    const column = attr(attrs, 'name');
    const formula = column === null ? undefined : formulas.get(column);
    if (formula === undefined) return whole;
    return `<tableColumn${attrs}><calculatedColumnFormula>${encodeXml(formula)}</calculatedColumnFormula></tableColumn>`;
  });
}

/** Unpack an .xlsx package and take out what exceljs would lose. Throws when the bytes are not a zip. */
export async function loadPackage(data: Uint8Array): Promise<LoadedPackage & { hasWorkbook: boolean }> {
  const zip = await JSZip.loadAsync(data);
  const calculated: CalculatedColumns = new Map();
  for (const path of Object.keys(zip.files).filter((p) => TABLE_PATH.test(p))) {
    const xml = await zip.file(path)?.async('string');
    if (xml !== undefined) zip.file(path, stripTableColumns(xml, calculated));
  }
  const workbook = zip.file('xl/workbook.xml');
  let names: RawName[] = [];
  if (workbook) {
    const stripped = stripDefinedNames(await workbook.async('string'));
    names = stripped.names;
    zip.file('xl/workbook.xml', stripped.xml);
  }
  // DEFLATE: the parts left as they were keep their compressed bytes (jszip copies them), so the sheets are
  // neither inflated nor checksummed here; only the few stripped parts are compressed again.
  const buffer = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { buffer, names, calculated, hasWorkbook: workbook !== null };
}

/** Put back names and calculated columns into a package exceljs wrote. */
export async function finishPackage(
  data: Uint8Array,
  names: readonly RawName[],
  calculated: CalculatedColumns,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const workbook = zip.file('xl/workbook.xml');
  if (workbook) zip.file('xl/workbook.xml', injectDefinedNames(await workbook.async('string'), names));
  for (const path of Object.keys(zip.files).filter((p) => TABLE_PATH.test(p))) {
    const xml = (await zip.file(path)?.async('string')) ?? '';
    const tableName = attr(/<table(\s[^>]*)>/.exec(xml)?.[1] ?? '', 'name') ?? '';
    const formulas = calculated.get(tableName);
    if (formulas && formulas.size > 0) zip.file(path, injectCalculated(xml, formulas));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
