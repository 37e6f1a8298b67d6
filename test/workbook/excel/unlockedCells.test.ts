/**
 * A protected sheet with unlocked input cells, in Excel (SPEC §11, "Writing into a user's workbook"): Office.js lets
 * an add-in write values into a protected sheet's unlocked cells, as Excel lets the user type there. A new measure
 * into an empty, unlocked row of the table is written, with no sync added (the locks are loaded in apply's first
 * sync, one cell at a time: a range of locked and unlocked cells reads locked: null); a locked cell in the way
 * refuses the whole write before anything is queued, and is named, as on the file path.
 */
import { toA1 } from '../../../src/domain/model/a1';
import type { Edit, RowInput } from '../../../src/domain';
import { paneErrorText, toPaneError } from '../../../src/taskpane/errors';
import { MAX_PROBED } from '../../../src/workbook/excel/protection';
import { WorkbookProtectedError } from '../../../src/workbook/port';
import { addMeasure, apply, cell, protectedWithInputRow, ROW } from './protectedInputRow';
import { cloneCells } from './recordingContext';

describe('a new measure in the unlocked input row of a protected sheet (Excel)', () => {
  it('is written into row 13 in two syncs, as on an unprotected sheet', async () => {
    const model = await protectedWithInputRow();
    const edits = await addMeasure(model);
    // Row 13 is inside the table: no insert, no resize (a protected sheet forbids both), values only; and the row
    // shown in case her filter hid it (review r30), which a sheet protected against formatting rows leaves as it is.
    expect(new Set(edits.map((e) => e.kind))).toEqual(new Set(['setCells', 'showRows']));

    const { error, syncs, probed, ops } = await apply(model, edits);

    expect(error).toBeNull();
    expect(ops.filter((o) => o.op === 'rowHidden')).toEqual([]);
    // The first sync (what exists, what is protected, the locks of the cells written), then one batch.
    expect(syncs).toBe(2);
    // One lock asked for per cell written, each of row 13.
    const written = edits.flatMap((e) => (e.kind === 'setCells' ? [e.origin] : []));
    expect(probed.sort()).toEqual(written.map((a1) => `Tiltak drift!${a1}.format.protection`).sort());
    // The example's highest operating ID is D-011: the new one is D-012; the years 1, 2, 3, 4 in H..K.
    expect(cell(model, 'A13')?.value).toBe('D-012');
    expect(cell(model, 'E13')?.value).toBe('Nytt tiltak');
    expect(['H13', 'I13', 'J13', 'K13'].map((a1) => cell(model, a1)?.value)).toEqual([1, 2, 3, 4]);
    expect(cell(model, 'L13')?.formula).toMatch(/^=SUM\(/);
  });

  it('is refused before anything is queued when Sum periode’s cell (L13) is locked, naming it', async () => {
    const model = await protectedWithInputRow(['L']);
    const edits = await addMeasure(model);
    const before = JSON.stringify(cloneCells(model));

    const { error, syncs, ops } = await apply(model, edits);

    expect(error).toBeInstanceOf(WorkbookProtectedError);
    expect((error as WorkbookProtectedError).conflict).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      locked: [{ sheet: 'Tiltak drift', cell: 'L13' }],
    });
    expect([syncs, ops.length]).toEqual([1, 0]);
    expect(JSON.stringify(cloneCells(model))).toBe(before);
    expect(paneErrorText('nb', toPaneError(error))).toMatch(
      /^Ingenting er skrevet: Tiltaksplan måtte skrive i «Tiltak drift» \(L13 er låst\), /,
    );
  });

  it('leaves a locked Sum periode (L13) that holds the calculated formula, as Excel reads it back, and writes the rest', async () => {
    // A template: the formula column locked, holding the table's calculated formula in Office.js's spelling.
    const model = await protectedWithInputRow(['L']);
    const formula = '=SUM(tblTiltakDrift[@[2027]:[2030]])';
    model.sheets.find((s) => s.name === 'Tiltak drift')?.cells.set('L13', { value: 0, formula });
    const edits = await addMeasure(model);
    const written = edits.flatMap((e) => (e.kind === 'setCells' ? [e.origin] : []));
    expect(written).not.toContain('L13');

    const { error, syncs, probed } = await apply(model, edits);

    expect(error).toBeNull();
    // No sync added: the first (locks of the cells written, L13 not among them), then one batch.
    expect(syncs).toBe(2);
    expect(probed).not.toContain('Tiltak drift!L13.format.protection');
    expect(cell(model, 'A13')?.value).toBe('D-012');
    expect(['H13', 'I13', 'J13', 'K13'].map((a1) => cell(model, a1)?.value)).toEqual([1, 2, 3, 4]);
    // The formula untouched (Excel recalculates it: 1 + 2 + 3 + 4 = 10; the fake does not).
    expect(cell(model, 'L13')?.formula).toBe(formula);
  });

  it('formats an unlocked cell only where the protection allows formatting cells', async () => {
    const edits: Edit[] = [
      { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'H13', format: '#,##0' },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H13', values: [[5]] },
    ];
    const model = await protectedWithInputRow();
    const refused = await apply(model, edits);
    expect((refused.error as WorkbookProtectedError).conflict).toEqual({ added: [], protected: ['Tiltak drift'] });

    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    if (sheet) sheet.allowFormatCells = true;
    const written = await apply(model, edits);
    expect(written.error).toBeNull();
    expect(cell(model, 'H13')).toMatchObject({ value: 5, numberFormat: '#,##0' });
  });

  it('judges the text format a parsing text gets as a format: refused before anything is written where formatting is not allowed', async () => {
    // «- Økt bemanning» would be read as a formula: the adapter sets E13's format to text ("@") before the value.
    // A sheet that forbids formatting made Excel stop at E13 after A13 (D-012), B13 and C13 were in: half a measure.
    const named: RowInput = { ...ROW, values: { ...ROW.values, measure: '- Økt bemanning' } };
    const model = await protectedWithInputRow();
    const edits = await addMeasure(model, named);
    const before = JSON.stringify(cloneCells(model));

    const refused = await apply(model, edits);
    expect((refused.error as WorkbookProtectedError).conflict).toEqual({ added: [], protected: ['Tiltak drift'] });
    expect([refused.syncs, refused.ops.length]).toEqual([1, 0]);
    expect(JSON.stringify(cloneCells(model))).toBe(before);

    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    if (sheet) sheet.allowFormatCells = true;
    const written = await apply(model, edits);
    expect(written.error).toBeNull();
    expect(cell(model, 'A13')?.value).toBe('D-012');
    expect(cell(model, 'E13')).toMatchObject({ value: '- Økt bemanning', numberFormat: '@' });
  });

  it('judges a ragged block by the cells it writes: F14, locked and not written, neither asked about nor refusing it', async () => {
    // E14 unlocked too; the block writes E13, F13 and E14 (its second row is one cell wide), not F14 (locked).
    const model = await protectedWithInputRow();
    model.sheets.find((s) => s.name === 'Tiltak drift')?.unlocked?.add('E14');
    const ragged: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['a', 'b'], ['c']] };

    const { error, syncs, probed } = await apply(model, [ragged]);

    expect(error).toBeNull();
    expect(syncs).toBe(2);
    expect(probed.sort()).toEqual(['E13', 'E14', 'F13'].map((a1) => `Tiltak drift!${a1}.format.protection`));
    expect(['E13', 'F13', 'E14'].map((a1) => cell(model, a1)?.value)).toEqual(['a', 'b', 'c']);
    expect(cell(model, 'F14')).toBeUndefined();
  });

  it(`asks for at most ${MAX_PROBED} locks: a larger write into a protected sheet is refused whole`, async () => {
    const model = await protectedWithInputRow();
    const sheet = model.sheets.find((s) => s.name === 'Tiltak drift');
    // 26 rows × 20 columns = 520 cells, all unlocked: more than MAX_PROBED (500) to ask about in the first sync.
    for (let r = 300; r < 326; r++) for (let c = 1; c <= 20; c++) sheet?.unlocked?.add(toA1(r, c));
    const block: Edit = {
      kind: 'setCells',
      sheet: 'Tiltak drift',
      origin: 'A300',
      values: Array.from({ length: 26 }, () => Array.from({ length: 20 }, () => 1)),
    };

    const { error, probed, ops } = await apply(model, [block]);

    expect((error as WorkbookProtectedError).conflict).toEqual({ added: [], protected: ['Tiltak drift'] });
    expect([probed.length, ops.length]).toEqual([0, 0]);
  });
});
