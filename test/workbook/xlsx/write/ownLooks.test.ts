/**
 * XlsxWorkbook.tableBodyLooks (write/ownLooks.ts): the body cells of a table whose fill, font or border differs from
 * what an empty cell there shows. On the example's tblTiltakInvestering (A1:…5, no look of the product's in its
 * body), by hand: E2 filled red on its own is hers; row 3 coloured red whole (the row's style with customFormat,
 * and every cell of it) gives its cells no look of their own; E4 given a number format only is no look.
 */
import { buildNewWorkbook, newContent } from '../../../../src/cli/commands/new';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { appendFilledXf, appendXfs } from '../../../fixtures/make/asExcel/xfs';

/** Appends a red xf and a number-format-only xf to styles.xml; returns their indexes. */
function addXfs(pkg: FixturePkg): [number, number] {
  const red = appendFilledXf(pkg, 'FFFF0000');
  const percent = appendXfs(
    pkg,
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  );
  return [red, percent];
}

const styled = (xml: string, ref: string, s: number): string =>
  xml.replace(new RegExp(`<c r="${ref}"((?: t="\\w+")?)(?: s="\\d+")?`), `<c r="${ref}"$1 s="${s}"`);

it('names a cell filled on its own, not a row coloured whole nor a number format', async () => {
  const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: '1000 kr', example: true }));
  expect(wb.tableBodyLooks('tblTiltakInvestering')).toEqual([]);
  const pkg = new FixturePkg(await wb.toBuffer());
  const [red, percent] = addXfs(pkg);
  pkg.edit(pkg.sheetPart('Tiltak investering'), (x) => {
    const row3 = /<row r="3"[^>]*>.*?<\/row>/.exec(x)?.[0] ?? '';
    expect(row3).toContain('I-002');
    const redRow = row3
      .replace(/^<row r="3"/, `<row r="3" s="${red}" customFormat="1"`)
      .replace(/<c r="([A-Z]+3)"((?: t="\w+")?)(?: s="\d+")?/g, `<c r="$1"$2 s="${red}"`);
    return styled(styled(x.replace(row3, redRow), 'E2', red), 'E4', percent);
  });
  const back = await XlsxWorkbook.fromBuffer(pkg.bytes());
  expect(back.tableBodyLooks('tblTiltakInvestering')).toEqual([{ ref: 'E2', row: 2, col: 5 }]);
  // Row 3 is the row coloured whole (its own s with customFormat), named as a row: tableBodyRowLooks.
  expect(back.tableBodyRowLooks('tblTiltakInvestering')).toEqual([3]);
  expect(wb.tableBodyRowLooks('tblTiltakInvestering')).toEqual([]);
});
