/**
 * FAILS (bug found in review of ba35646, the Excel twin of test/workbook/xlsx/preserve/repairViewProductWidths.test.ts):
 * the example made in the fake Excel by the product has a width of the product's on every column of «Tiltak
 * investering» (setColumnWidth at `new`: ID 8, Seksjon 24, Prioritet 9, Ref. 8, Tiltak 44, …), which
 * getColumnProperties reports as not the standard width — views.ts takes each for a width she gave. She deletes
 * tblTiltakInvestering with its cells and types a note in A1, touching no width; repair makes the table anew at C1
 * (C ID, D Seksjon, E Prioritet, F Ref., G Tiltak) and sets no width on C…Y, so Tiltak (G) keeps the 11 of the old
 * table's column G and Prioritet (E) the 44 of the old Tiltak. repairView.test.ts does not see it: it replaces the
 * example's widths by hers («sized: []» for «a sheet with no view of hers», which a product-made sheet never is).
 */
import { planRepair, toA1 } from '../../../src/domain';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { exampleModel } from './exampleModel';
import { recordingRunner, RecordingContext } from './recordingContext';

const SHEET = 'Tiltak investering';

describe('repair in Excel of a table made anew on a sheet whose widths are the product’s own', () => {
  it('sets the product’s width on Tiltak (G:G, 44 characters) and Seksjon (D:D, 24) of the table at C1', async () => {
    const model = await exampleModel();
    model.tables = model.tables.filter((t) => t.name !== 'tblTiltakInvestering');
    const sheet = model.sheets.find((s) => s.name === SHEET);
    if (!sheet) throw new Error(`no ${SHEET}`);
    // The widths `new` gave the old table at A1 are there (columns A…Y, 1…25).
    expect([1, 2, 5, 25].every((c) => sheet.sizedColumns?.has(c))).toBe(true);
    sheet.cells = new Map([[toA1(1, 1), { value: 'Notat' }]]);

    const context = new RecordingContext(model);
    const port = new ExcelWorkbook({ run: recordingRunner(context), isSetSupported: () => true });
    const { changes, edits } = planRepair(await port.read('structure'), { defaultStartYear: 2027 });
    expect(changes).toContainEqual({ kind: 'add-table', sheet: SHEET, target: 'tblTiltakInvestering', detail: 'C1' });
    const before = context.ops.length;
    await port.apply(edits);
    const widths = context.ops
      .slice(before)
      .filter((o) => o.op === 'columnWidth' && o.target.startsWith(`${SHEET}!`))
      .map((o) => [o.target, o.value]);
    expect(widths).toEqual(
      expect.arrayContaining([
        // Excel takes points: (24 × 7 + 5) × 0,75 = 129,75 and (44 × 7 + 5) × 0,75 = 234,75 (styles.ts).
        [`${SHEET}!D:D`, 129.75],
        [`${SHEET}!G:G`, 234.75],
      ]),
    );
  });
});
