/**
 * The names the brief lists, through the Excel adapter's range.values (the fake parses strings as Excel
 * parses typed input, typedInput.ts): «1.5» would become the number 1,5, «=SUM(A1)» a formula, «01.02» the
 * number 1,02, «-» a #NAME? error, «TRUE» a boolean. Added (with a note under the table, so cells are
 * inserted first) and written over another measure's name, each must read back as the same text.
 */
import { checkSnapshot, planAddMeasure, planUpdateMeasure, type RowInput } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';

const NAMES = ['1.5', '=SUM(A1)', '01.02', '-', 'TRUE'] as const;

describe.each(NAMES)('the measure name %j in Excel', (name) => {
  it('stays that text when added under a note and when an existing name is changed to it', async () => {
    const model = await exampleModel();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    const last = Number(/(\d+)$/.exec(table?.ref ?? '')?.[1]);
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    sheet?.cells.set(`B${last + 1}`, { value: 'Notat' });

    const { snapshot, result } = await checkModel(model);
    const row: RowInput = { values: { section: 'Organisasjon', measure: name }, years: [1, 2, 3, 4] };
    const planned = planAddMeasure(result.plan, 'operating', row, snapshot, { canInsertCells: true });
    if (!planned.ok) throw new Error('blocked');
    await excelPort(model).apply(planned.edits);
    const first = result.plan.operating[0];
    if (!first) throw new Error('no measure');
    await excelPort(model).apply(
      planUpdateMeasure(result.plan, first, { values: { measure: name }, years: [] }, snapshot),
    );

    const after = checkSnapshot(await excelPort(model).read(), { file: 'x', defaultStartYear: 2027, render: () => '' });
    // The first measure keeps its row; the new one is on the row under the old table's end (last + 1), and
    // the note moved down one row, to last + 2.
    const named = after.plan.operating.filter((m) => m.measure === name).map((m) => m.row);
    expect(named).toEqual([first.row, last + 1]);
    expect(sheet?.cells.get(`B${last + 2}`)).toMatchObject({ value: 'Notat' });
  });
});
