/**
 * Amounts typed as text converted to numbers in Excel (SPEC §7 amount-text, the pane's «Gjør om til tall»): a
 * cell whose number text is the result of the user's formula is the user's formula, and is neither offered nor
 * written over (SPEC §11), as on the file path, which knows the formula from the file. The check read learns
 * those formulas in the syncs it takes anyway when the read fits one, and else in at most one sync more.
 */
import { applyEdits, planTextAmounts, planUpdateMeasure, textAmounts } from '../../../src/domain';
import { askTextFormulas } from '../../../src/workbook/excel/textFormulas';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { checkSnapshot } from '../../../src/domain';
import { excelPort, exampleModel } from './exampleModel';
import { cloneCells, type FakeModel } from './fakeModel';
import { recordingRunner, RecordingContext } from './recordingContext';

/** The check read of `model` with a payload budget of `budget` bytes, its check, and the syncs it took. */
async function checkWith(model: FakeModel, budget?: number) {
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true, budget });
  const snapshot = await port.read('check');
  const result = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  return { snapshot, result, syncs: ctx.syncCount };
}

/** The A1 address of the cell of `sheet` under the header `header` in row `row` (headers in row 1). */
function cellUnder(model: FakeModel, sheet: string, header: string, row: number): string {
  const cells = model.sheets.find((s) => s.name === sheet)!.cells;
  const at = [...cells].find(([a1, c]) => /^[A-Z]+1$/.test(a1) && String(c.value) === header)?.[0];
  if (!at) throw new Error(`no header ${header} on ${sheet}`);
  return `${at.replace(/\d+$/, '')}${row}`;
}

/**
 * The example with, on Tiltak drift, D-001's 2027 (H2) the user's =TEXT(1500,"0"), whose value Excel gives as
 * the text "1500", and its 2028 (I2) "200" typed into a cell formatted as text; and on Økonomiplan the 2030 of
 * the table's last line a formula whose value is "75", and the 2029 of that line "40" typed.
 */
async function withTexts(): Promise<{ model: FakeModel; typed: string[]; formulas: string[] }> {
  const model = await exampleModel();
  const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!;
  expect([drift.cells.get('H1')?.value, drift.cells.get('I1')?.value].map(String)).toEqual(['2027', '2028']);
  drift.cells.set('H2', { value: '1500', formula: '=TEXT(1500,"0")' });
  drift.cells.set('I2', { value: '200', numberFormat: '@' });
  const plan = model.sheets.find((s) => s.name === 'Økonomiplan')!;
  const last = Number(/\d+$/.exec(model.tables.find((t) => t.name === 'tblOkonomiplan')!.ref)![0]);
  const [formula, typed] = [
    cellUnder(model, 'Økonomiplan', '2030', last),
    cellUnder(model, 'Økonomiplan', '2029', last),
  ];
  plan.cells.set(formula, { value: '75', formula: '=TEXT(SUM(1,74),"0")' });
  plan.cells.set(typed, { value: '40', numberFormat: '@' });
  return {
    model,
    typed: ['Tiltak drift!I2', `Økonomiplan!${typed}`],
    formulas: ['Tiltak drift!H2', `Økonomiplan!${formula}`],
  };
}

const where = (a: { sheet: string; cell: string }) => `${a.sheet}!${a.cell}`;

describe('converting amounts typed as text in Excel', () => {
  it.each([
    ['a read that fits one sync', undefined],
    ['a read in blocks (budget 20 000 bytes)', 20_000],
  ])('%s: offers the typed text only, and converting it leaves the formulas as they are', async (_, budget) => {
    const { model, typed, formulas } = await withTexts();
    const { snapshot, result } = await checkWith(model, budget);
    // All four are text to Excel's sums, so all four are warned about; only two are the user's typing.
    const warned = result.findings.filter((f) => f.code === 'amount-text').map(where);
    expect(warned.sort()).toEqual([...typed, ...formulas].sort());
    expect(textAmounts(snapshot, result.findings, result.plan.settings.unit).map((a) => [where(a), a.number])).toEqual([
      [typed[0], 200],
      [typed[1], 40],
    ]);

    const before = cloneCells(model);
    await excelPort(model).apply(planTextAmounts(snapshot, result.findings, result.plan.settings.unit));
    const after = cloneCells(model);
    // The formulas are as they were; the typed cells are the numbers 200 and 40 in the amount format of
    // 1000 kr ("#,##0", amountFormat.ts), and nothing else changed.
    const [drift, plan] = [typed[0]!.split('!')[1]!, typed[1]!.split('!')[1]!];
    expect(after['Tiltak drift']?.['H2']).toEqual({ value: '1500', formula: '=TEXT(1500,"0")' });
    expect(after['Tiltak drift']?.[drift]).toEqual({ value: 200, numberFormat: '#,##0' });
    expect(after['Økonomiplan']?.[plan]).toEqual({ value: 40, numberFormat: '#,##0' });
    expect({ ...after, 'Tiltak drift': { ...after['Tiltak drift'], [drift]: null } }).toEqual({
      ...before,
      'Tiltak drift': { ...before['Tiltak drift'], [drift]: null },
      Økonomiplan: { ...before['Økonomiplan'], [plan]: after['Økonomiplan']?.[plan] },
    });
  });

  it('takes no sync more where the read fits one, and at most one more in blocks', async () => {
    const plain = await exampleModel();
    const { model } = await withTexts();
    expect((await checkWith(plain)).syncs).toBe(3);
    expect((await checkWith(model)).syncs).toBe(3);
    const [before, after] = [(await checkWith(plain, 20_000)).syncs, (await checkWith(model, 20_000)).syncs];
    expect(after - before).toBeGreaterThanOrEqual(0);
    expect(after - before).toBeLessThanOrEqual(1);
  });
});

