/**
 * Writing Avstemming again in Excel when the user typed a note beside its table and one under it (SPEC §11: a
 * cell typed next to or below a product table is never overwritten), or added a column of her own to the table
 * (docs/spec.md §10: it travels with its item). Planned on the 'structure' read, as the pane does; the notes must
 * be where the user left them afterwards.
 */
import { parseRange, reconciliationFormulaValues, toA1 } from '../../../src/domain';
import { excelPort, exampleModel } from './exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

describe('Avstemming written again in Excel', () => {
  it('keeps a note beside its table and one under it', async () => {
    const model = await exampleModel();
    expect((await writeAvstemming(model, 'kr')).ok).toBe(true);
    const sheet = model.sheets.find((s) => s.name === 'Avstemming');
    const table = model.tables.find((t) => t.sheet === 'Avstemming');
    const r = parseRange(table?.ref ?? '');
    if (!sheet || !r) throw new Error('no Avstemming table');
    const beside = toA1(r.top + 1, r.right + 1);
    const under = toA1(r.bottom + 1, r.left);
    sheet.cells.set(beside, { value: 'Notat ved siden' });
    sheet.cells.set(under, { value: 'Notat under' });

    const again = await writeAvstemming(model, 'kr');

    const where = (text: string) => [...sheet.cells].filter(([, c]) => c.value === text).map(([a1]) => a1);
    // The same plan gives the same items, so the same table (r.top..r.bottom): nothing blocks it, and each
    // note is still in its cell. The old table is replaced, not stacked under a second one.
    expect(again.ok).toBe(true);
    expect(where('Notat ved siden')).toEqual([beside]);
    expect(where('Notat under')).toEqual([under]);
    expect(model.tables.filter((t) => t.sheet === 'Avstemming').map((t) => t.ref)).toEqual([table?.ref]);
  });

  it('carries columns «Saksbehandler» and «Frist» the user added (Q, R) with their item after she sorted the table', async () => {
    const model = await exampleModel();
    expect((await writeAvstemming(model, 'kr')).ok).toBe(true);
    const sheet = model.sheets.find((s) => s.name === 'Avstemming');
    const table = model.tables.find((t) => t.sheet === 'Avstemming');
    const r = parseRange(table?.ref ?? '');
    if (!sheet || !table || !r) throw new Error('no Avstemming table');
    expect([r.left, r.right]).toEqual([1, 16]);
    const last = r.bottom;
    expect(last).toBeGreaterThan(3);
    const key = (row: number) => [2, 4, 7, 8].map((c) => sheet.cells.get(toA1(row, c))?.value ?? null);
    const first = key(2);
    // Her sort: the item of row 2 and the last row swap places (all of A:P), then «Kari» beside it, in Q.
    for (let c = 1; c <= 16; c++) {
      const [a, b] = [sheet.cells.get(toA1(2, c)), sheet.cells.get(toA1(last, c))];
      for (const [at, cell] of [
        [toA1(2, c), b],
        [toA1(last, c), a],
      ] as const)
        if (cell) sheet.cells.set(at, cell);
        else sheet.cells.delete(at);
    }
    expect(key(last)).toEqual(first);
    sheet.cells.set('Q1', { value: 'Saksbehandler' });
    sheet.cells.set(`Q${last}`, { value: 'Kari' });
    // «Frist» 1 March 2027: Excel's day 46447 (2027-01-01 = 46388, + 31 + 28), shown as a date.
    sheet.cells.set('R1', { value: 'Frist' });
    sheet.cells.set(`R${last}`, { value: 46447, numberFormat: 'dd.mm.yyyy' });
    table.ref = `A1:R${last}`;

    expect((await writeAvstemming(model, 'kr')).ok).toBe(true);

    // The same items in the product's order: the item is on row 2 again, and «Kari» with it, inside the table.
    expect(key(2)).toEqual(first);
    const kari = [...sheet.cells].filter(([, c]) => c.value === 'Kari').map(([a1]) => a1);
    expect(kari).toEqual(['Q2']);
    expect([sheet.cells.get('Q1')?.value, sheet.cells.get('R1')?.value]).toEqual(['Saksbehandler', 'Frist']);
    expect(sheet.cells.get('R2')).toEqual(expect.objectContaining({ value: 46447, numberFormat: 'dd.mm.yyyy' }));
    // Written empty ("" is how Office.js empties a cell's value), not cleared: her cell formatting stays there.
    expect(sheet.cells.get(`R${last}`)?.value ?? '').toBe('');
    // Nor does the date format stay there: the item now on that row had R2 in General, which travels with it.
    expect(sheet.cells.get(`R${last}`)?.numberFormat).toBe('General');
    expect(model.tables.filter((t) => t.sheet === 'Avstemming').map((t) => t.ref)).toEqual([`A1:R${last}`]);
  });

  it('reads the formula in her column Q on the structure read, so the pane can name it', async () => {
    const model = await exampleModel();
    expect((await writeAvstemming(model, 'kr')).ok).toBe(true);
    const sheet = model.sheets.find((s) => s.name === 'Avstemming');
    const table = model.tables.find((t) => t.sheet === 'Avstemming');
    const r = parseRange(table?.ref ?? '');
    if (!sheet || !table || !r) throw new Error('no Avstemming table');
    sheet.cells.set('Q1', { value: 'Saksbehandler' });
    sheet.cells.set('Q2', { value: 7, formula: '=I2*2' });
    table.ref = `A1:Q${r.bottom}`;
    const snapshot = await excelPort(model).read('structure');
    expect(reconciliationFormulaValues(snapshot)).toEqual([
      { cell: 'Avstemming!Q2', formula: '=I2*2', value: 7, table: 'tblAvstemming' },
    ]);
  });
});
