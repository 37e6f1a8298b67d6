/**
 * An amount that Norwegian Excel turned into a date (the user typed "1.5": the 1st of May, shown "01.mai"):
 * `range.values` gives its serial, 46143, and only the number format tells that it is a date. The file adapter
 * reads such a cell as a date (amount-invalid, SPEC §7); the Excel adapter must read it the same, never as an
 * amount of 46 143 000 kr.
 */
import { checkModel, exampleModel } from './exampleModel';

// 1 May 2026: 46023 is 1 January 2026, plus 31 + 28 + 31 + 30 days.
const FIRST_OF_MAY = 46143;

describe('an amount Excel shows as a date', () => {
  it('is amount-invalid, as the file adapter reads it', async () => {
    const model = await exampleModel();
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    // H2: the first measure's 2027 (ID, Seksjon, Prioritet, Ref., Tiltak, Type, Kostnadsstatus, then the years).
    expect(sheet?.cells.get('G1')?.value).toBe('Kostnadsstatus');
    expect(String(sheet?.cells.get('H1')?.value)).toBe('2027');
    const before = (await checkModel(model)).result.plan.operating[0]?.years[0];
    sheet?.cells.set('H2', { value: FIRST_OF_MAY, numberFormat: 'd-mmm' });

    const { result } = await checkModel(model);
    const found = result.findings.filter((f) => f.code === 'amount-invalid' && f.cell === 'H2');
    expect(found).toHaveLength(1);
    expect(found[0]?.params).toMatchObject({ value: '2026-05-01T00:00:00.000Z' });
    expect(result.plan.operating[0]?.years[0]).toBe(0);
    expect(before).not.toBe(0);
  });

  it('reads the same serial as an amount where its format is a number format', async () => {
    const model = await exampleModel();
    model.sheets.find((s) => s.name === 'Tiltak drift')?.cells.set('H2', { value: 46143, numberFormat: '# ##0' });
    const { result } = await checkModel(model);
    expect(result.findings.filter((f) => f.cell === 'H2' && f.code === 'amount-invalid')).toEqual([]);
    expect(result.plan.operating[0]?.years[0]).toBe(46_143_000); // 1000 kr
  });
});
