/**
 * Repair in Excel when the user typed a note beside a measure table, in the column where a missing schema
 * column would be added (SPEC §11: repair adds missing columns at the end and never moves or overwrites user
 * data). Planned on the 'structure' read, as the pane does: the note stays where it is.
 */
import { parseRange, planRepair, toA1, toRange } from '../../../src/domain';
import { excelPort, exampleModel } from './exampleModel';

describe('repair in Excel with a note beside the table', () => {
  it('leaves the note in its cell', async () => {
    const model = await exampleModel();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    const r = parseRange(table?.ref ?? '');
    if (!table || !sheet || !r) throw new Error('no tblTiltakDrift');
    // The last column (Kommentar) taken out of the table and emptied; a note in its old column, on row 3.
    for (let row = r.top; row <= r.bottom; row += 1) sheet.cells.delete(toA1(row, r.right));
    table.ref = toRange(r.top, r.left, r.bottom, r.right - 1);
    const note = toA1(r.top + 2, r.right);
    sheet.cells.set(note, { value: 'Notat' });

    const port = excelPort(model);
    const { edits, blocked } = planRepair(await port.read('structure'), { defaultStartYear: 2027 });
    await port.apply(edits);

    // The column would go where the note is: repair names the note's cell and leaves the column out.
    expect(blocked).toEqual([{ sheet: 'Tiltak drift', cell: note }]);
    expect(sheet.cells.get(note)).toMatchObject({ value: 'Notat' });
  });
});
