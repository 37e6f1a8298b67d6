/**
 * *Nytt tiltak* under a note inserts cells (Insert › Shift cells down), and Excel gives inserted cells the number
 * formats of the cells above them (the fake does so too: fakeObjects.ts, FakeRange.insert). The new measure's cells
 * get the product's formats instead: an amount its amount format ('#,##0' in 1000 kr), any other cell General, so
 * that the last measure's formats (text, a percent, a date) do not change what the new one shows or how it is read.
 */
import { planAddMeasure } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';

describe('a new measure in cells inserted under a measure with formats of the user’s', () => {
  it('gets the product’s formats in every cell it writes, and only there', async () => {
    const model = await exampleModel();
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
    expect(model.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A1:U12');
    expect(['A1', 'C1', 'E1', 'H1', 'L1', 'U1'].map((a1) => String(cells.get(a1)?.value))).toEqual([
      'ID',
      'Prioritet',
      'Tiltak',
      '2027',
      'Sum periode',
      'Kommentar',
    ]);
    // Row 12, D-011: Prioritet as text, 2027 as a percent, Sum periode as text, Kommentar a date column of hers.
    const formatted = { C12: '@', H12: '0%', L12: '@', U12: 'dd.mm.yyyy' };
    for (const [a1, numberFormat] of Object.entries(formatted)) cells.set(a1, { ...cells.get(a1)!, numberFormat });
    cells.set('A13', { value: 'Merknad' });
    const { snapshot, result } = await checkModel(model);
    const row = { values: { section: 'Organisasjon', measure: 'Ny', fullYear: 400 }, years: [100, 200, 0, 0] };
    const planned = planAddMeasure(result.plan, 'operating', row, snapshot, { canInsertCells: true });
    if (!planned.ok) throw new Error('blocked');

    await excelPort(model).apply(planned.edits);

    expect(cells.get('A14')?.value).toBe('Merknad');
    expect(['C13', 'H13', 'I13', 'L13', 'M13'].map((a1) => cells.get(a1)?.numberFormat)).toEqual([
      'General',
      '#,##0',
      '#,##0',
      '#,##0',
      '#,##0',
    ]);
    // Kommentar is not written: the inserted cell keeps what Excel gave it, the format of the cell above.
    expect(cells.get('U13')).toEqual({ value: '', numberFormat: 'dd.mm.yyyy' });
    // Row 12 keeps its own formats.
    expect(Object.keys(formatted).map((a1) => cells.get(a1)?.numberFormat)).toEqual(Object.values(formatted));
    const again = (await checkModel(model)).result;
    expect(again.plan.operating.find((m) => m.row === 13)).toMatchObject({
      id: 'D-012',
      fullYear: 400_000,
      years: [100_000, 200_000, 0, 0],
    });
  });
});
