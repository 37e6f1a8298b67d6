/**
 * Repair on the file path (the pane in a plain browser) of a sheet whose table is gone but whose view is hers: on
 * «Tiltak investering» she deleted tblTiltakInvestering with its cells, typed a note in A1, widened column A to 40
 * and C to 50, and froze the panes at B2 (a column and a row). Repair makes the table anew right of her note, at C1
 * (as before), but used to set every column of it to the product's width (C 50 → 8) and freeze row 1 alone (her
 * frozen column A lost). Now her widths and panes stay; a column she never sized gets the product's width.
 */
import { planRepair } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { investmentTableDeleted, SHEET, widths } from './tableDeleted';

/** The fixture with tblTiltakInvestering and its cells deleted, a note in A1, her widths and her panes. */
function herSheetWithoutTable(): Uint8Array {
  const pkg = investmentTableDeleted();
  const cols =
    '<cols><col min="1" max="1" width="40" customWidth="1"/><col min="3" max="3" width="50" customWidth="1"/></cols>';
  const pane = '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>';
  pkg.edit(pkg.sheetPart(SHEET), (x) =>
    x
      .replace(/<cols>[\s\S]*?<\/cols>/, cols)
      .replace(/<pane [^>]*\/>/, pane)
      .replace(/<selection [^>]*\/>/, '<selection pane="bottomRight" activeCell="B2" sqref="B2"/>'),
  );
  return pkg.bytes();
}

describe('repair on the file path keeps the view of a sheet of hers', () => {
  it('makes tblTiltakInvestering at C1, keeping her widths (A 40, C 50) and her panes frozen at B2', async () => {
    const wb = await XlsxWorkbook.fromBuffer(herSheetWithoutTable());
    const { changes, edits } = planRepair(await wb.read('structure'), { defaultStartYear: 2027 });
    expect(changes).toContainEqual({ kind: 'add-table', sheet: SHEET, target: 'tblTiltakInvestering', detail: 'C1' });
    await wb.apply(edits);
    const after = new FixturePkg(await wb.toBuffer());
    const xml = after.text(after.sheetPart(SHEET));
    expect(/<pane [^>]*\/>/.exec(xml)?.[0]).toBe(
      '<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>',
    );
    const w = widths(xml);
    expect([w.get(1), w.get(3)]).toEqual([40, 50]);
    // D holds the table's second column, Seksjon (schema.ts: width 24), which she never sized.
    expect(w.get(4)).toBe(24);
    const table = (await (await XlsxWorkbook.fromBuffer(after.bytes())).read()).tables.find(
      (t) => t.name === 'tblTiltakInvestering',
    );
    expect(table?.ref.startsWith('C1:')).toBe(true);
  });
});
