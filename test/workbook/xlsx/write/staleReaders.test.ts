/**
 * formulasRead: whether a formula of hers outside the sheets the product wrote anew names one of them (in any spelling
 * Excel stores), one of their tables or a workbook name over them — searched in the XML, her sheets not parsed.
 */
import { readStructure } from '../../../../src/workbook/xlsx/book';
import { OpcPackage } from '../../../../src/workbook/xlsx/package';
import { foldCase, formulasRead } from '../../../../src/workbook/xlsx/write/staleReaders';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * A workbook with the sheets «Sammendrag», «Per's tall» and «Notat» (A1: `cell`, raw XML), and `names`; `first` in
 * place of «Sammendrag».
 */
function book(cell: string, names = '', chart?: string, first = 'Sammendrag'): OpcPackage {
  const sheets = [first, 'Per&apos;s tall', 'Notat'];
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
      sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets>${names === '' ? '' : `<definedNames>${names}</definedNames>`}<calcPr calcId="191029"/></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${NS}"><sheetData/></worksheet>`,
    'xl/worksheets/sheet2.xml': `<worksheet xmlns="${NS}"><sheetData/></worksheet>`,
    'xl/worksheets/sheet3.xml': `<worksheet xmlns="${NS}"><sheetData><row r="1">${cell}</row></sheetData></worksheet>`,
  };
  if (chart !== undefined) parts['xl/charts/chart1.xml'] = chart;
  return OpcPackage.fromParts(parts);
}

const reads = (pkg: OpcPackage, sheets: string[], tables: string[] = []) =>
  formulasRead(pkg, readStructure(pkg), { sheets, tables });

it.each([
  ['<c r="A1"><f>Sammendrag!B11*2</f><v>3300</v></c>', true],
  [`<c r="A1"><f>'Sammendrag'!B11*2</f><v>3300</v></c>`, true],
  ['<c r="A1"><f>SUM(Sammendrag:Notat!B1)</f><v>0</v></c>', true],
  ['<c r="A1"><f t="shared" ref="A1:A3" si="0">Sammendrag!$B$11</f><v>1</v></c>', true],
  ['<x:c r="A1"><x:f>Sammendrag!B1</x:f><x:v>1</x:v></x:c>', true],
  // Not a reference to it: text, a sheet named longer, a workbook name that begins like it.
  ['<c r="A1" t="inlineStr"><is><t>Sammendrag!B11</t></is></c>', false],
  [`<c r="A1"><f>'Sammendrag 2026'!B11</f><v>1</v></c>`, false],
  ['<c r="A1"><f>NySammendrag!B11+Sammendrag</f><v>1</v></c>', false],
  ['<c r="A1"><v>1650</v></c>', false],
])('%s reads Sammendrag: %s', (cell, expected) => {
  expect(reads(book(cell), ['Sammendrag'])).toBe(expected);
});

it.each([
  [`<c r="A1"><f>'Per''s tall'!B2</f><v>1</v></c>`, true],
  ['<c r="A1"><f>&apos;Per&apos;&apos;s tall&apos;!B2</f><v>1</v></c>', true],
  [`<c r="A1"><f>'Per''s tall2'!B2</f><v>1</v></c>`, false],
])("%s reads «Per's tall»: %s", (cell, expected) => {
  expect(reads(book(cell), ["Per's tall"])).toBe(expected);
});

it('a table of the sheet, by its name with a column or whole', () => {
  expect(reads(book('<c r="A1"><f>SUM(tblAvstemming[Avvik])</f><v>0</v></c>'), ['Sammendrag'], ['tblAvstemming'])).toBe(
    true,
  );
  expect(reads(book('<c r="A1"><f>ROWS(tblAvstemming)</f><v>0</v></c>'), ['Sammendrag'], ['tblAvstemming'])).toBe(true);
  expect(reads(book('<c r="A1"><f>ROWS(tblAvstemming2)</f><v>0</v></c>'), ['Sammendrag'], ['tblAvstemming'])).toBe(
    false,
  );
});

