/**
 * Office.js reads a table's this-row reference as Excel shows it ("@"): `=SUM([@[2027]:[2030]])` in Sum periode,
 * where a file saved by Excel stores `=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])`. The Excel adapter's read
 * gives the file's spelling (workbook/excel/thisRow.ts), the one spelling the domain knows; nothing else of a
 * formula changes.
 */
import { applyEdits, checkSnapshot, planAddMeasure, readPlan, type RowInput } from '../../../src/domain';
import { fileThisRow } from '../../../src/workbook/thisRow';
import { exampleModel, excelPort } from './exampleModel';
import type { FakeModel } from './recordingContext';

const FILE_SUM = '=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])';

describe('fileThisRow: an "@" reference in the file spelling', () => {
  it.each([
    ['=SUM(tblTiltakDrift[@[2027]:[2030]])', FILE_SUM],
    // Inside its own table Excel leaves the name out; the file always names the table.
    ['=SUM([@[2027]:[2030]])', FILE_SUM],
    ['=SUM( [@[2027]:[2030]] )', '=SUM( tblTiltakDrift[[#This Row],[2027]:[2030]] )'],
    // One column of a simple name goes without its own brackets; one with a space in them.
    ['=[@2027]+[@[Sum periode]]', '=tblTiltakDrift[[#This Row],[2027]]+tblTiltakDrift[[#This Row],[Sum periode]]'],
    ['=ROWS(tblTiltakDrift[@])', '=ROWS(tblTiltakDrift[#This Row])'],
    // Another table's reference keeps its own name.
    ['=tblØkonomiplan[@Beløp]*2', '=tblØkonomiplan[[#This Row],[Beløp]]*2'],
    // An escaped bracket in a column name ("Kost [kr]").
    ["=[@[Kost '[kr']]]", "=tblTiltakDrift[[#This Row],[Kost '[kr']]]"],
    // Excel's own spelling in a one-row table, without the name: named.
    ['=SUM([[#This Row],[2027]:[2030]])', FILE_SUM],
  ])('%s → %s', (shown, file) => {
    expect(fileThisRow(shown, 'tblTiltakDrift')).toBe(file);
  });

  it.each([
    FILE_SUM,
    '="[@2027] er teksten"&A1',
    "='Ark [@x]'!A1",
    '=SUM(tblTiltakDrift[2027])',
    '=tblTiltakDrift[[#Headers],[2027]]',
    '=@A1:A10',
    '=SUM(H2:K2)',
  ])('leaves %s as it is', (formula) => {
    expect(fileThisRow(formula, 'tblTiltakDrift')).toBe(formula);
  });

  it('names no table outside one', () => {
    expect(fileThisRow('=[@A]', null)).toBe('=[[#This Row],[A]]');
  });
});

/** Sum periode (L) of `rows` of Tiltak drift set to `formula` (showing `value`), as Excel holds it. */
function setSum(model: FakeModel, rows: readonly number[], formula: (r: number) => string, value = 0): void {
  const cells = model.sheets.find((s) => s.name === 'Tiltak drift')?.cells;
  for (const r of rows) cells?.set(`L${r}`, { value, formula: formula(r) });
}

/** The snapshot formula at `a1` of Tiltak drift. */
function formulaAt(snapshot: Awaited<ReturnType<ReturnType<typeof excelPort>['read']>>, row: number, col: number) {
  const sheet = snapshot.sheets.find((s) => s.sheet === 'Tiltak drift');
  return sheet?.formulas?.[row - 1]?.[col - 1];
}

describe('the Excel read gives a this-row reference in the file spelling', () => {
  it("reads Sum periode in Excel's spellings as the file stores it, and other formulas as they are", async () => {
    const model = await exampleModel();
    setSum(model, [2], () => '=SUM([@[2027]:[2030]])', 6000);
    setSum(model, [3], () => '=SUM(tblTiltakDrift[@[2027]:[2030]])', 300);
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')?.cells;
    cells?.set('B4', { value: 'Samfunn og tjenester', formula: '="[@x]"&"Samfunn og tjenester"' });

    const snapshot = await excelPort(model).read('check');

    expect(formulaAt(snapshot, 2, 12)).toBe(FILE_SUM);
    expect(formulaAt(snapshot, 3, 12)).toBe(FILE_SUM);
    expect(formulaAt(snapshot, 4, 2)).toBe('="[@x]"&"Samfunn og tjenester"');
  });
});

describe('adding a measure in Excel where Sum periode reads in the "@" spelling', () => {
  const ROW: RowInput = {
    values: { section: 'Organisasjon', measure: 'Boligsosial veileder', costStatus: 'Beregnet', fullYear: 400 },
    years: [200, 400, 400, 400],
  };

  /** The example (D-011 on row 12) with tblTiltakDrift grown over rows 13 and 14, empty but for Sum periode. */
  async function grown(sum13: string): Promise<FakeModel> {
    const model = await exampleModel();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    if (table) table.ref = table.ref.replace(/\d+$/, '14');
    setSum(model, [13], () => sum13);
    setSum(model, [14], () => '=SUM([@[2027]:[2030]])');
    return model;
  }

  async function add(model: FakeModel) {
    const snapshot = await excelPort(model).read('check');
    const { plan } = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
    const planned = planAddMeasure(plan, 'operating', ROW, snapshot, { canInsertCells: true });
    if (!planned.ok) throw new Error('blocked');
    const written = planned.edits.flatMap((e) => (e.kind === 'setCells' ? [e.origin] : []));
    return { snapshot, edits: planned.edits, written };
  }

  it("takes row 13, whose Sum periode holds the product's sum, and leaves that cell alone", async () => {
    const model = await grown('=SUM([@[2027]:[2030]])');
    const { snapshot, edits, written } = await add(model);
    expect(model.tables.find((t) => t.name === 'tblTiltakDrift')?.ref).toBe('A1:U14');
    expect(written).toEqual(expect.arrayContaining(['H13', 'I13', 'J13', 'K13']));
    expect(written).not.toContain('L13');
    // The pane's live check, in memory: 200 + 400 + 400 + 400 = 1 400 (1000 kr) = 1 400 000 kr.
    const after = readPlan(applyEdits(snapshot, edits), { defaultStartYear: 2027 }).plan;
    expect(after.settings.unit).toBe('1000 kr');
    expect(after.operating.find((m) => m.row === 13)?.periodSum).toBe(1_400_000);

    await excelPort(model).apply(edits);
    const cells = model.sheets.find((s) => s.name === 'Tiltak drift')?.cells;
    expect(cells?.get('L13')?.formula).toBe('=SUM([@[2027]:[2030]])');
    expect(cells?.get('H13')?.value).toBe(200);
  });

  it("leaves row 13 whose Sum periode holds a formula of the user's (=H12*2) and takes row 14", async () => {
    const model = await grown('=H12*2');
    const { written } = await add(model);
    expect(written.some((a1) => a1.endsWith('13'))).toBe(false);
    expect(written).toEqual(expect.arrayContaining(['H14', 'I14', 'J14', 'K14']));
    expect(written).not.toContain('L14');
  });
});
