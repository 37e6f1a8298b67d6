/**
 * An amount that Norwegian Excel turned into a date (the user typed "1.5": the 1st of May, shown "01.mai"):
 * `range.values` gives its serial, 46143, and only the number format tells that it is a date. The file adapter
 * reads such a cell as a date (amount-invalid, SPEC §7); the Excel adapter must read it the same, never as an
 * amount of 46 143 000 kr.
 */
import { planAddMeasure, planUpdateMeasure } from '../../../src/domain';
import { checkModel, excelPort, exampleModel } from './exampleModel';
import { cloneCells } from './fakeModel';

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

describe('an amount fixed through the pane where Excel shows a date', () => {
  // The example is in 1000 kr, whose amount format (AMOUNT_FORMATS, the table template's) is "#,##0".
  it('Endre tiltak writes the amount and the amount format, and the next check reads the amount', async () => {
    const model = await exampleModel();
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    sheet?.cells.set('H2', { value: FIRST_OF_MAY, numberFormat: 'd-mmm' });
    const { snapshot, result } = await checkModel(model);
    expect(result.plan.operating[0]?.id).toBe('D-001');
    const before = cloneCells(model);

    const edits = planUpdateMeasure(result.plan, 'D-001', { values: {}, years: [1500] }, snapshot);
    await excelPort(model).apply(edits);

    // H2: 1 500 (thousand kroner) shown as an amount; nothing else on any sheet changed.
    const after = cloneCells(model);
    expect(after['Tiltak drift']?.['H2']).toEqual({ value: 1500, numberFormat: '#,##0' });
    expect({ ...after, 'Tiltak drift': { ...after['Tiltak drift'], H2: null } }).toEqual({
      ...before,
      'Tiltak drift': { ...before['Tiltak drift'], H2: null },
    });
    const again = (await checkModel(model)).result;
    expect(again.findings.filter((f) => f.cell === 'H2' && f.sheet === 'Tiltak drift')).toEqual([]);
    expect(again.plan.operating[0]?.years[0]).toBe(1_500_000);
  });
});

describe('a new measure in a row whose cells Excel shows as dates (a "1.5" typed there and deleted)', () => {
  it.each([
    ['below the table', 'A1:U12'],
    ['in the table’s empty last row', 'A1:U13'],
  ])('%s: Nytt tiltak writes its amounts with the amount format there', async (_where, ref) => {
    const model = await exampleModel();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    expect(table?.ref).toBe('A1:U12');
    if (table) table.ref = ref;
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    // Row 13, where D-012 goes: 2027 (H) and Helårsvirkning (M) in date formats, 2028 (I) in the user's own.
    for (const [a1, numberFormat] of [
      ['H13', 'd-mmm'],
      ['I13', '0.0'],
      ['M13', 'd-mmm'],
    ])
      sheet?.cells.set(a1 as string, { value: '', numberFormat: numberFormat as string });
    const { snapshot, result } = await checkModel(model);
    const row = { values: { section: 'Organisasjon', measure: 'Ny', fullYear: 400 }, years: [100, 200, 0, 0] };
    const planned = planAddMeasure(result.plan, 'operating', row, snapshot, { canInsertCells: true });
    await excelPort(model).apply(planned.ok ? planned.edits : []);

    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')?.cells;
    expect(cells?.get('E13')?.value).toBe('Ny');
    expect(cells?.get('H13')).toEqual({ value: 100, numberFormat: '#,##0' });
    expect(cells?.get('I13')).toEqual({ value: 200, numberFormat: '0.0' });
    expect(cells?.get('M13')).toEqual({ value: 400, numberFormat: '#,##0' });
    const again = (await checkModel(model)).result;
    const amountFindings = again.findings.filter((f) => f.code.startsWith('amount-') && /^[A-Z]+13$/.test(f.cell));
    expect(amountFindings).toEqual([]);
    expect(again.plan.operating.find((m) => m.id === 'D-012')).toMatchObject({
      row: 13,
      fullYear: 400_000,
      years: [100_000, 200_000, 0, 0],
    });
  });
});
