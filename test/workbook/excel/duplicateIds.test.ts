/**
 * Two measures with one ID (id-duplicate), edited and moved through the Excel adapter: the user picks the
 * second one (row 9), and only row 9 is written; the first one (row 5) keeps every cell.
 */
import { pickMeasure, planMoveMeasure, planUpdateMeasure, relocateMeasure } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';
import { cloneCells } from './fakeModel';

/** The example in the fake Excel with row 9 of Tiltak drift (D-008) typed as D-004, the ID of row 5. */
async function withDuplicate() {
  const model = await exampleModel();
  const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
  expect(sheet?.cells.get('A9')?.value).toBe('D-008');
  sheet?.cells.set('A9', { ...sheet.cells.get('A9'), value: 'D-004' });
  return model;
}

/** Every cell of Tiltak drift but those named. */
const without = (cells: ReturnType<typeof cloneCells>, names: readonly string[]) =>
  Object.fromEntries(Object.entries(cells['Tiltak drift'] ?? {}).filter(([a1]) => !names.includes(a1)));

describe('two measures with ID D-004, on rows 5 and 9 (Excel path)', () => {
  it('editing the second writes row 9 only', async () => {
    const model = await withDuplicate();
    const { snapshot, result } = await checkModel(model);
    const pick = pickMeasure(result.plan, { table: 'operating', row: 9, id: 'D-004' });
    const fresh = await checkModel(model);
    const target = pick && relocateMeasure(fresh.result.plan, pick);
    expect(target?.row).toBe(9);
    const before = cloneCells(model);

    const row = { values: { measure: 'Medvirkningsmøter to ganger i året' }, years: [50] };
    await excelPort(model).apply(planUpdateMeasure(result.plan, target ?? 'D-004', row, snapshot));

    const after = cloneCells(model);
    // Tiltak is column E and 2027 column H; the example is in 1000 kr, so 50 is written as 50.
    expect(after['Tiltak drift']?.['E9']?.value).toBe('Medvirkningsmøter to ganger i året');
    expect(after['Tiltak drift']?.['H9']?.value).toBe(50);
    expect(after['Tiltak drift']?.['E5']?.value).toBe('Spredt bosetting for å oppnå trivsel og økt aktivitet');
    expect(without(after, ['E9', 'H9'])).toEqual(without(before, ['E9', 'H9']));
    expect({ ...after, 'Tiltak drift': null }).toEqual({ ...before, 'Tiltak drift': null });
  });

  it('moving the second up swaps it with D-007 in Organisasjon (C9 3 → 2, C8 2 → 3)', async () => {
    const model = await withDuplicate();
    const { result } = await checkModel(model);
    const before = cloneCells(model);
    await excelPort(model).apply(planMoveMeasure(result.plan, { table: 'operating', row: 9, id: 'D-004' }, 'up'));
    const after = cloneCells(model);
    expect([before['Tiltak drift']?.['C8']?.value, before['Tiltak drift']?.['C9']?.value]).toEqual([2, 3]);
    expect([after['Tiltak drift']?.['C8']?.value, after['Tiltak drift']?.['C9']?.value]).toEqual([3, 2]);
    expect(without(after, ['C8', 'C9'])).toEqual(without(before, ['C8', 'C9']));
  });
});
