/**
 * The "as Excel saves it" plan (test/fixtures/as-excel) with more of what a budget officer's own workbook holds
 * that a roll must keep: a sheet of her own with cells and a threaded comment, a name scoped to that sheet (which
 * stands after the product's sheets and the chart and pivot sheets), workbook protection, an external link, and a
 * calculation chain.
 * The fixture already has a chart and a picture on the sheet Diagram, a pivot table with its cache on Pivot, custom
 * XML, docProps/custom.xml (a sensitivity label), a threaded comment and conditional formats on Tiltak drift, notes
 * typed below the measure tables and beside tblAvstemming, and (.xlsm) a macro project and codeName.
 * Built with fflate and regular expressions (FixturePkg), not with the product's package code.
 */
import { addThreadedComment } from '../../../fixtures/make/asExcel/comments';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The user's own sheet: a small budget note with text, numbers and a formula over them. */
export const OWN_SHEET = 'Budsjettnotat';

/** The name scoped to OWN_SHEET. */
export const OWN_NAME = '<definedName name="Kontakter" localSheetId="9">Budsjettnotat!$A$1:$B$3</definedName>';

const OWN_SHEET_XML =
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B3"/><sheetData>` +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Kontaktperson økonomi</t></is></c><c r="B1" t="inlineStr"><is><t>Per Hansen</t></is></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Ramme helse 2028</t></is></c><c r="B2"><v>1800</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>Ramme helse 2029</t></is></c><c r="B3"><f>B2+600</f><v>2400</v></c></row>' +
  '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

/** An external link to another workbook, as Excel keeps one for a formula like ='[budsjett.xlsx]Ark1'!A1. */
function addExternalLink(pkg: FixturePkg): void {
  pkg.set(
    'xl/externalLinks/externalLink1.xml',
    `${XML}<externalLink xmlns="${MAIN}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Ark1"/></sheetNames>` +
      '<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>',
  );
  pkg.override(
    'xl/externalLinks/externalLink1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml',
  );
  pkg.rel('xl/externalLinks/externalLink1.xml', `${R}/externalLinkPath`, 'file:///C:/Budsjett/budsjett.xlsx', true);
  const rid = pkg.rel('xl/workbook.xml', `${R}/externalLink`, 'externalLinks/externalLink1.xml');
  pkg.edit('xl/workbook.xml', (x) =>
    x.replace('</sheets>', `</sheets><externalReferences><externalReference r:id="${rid}"/></externalReferences>`),
  );
}

/**
 * Excel's calculation chain over the formulas of Tiltak drift (sheetId 2: Sum periode in L2 and L3) and of the
 * user's sheet (B3): a roll rewrites L2 and L3, so the chain must go (Excel rebuilds it) or Excel repairs the file.
 */
function addCalcChain(pkg: FixturePkg): void {
  const id = (sheet: string) =>
    /sheetId="(\d+)"/.exec(
      new RegExp(`<sheet name="${sheet}"[^>]*>`).exec(pkg.text('xl/workbook.xml'))?.[0] ?? '',
    )?.[1];
  pkg.set(
    'xl/calcChain.xml',
    `${XML}<calcChain xmlns="${MAIN}"><c r="L2" i="${id('Tiltak drift')}"/><c r="L3"/><c r="B3" i="${id(OWN_SHEET)}"/></calcChain>`,
  );
  pkg.override('xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml');
  pkg.rel('xl/workbook.xml', `${R}/calcChain`, 'calcChain.xml');
}

/** `bytes` (plan-as-excel.xlsx or .xlsm) enriched. */
export function enrich(bytes: Uint8Array): Uint8Array {
  const pkg = new FixturePkg(bytes);
  pkg.addSheet(OWN_SHEET, OWN_SHEET_XML);
  addThreadedComment(pkg, OWN_SHEET, 'B2', 2, 2, 'Stemmer dette med budsjettet?', 2);
  const sheets = [...pkg.text('xl/workbook.xml').matchAll(/<sheet /g)].length;
  if (sheets !== 10) throw new Error(`${OWN_SHEET} is sheet ${sheets}, not the 10th (localSheetId 9)`);
  addExternalLink(pkg);
  addCalcChain(pkg);
  pkg.edit('xl/workbook.xml', (x) =>
    x
      .replace('<bookViews>', '<workbookProtection lockWindows="1"/><bookViews>')
      .replace('</definedNames>', `${OWN_NAME}</definedNames>`),
  );
  return pkg.bytes();
}