describe('converting a Toleranse typed as text in Excel (SPEC §3, §7)', () => {
  it('reads the Verdi cell’s format, so «0,5» in a text cell becomes the number 0,5 in General (500 kr, shown so)', async () => {
    const model = await exampleModel();
    const settings = model.sheets.find((s) => s.name === 'Innstillinger')!;
    const label = [...settings.cells].find(([, c]) => c.value === 'Toleranse')?.[0];
    expect(label).toMatch(/^A\d+$/);
    const verdi = label!.replace('A', 'B');
    settings.cells.set(verdi, { value: '0,5', numberFormat: '@' });
    const { snapshot, result } = await checkWith(model);
    expect(result.plan.settings.tolerance).toBe(500);
    await excelPort(model).apply(planTextAmounts(snapshot, result.findings, result.plan.settings.unit));
    // In a text cell Excel would keep a number written there as text: the format must change, and to one that
    // shows 0,5 (not «#,##0», which shows 1).
    expect(cloneCells(model)['Innstillinger']?.[verdi]).toEqual({ value: 0.5, numberFormat: 'General' });
  });
});

describe('the formulas read for number text', () => {
  it.each([
    ['a read that fits one sync', undefined],
    ['a read in blocks (budget 20 000 bytes)', 20_000],
  ])(
    '%s: only those of number text are kept, so a live check of an edited measure keeps a formula’s result',
    async (_, budget) => {
      const { model } = await withTexts();
      const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!;
      // D-002 (row 3): its 2027 (H3) the user's formula =v*1, a number; H5 "300" typed as text, so that the
      // formulas of H2:H5 are loaded in blocks too.
      const v = drift.cells.get('H3')?.value as number;
      expect(typeof v).toBe('number');
      drift.cells.set('H3', { value: v, formula: `=${v}*1` });
      drift.cells.set('H5', { value: '300', numberFormat: '@' });
      const { snapshot, result } = await checkWith(model, budget);
      expect(result.plan.operating[1]).toMatchObject({ id: 'D-002', row: 3 });
      // The pane's live check of a new Kommentar for D-002 (MeasureView: applyEdits, then the check): its 2027
      // is still v thousand kroner, as it reads in the workbook, not an empty cell.
      const edits = planUpdateMeasure(result.plan, 'D-002', { values: { comment: 'Ny' }, years: [] }, snapshot);
      expect(edits).toEqual([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'U3', values: [['Ny']] }]);
      const after = checkSnapshot(applyEdits(snapshot, edits), { file: 'x', defaultStartYear: 2027, render: () => '' });
      expect(after.plan.operating[1]?.years[0]).toBe(v * 1000);
      // H2's formula is known, so H2 is still not offered for conversion; H5 is.
      expect(textAmounts(snapshot, result.findings, result.plan.settings.unit).map(where)).toContain('Tiltak drift!H5');
      expect(textAmounts(snapshot, result.findings, result.plan.settings.unit).map(where)).not.toContain(
        'Tiltak drift!H2',
      );
    },
  );
});

describe('askTextFormulas', () => {
  // Rows 1–6 of columns B–D, values; the amount cells are C and D from row 2.
  const piece = {
    sheet: 'S',
    rect: { top: 1, left: 2, bottom: 6, right: 4 },
    field: 'values' as const,
    textCells: { cols: [3, 4], top: 2, bottom: 6 },
  };
  it('asks for the formulas of each amount column from its first number text to its last', () => {
    const grid = [
      ['ID', '2027', '2028'], // the header row: "2027" is not an amount cell
      ['a', 1, '----'],
      ['b', '1 500', 'ukjent'],
      ['c', 2, ''],
      ['d', '2,4', 3],
      ['e', 4, '−7 kr'],
    ];
    const asked = askTextFormulas({ piece, grid }).map((p) => [p.field, p.rect]);
    // C: "1 500" in row 3 and "2,4" in row 5 (4 between is a number): rows 3–5. D: only "−7 kr" in row 6
    // reads as an amount ("----" is a placeholder, "ukjent" invalid).
    expect(asked).toEqual([
      ['formulas', { top: 3, left: 3, bottom: 5, right: 3 }],
      ['formulas', { top: 6, left: 4, bottom: 6, right: 4 }],
    ]);
  });

  it('asks for nothing for a decimal point: "2.4" is no amount text (SPEC §7), so there is nothing to convert', () => {
    const grid = [['ID', 2027, 2028], ['a', '2.4', '-1.5 kr'], ...[3, 4, 5, 6].map((r) => [`r${r}`, r, null])];
    expect(askTextFormulas({ piece, grid })).toEqual([]);
  });

  it('asks for nothing when every amount is a number', () => {
    const grid = [['ID', 2027, 2028], ...[2, 3, 4, 5, 6].map((r) => [`r${r}`, r, null])];
    expect(askTextFormulas({ piece, grid })).toEqual([]);
  });
});
