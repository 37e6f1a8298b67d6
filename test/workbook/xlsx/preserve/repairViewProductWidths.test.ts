/**
 * FAILS (bug found in review of f8bf73a): repair takes the widths the product itself gave a sheet for its old table
 * as widths «she gave», and so keeps them on the columns of the table it makes anew somewhere else on the sheet.
 *
 * plan-as-excel.xlsx is a workbook made by the product and saved by Excel: every column of «Tiltak investering» has
 * customWidth="1", the widths `new` set for tblTiltakInvestering at A1 (schema.ts: ID 8, Seksjon 24, Prioritet 9,
 * Ref. 8, Tiltak 44, …). She deletes the table with its cells and types a note in A1 — and touches no width. Repair
 * makes the table anew right of her note, at C1 (as in repairView.test.ts): C ID, D Seksjon, E Prioritet, F Ref.,
 * G Tiltak. sheets/herView.ts keeps every «sized» width, so the new table gets the old table's widths two columns
 * off: Tiltak (G) 11 wide, Prioritet (E) 44, Seksjon (D) 8. Before f8bf73a repair set the product's widths there
 * (G 44, D 24, E 9). Nothing on the sheet was sized by her, so the product's widths should be set.
 */
import { planRepair } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { investmentTableDeleted, SHEET, widths } from './tableDeleted';

/** The fixture with tblTiltakInvestering and its cells deleted and a note in A1; the sheet's <cols> and pane as `new` made them. */
const withoutTableNoteInA1 = (): Uint8Array => investmentTableDeleted().bytes();

describe('repair of a table made anew on a sheet whose widths are the product’s own', () => {
  it('gives the new table at C1 the product’s widths: Seksjon (D) 24, Prioritet (E) 9, Tiltak (G) 44', async () => {
    const before = new FixturePkg(withoutTableNoteInA1());
    // The widths `new` set for the table at A1: B Seksjon 24, C Prioritet 9, E Tiltak 44, G 11.
    const old = widths(before.text(before.sheetPart(SHEET)));
    expect([old.get(2), old.get(3), old.get(5), old.get(7)]).toEqual([24, 9, 44, 11]);
    const wb = await XlsxWorkbook.fromBuffer(before.bytes());
    const { changes, edits } = planRepair(await wb.read('structure'), { defaultStartYear: 2027 });
    expect(changes).toContainEqual({ kind: 'add-table', sheet: SHEET, target: 'tblTiltakInvestering', detail: 'C1' });
    await wb.apply(edits);
    const after = new FixturePkg(await wb.toBuffer());
    const w = widths(after.text(after.sheetPart(SHEET)));
    // C ID 8, D Seksjon 24, E Prioritet 9, F Ref. 8, G Tiltak 44 (the schema's widths, as at A1…E1 before).
    expect([w.get(3), w.get(4), w.get(5), w.get(6), w.get(7)]).toEqual([8, 24, 9, 8, 44]);
  });
});