it('a workbook name over the sheet, and a name over that name, read in a formula', () => {
  const names =
    '<definedName name="minSum">Sammendrag!$B$11</definedName><definedName name="dobbel">minSum*2</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="2">Notat!$A$1:$B$2</definedName>';
  expect(reads(book('<c r="A1"><f>dobbel+1</f><v>3301</v></c>', names), ['Sammendrag'])).toBe(true);
  expect(reads(book('<c r="A1"><f>minSumma+1</f><v>1</v></c>', names), ['Sammendrag'])).toBe(false);
  // Excel's print area names the sheet, and no formula reads it.
  expect(reads(book('<c r="A1"><f>Print_Area</f><v>1</v></c>', names), ['Notat'])).toBe(false);
});

it("a chart's series over the sheet", () => {
  const chart = '<c:chartSpace xmlns:c="x"><c:val><c:numRef><c:f>Sammendrag!$B$11:$E$11</c:f></c:numRef></c:val>';
  expect(reads(book('<c r="A1"><v>1</v></c>', '', chart), ['Sammendrag'])).toBe(true);
});

it("the sheets written anew are not searched (the product's own formulas there read its tables)", () => {
  expect(reads(book('<c r="A1"><f>Notat!A2</f><v>1</v></c>'), ['Notat'])).toBe(false);
});

// Excel compares sheet names without case (ASCII and æøå alike): a file written by another program may spell the
// tab's name otherwise in her formula, and Excel still reads the sheet.
it.each([
  ['<c r="A1"><f>sammendrag!B11*2</f><v>3300</v></c>', true],
  [`<c r="A1"><f>'SAMMENDRAG'!B11*2</f><v>3300</v></c>`, true],
  ['<c r="A1"><f>SUM(sammendrag:NOTAT!B1)</f><v>0</v></c>', true],
  [`<c r="A1"><f>'sammendrag 2026'!B11</f><v>1</v></c>`, false],
])('%s reads Sammendrag, case aside: %s', (cell, expected) => {
  expect(reads(book(cell), ['Sammendrag'])).toBe(expected);
});

it.each([
  [`<c r="A1"><f>'økonomiplan'!B2</f><v>1</v></c>`, true],
  [`<c r="A1"><f>'ØKONOMIPLAN'!B2</f><v>1</v></c>`, true],
  [`<c r="A1"><f>'Økonomiplan2'!B2</f><v>1</v></c>`, false],
])('%s reads «Økonomiplan», case aside: %s', (cell, expected) => {
  expect(reads(book(cell, '', undefined, 'Økonomiplan'), ['Økonomiplan'])).toBe(expected);
});

it("a 3D span whose ends are spelled in another case, «Per's tall» between them", () => {
  // Tabs: Sammendrag, «Per's tall», Notat; neither end is the sheet written anew.
  expect(reads(book('<c r="A1"><f>SUM(SAMMENDRAG:notat!B1)</f><v>0</v></c>'), ["Per's tall"])).toBe(true);
  expect(reads(book('<c r="A1"><f>SUM(SAMMENDRAG2:notat!B1)</f><v>0</v></c>'), ["Per's tall"])).toBe(false);
});

it('a workbook name over the sheet in another case', () => {
  const names = '<definedName name="minSum">SAMMENDRAG!$B$11</definedName>';
  expect(reads(book('<c r="A1"><f>minSum+1</f><v>1</v></c>', names), ['Sammendrag'])).toBe(true);
});

it.each([
  ['Sammendrag', 'sammendrag'],
  ['ØKONOMIPLAN', 'økonomiplan'],
  ['Æ Å ø', 'æ å ø'],
  // İ lower-cases to two characters: it stays, so every position after it is kept.
  ['İSTANBUL!A1', 'İstanbul!a1'],
])('foldCase(%j) is %j', (text, folded) => {
  expect(foldCase(text)).toBe(folded);
});

it('a table of the sheet in upper or lower case', () => {
  for (const f of ['ROWS(TBLAVSTEMMING)', 'SUM(tblavstemming[Avvik])'])
    expect(reads(book(`<c r="A1"><f>${f}</f><v>0</v></c>`), ['Sammendrag'], ['tblAvstemming'])).toBe(true);
});
