/**
 * Review r38: the recording fake stored a number written into a cell in the text format ("@") as a number, while
 * the domain takes it that Excel stores it as text, which Excel's sums skip (measureEdits/amountFormat.ts, written
 * before every amount an edit writes). A write path that forgot the format would pass on the fake. The fake now
 * stores such a number as its text, the stricter reading; the pane's edit of an amount still lands as a number.
 */
import { planUpdateMeasure } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from '../../workbook/excel/exampleModel';

describe('a number written into a text-formatted cell (review r38)', () => {
  it('is stored as text by the fake, and the pane gives the cell its amount format first', async () => {
    const model = await exampleModel();
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
    // I2: D-001's 2028, formatted as text by her, holding 200 typed there as text.
    expect([cells.get('A2')?.value, cells.get('I1')?.value].map(String)).toEqual(['D-001', '2028']);
    cells.set('I2', { value: '200', numberFormat: '@' });

    await excelPort(model).apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'I2', values: [[1500]] }]);
    expect(cells.get('I2')).toEqual({ value: '1500', numberFormat: '@' });

    // The pane's edit (2027 left at its 600): 1 800 (1000 kr) written after the amount format "#,##0" (tableEdits.ts AMOUNT_FORMATS).
    const { snapshot, result } = await checkModel(model);
    await excelPort(model).apply(planUpdateMeasure(result.plan, 'D-001', { values: {}, years: [600, 1800] }, snapshot));
    expect(cells.get('I2')).toEqual({ value: 1800, numberFormat: '#,##0' });
  });
});
