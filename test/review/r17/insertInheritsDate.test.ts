/**
 * Review r17 (Excel path, Nytt tiltak under a note): a new measure added in Excel where the user has a note in the
 * row under tblTiltakDrift gets the number formats of the measure above it, and an amount of the new measure is
 * shown and read as a date.
 *
 * The example (2027–2030, 1000 kr) in Excel. The user typed «1.5» (meaning 1,5 mill) in D-011's 2028 (I12, the
 * table's last row): Norwegian Excel made it the 1st of May, 46143 in the format «d-mmm», and the check says
 * «Cellen i «2028» inneholder «01.05.2026», som ikke er et beløp. Den teller som 0 til du retter den.». Under the
 * table, in A13, she has a note. She adds a measure through the pane (Nytt tiltak: 2027 100, 2028 200,
 * Helårsvirkning 400). The adapter inserts cells over A13:U13 (Range.insert, shift down), so the note moves down,
 * and writes the measure there. Excel gives inserted cells the formats of the cells above them (Insert Options,
 * «Formater på samme måte som over», the default): I13 is «d-mmm» before 200 is written, so Excel shows «18.jul» and
 * the next check reads the new measure's 2028 as a date: a second amount-invalid error, on a measure the product
 * itself just wrote («Cellen i «2028» inneholder «18.07.1900», som ikke er et beløp. Den teller som 0 til du retter
 * den.»), and D-012 counts 0 for 2028. The same insert under a last row whose amount cell is text («@»)
 * would store the new amount as the text «200», which Excel's SUMIFS skips.
 *
 * Why wrong: SPEC §7 (a date is no amount), §11 (Add measure: amounts written as values, as numbers); the product's
 * own rule for a written amount (src/domain/measureEdits/amountFormat.ts: a cell that shows a date or is text gets
 * the amount format with the amount), which planAddMeasure applies when no cells are inserted and leaves out when
 * they are («inserted cells are new»). The fake Excel gives inserted cells the number formats of the cells above
 * them, as Excel does (test/workbook/excel/fakeObjects.ts, FakeRange.insert).
 *
 * Fixed: when the row is inserted, each cell the measure writes gets the product's format before its value: the
 * amount format for amounts and Sum periode, General for the others (amountFormat.ts insertedCellFormats).
 *
 * By hand: D-012 on row 13, 2027 100 × 1 000 = 100 000 kr, 2028 200 × 1 000 = 200 000 kr, 2029 and 2030 0;
 * Helårsvirkning 400 000 kr; no amount finding on row 13 (the only amount-invalid stays I12, D-011's «1.5»).
 */
import { checkSnapshot, planAddMeasure, type Edit } from '../../../src/domain';
import { renderFinding } from '../../../src/i18n';
import { excelPort, exampleModel } from '../../workbook/excel/exampleModel';
import type { FakeModel } from '../../workbook/excel/fakeModel';

// 1 May 2026 (a «1.5» typed in Norwegian Excel): 46023 is 1 January 2026, plus 31 + 28 + 31 + 30 days.
const FIRST_OF_MAY = 46143;

async function check(model: FakeModel) {
  const snapshot = await excelPort(model).read('check');
  const result = checkSnapshot(snapshot, {
    file: 'x',
    defaultStartYear: 2027,
    render: (f) => renderFinding(f, 'nb', '1000 kr'),
  });
  return { snapshot, result };
}

/** Applies `edits` in Excel; they insert cells at A13:U13, under the note. */
async function applyInExcel(model: FakeModel, edits: readonly Edit[]): Promise<void> {
  expect(edits.filter((e) => e.kind === 'insertCells')).toEqual([
    { kind: 'insertCells', sheet: 'Tiltak drift', range: 'A13:U13' },
  ]);
  await excelPort(model).apply(edits);
}

describe('Nytt tiltak in Excel, under a note, after a last measure with an amount Excel shows as a date', () => {
  test('writes the new measure’s amounts as amounts, not into the date format of the row above', async () => {
    const model = await exampleModel();
    expect(model.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A1:U12');
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
    expect([cells.get('A12')?.value, cells.get('H1')?.value, cells.get('I1')?.value].map(String)).toEqual([
      'D-011',
      '2027',
      '2028',
    ]);
    cells.set('I12', { value: FIRST_OF_MAY, numberFormat: 'd-mmm' });
    cells.set('A13', { value: 'Merknad: tallene for 2028 er foreløpige' });
    const before = await check(model);
    expect(before.result.report.issues.filter((i) => i.code === 'amount-invalid').map((i) => i.cell)).toEqual(['I12']);

    const row = { values: { section: 'Organisasjon', measure: 'Ny', fullYear: 400 }, years: [100, 200, 0, 0] };
    const planned = planAddMeasure(before.result.plan, 'operating', row, before.snapshot, { canInsertCells: true });
    if (!planned.ok) throw new Error('blocked');
    await applyInExcel(model, planned.edits);

    expect(cells.get('A14')?.value).toBe('Merknad: tallene for 2028 er foreløpige');
    const after = await check(model);
    expect(after.result.plan.operating.find((m) => m.row === 13)).toMatchObject({
      id: 'D-012',
      fullYear: 400_000,
      years: [100_000, 200_000, 0, 0],
    });
    expect(after.result.report.issues.filter((i) => i.code === 'amount-invalid').map((i) => i.cell)).toEqual(['I12']);
  });
});
