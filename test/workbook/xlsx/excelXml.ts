/**
 * Test helper: small packages written the way Excel writes them (shared strings, shared formulas, tables
 * without headerRowCount, extLst, mc:Ignorable), zipped with fflate, so the reader is tested against
 * Excel's spelling rather than our own writer's.
 */
import { strToU8, zipSync } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  readonly name: string;
  readonly xml: string;
  readonly tables?: readonly string[];
}

/** A package of `sheets` with shared strings and styles as given. */
export function excelPackage(opts: {
  sheets: readonly SheetSpec[];
  sharedStrings?: string;
  styles?: string;
  workbookExtra?: string;
  extraParts?: Readonly<Record<string, string | Uint8Array>>;
}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, text: string) => (files[name] = strToU8(text));
  const overrides: string[] = [];
  let tableNo = 0;
  opts.sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, s.xml);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    const rels = (s.tables ?? []).map((t) => {
      tableNo++;
      put(`xl/tables/table${tableNo}.xml`, t);
      overrides.push(
        `<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`,
      );
      return `<Relationship Id="rId${tableNo}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`;
    });
    if (rels.length > 0)
      put(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${XML}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
      );
  });
  const sheetTags = opts.sheets
    .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  put(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
      '<xr:revisionPtr revIDLastSave="0" documentId="8_{0}" xr6:coauthVersionLast="47" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6"/>' +
      `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>${sheetTags}</sheets>${opts.workbookExtra ?? ''}<calcPr calcId="191029"/></workbook>`,
  );
  const n = opts.sheets.length;
  const wbRels = opts.sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  wbRels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  put(
    'xl/styles.xml',
    opts.styles ??
      `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`,
  );
  if (opts.sharedStrings !== undefined) {
    put('xl/sharedStrings.xml', opts.sharedStrings);
    wbRels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
  }
  put('xl/_rels/workbook.xml.rels', `${XML}<Relationships xmlns="${PKG_REL}">${wbRels.join('')}</Relationships>`);
  put(
    '_rels/.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  put(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join('')}</Types>`,
  );
  for (const [name, part] of Object.entries(opts.extraParts ?? {}))
    files[name] = typeof part === 'string' ? strToU8(part) : part;
  return zipSync(files);
}

/** A worksheet part around the given <sheetData> content: `before` it (cols), `after` it (merges, validations), at the `end` (tableParts, extLst). */
export const worksheet = (rows: string, { before = '', after = '', end = '' } = {}): string =>
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
  `<dimension ref="A1:C5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>${before}<sheetData>${rows}</sheetData>${after}` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${end}</worksheet>`;
