/**
 * Excel errors on the Excel path (SPEC §8: a message names what her Excel shows). Office.js's `range.values` gives
 * an error as its English text, as it gives text she typed; the read asks, in the syncs it takes anyway, which cells
 * hold an error (errorCells.ts), so that the snapshot holds them as the file adapter reads them (a CellError), and a
 * finding names #N/A as #I/T and #VALUE! as #VERDI! in Norwegian. Text she typed that reads "#NAME?" stays text.
 */
import { checkSnapshot, type Finding } from '../../../src/domain';
import { renderFinding } from '../../../src/i18n';
import { ExcelWorkbook } from '../../../src/workbook/excel';
import { areaRects, markErrors } from '../../../src/workbook/excel/errorCells';
import { exampleModel } from './exampleModel';
import type { FakeModel } from './fakeModel';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

/** The A1 address of the cell of `sheet` under the header `header` in row `row` (headers in row 1). */
function cellUnder(model: FakeModel, sheet: string, header: string, row: number): string {
  const cells = model.sheets.find((s) => s.name === sheet)!.cells;
  const at = [...cells].find(([a1, c]) => /^[A-Z]+1$/.test(a1) && String(c.value) === header)?.[0];
  if (!at) throw new Error(`no header ${header} on ${sheet}`);
  return `${at.replace(/\d+$/, '')}${row}`;
}

async function checkRead(model: FakeModel) {
  const ctx = new RecordingContext(model);
  const port = new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true });
  const snapshot = await port.read('check');
  const result = checkSnapshot(snapshot, { file: 'x', defaultStartYear: 2027, render: () => '' });
  return { snapshot, result, syncs: ctx.syncCount, largest: ctx.largestPayload };
}

/**
 * The example on Tiltak drift with: D-001's Seksjon (row 2) a lookup that finds nothing (#N/A, a formula's error),
 * D-002's 2027 (row 3) a pasted #VALUE! (an error constant), and D-003's Type (row 4) the text "#NAME?" typed in a
 * text-formatted cell.
 */
async function withErrors(): Promise<{ model: FakeModel; section: string; amount: string; type: string }> {
  const model = await exampleModel();
  const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!;
  const [section, amount, type] = [
    cellUnder(model, 'Tiltak drift', 'Seksjon', 2),
    cellUnder(model, 'Tiltak drift', '2027', 3),
    cellUnder(model, 'Tiltak drift', 'Type', 4),
  ];
  drift.cells.set(section, { value: '#N/A', formula: '=VLOOKUP("x",A:A,1,FALSE)', error: true });
  drift.cells.set(amount, { value: '#VALUE!', error: true });
  drift.cells.set(type, { value: '#NAME?', numberFormat: '@' });
  return { model, section, amount, type };
}

const at = (f: Finding) => `${f.sheet}!${f.cell}`;

describe('the Excel path reads an error cell as an error', () => {
  it('holds #N/A and #VALUE! as errors in the snapshot, the typed "#NAME?" as text', async () => {
    const { model, section, amount, type } = await withErrors();
    const { snapshot } = await checkRead(model);
    const drift = snapshot.sheets.find((s) => s.sheet === 'Tiltak drift')!;
    const value = (a1: string) => {
      const col = a1.charCodeAt(0) - 64;
      const row = Number(a1.slice(1));
      return drift.values[row - 1]?.[col - 1];
    };
    expect(drift.origin).toBe('A1');
    expect([value(section), value(amount), value(type)]).toEqual([{ error: '#N/A' }, { error: '#VALUE!' }, '#NAME?']);
  });

  it('names them in Norwegian as her Excel shows them (#I/T, #VERDI!), the typed text as typed', async () => {
    const { model, section, amount, type } = await withErrors();
    const { result } = await checkRead(model);
    const of = (code: Finding['code'], cell: string) => {
      const f = result.findings.find((x) => x.code === code && at(x) === `Tiltak drift!${cell}`);
      if (!f) throw new Error(`no ${code} at ${cell}`);
      return { params: f.params, nb: renderFinding(f, 'nb', '1000 kr') };
    };
    const s = of('section-invalid', section);
    expect(s.params).toMatchObject({ value: '#N/A', valueType: 'error' });
    expect(s.nb).toContain('Seksjonen «#I/T» finnes ikke');
    const a = of('amount-invalid', amount);
    expect(a.params).toMatchObject({ column: '2027', value: '#VALUE!', valueType: 'error' });
    expect(a.nb).toContain('inneholder «#VERDI!», som ikke er et beløp');
    const t = of('type-invalid', type);
    expect(t.params).toMatchObject({ value: '#NAME?' });
    expect(t.params).not.toHaveProperty('valueType');
    expect(t.nb).toContain('Typen «#NAME?» er ukjent');
  });

  it('in the syncs the read takes anyway: as many as for the example without errors', async () => {
    const plain = await checkRead(await exampleModel());
    const { model } = await withErrors();
    const marked = await checkRead(model);
    expect([marked.syncs, plain.syncs]).toEqual([3, 3]);
  });
});

describe('a small block (at most 64 cells) by its value types', () => {
  it("Avstemming's Kommentar F2, one cell read alone, holding a pasted #N/A: an error; Status E2's text stays", async () => {
    const model = fakeModel({
      Avstemming: [
        ['Alvor', 'Kode', 'Ref', 'Forklaring', 'Status', 'Kommentar'],
        ['Feil', 'frame-total', 'R1', 'lang forklaring', 'Akseptert', null],
      ],
    });
    model.tables.push({ name: 'tblAvstemming', sheet: 'Avstemming', ref: 'A1:F2' });
    model.sheets[0]!.cells.set('F2', { value: '#N/A', error: true });
    const ctx = new RecordingContext(model);
    const snap = await new ExcelWorkbook({ run: recordingRunner(ctx), isSetSupported: () => true }).read('check');
    const row = snap.sheets.find((s) => s.sheet === 'Avstemming')?.values[1];
    expect([row?.[4], row?.[5]]).toEqual(['Akseptert', { error: '#N/A' }]);
    // Its number format too, the read fitting one sync: a date typed in Kommentar is read as a date (review r41).
    expect(ctx.loads.filter((l) => l.target === 'Avstemming!F2:F2').map((l) => l.props)).toEqual([
      'values',
      'valueTypes',
      'numberFormat',
    ]);
  });
});

describe('errorCells', () => {
  it('reads a RangeAreas address, a quoted sheet name with a comma and "$" included', () => {
    expect(areaRects("'Tiltak, drift'!$B$3:$B$5, 'Tiltak, drift'!D7,Ark1!AA10:AB11")).toEqual([
      { top: 3, left: 2, bottom: 5, right: 2 },
      { top: 7, left: 4, bottom: 7, right: 4 },
      { top: 10, left: 27, bottom: 11, right: 28 },
    ]);
  });

  it('marks only text inside the block loaded (B2:C3), whatever Excel answers beyond it', () => {
    const grid = [
      ['#N/A', 5],
      ['#REF!', '#DIV/0!'],
    ];
    const block = { top: 2, left: 2, bottom: 3, right: 3 };
    // A1:B2 reaches over the block's top-left corner (its number 5 stays a number); B3 is in no error block.
    const marked = markErrors(grid, block, [
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(marked).toEqual([
      [{ error: '#N/A' }, 5],
      ['#REF!', { error: '#DIV/0!' }],
    ]);
  });
});
