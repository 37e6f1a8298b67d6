/**
 * A protected sheet that a batch also ensures, selects a cell on or freezes rows of, in Excel (SPEC §11, "Writing
 * into a user's workbook"; §13). Ensuring an existing sheet adds nothing, so values into its unlocked cells go ahead
 * as on the plain route (its locks are asked for in one more sync: before the first, the sheet may not exist, and
 * asking a missing sheet fails that sync). A view a protected sheet may not allow is refused before anything is
 * queued when the batch writes: Excel stops a batch at the first call it refuses, after the calls before it, and
 * a measure half written (or written whole, then reported failed and added again) is the worst outcome. Selecting
 * a cell is allowed by the protection's Select options (selectionMode: Normal, or Unlocked for an unlocked cell);
 * no protection option speaks for freezing panes, so a protected sheet's freeze is not risked.
 */
import type { Edit } from '../../../src/domain';
import { SelectRefusedError, WorkbookProtectedError } from '../../../src/workbook/port';
import { apply, cell, driftSheet, protectedWithInputRow } from './protectedInputRow';
import { cloneCells } from './recordingContext';

// E13 and F13 are in the unlocked input row (Tiltak, Ansvarlig); A2 is a measure's ID, locked.
const VALUES: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['Nytt tiltak', 'Rådmann']] };
const ENSURE: Edit = { kind: 'ensureSheet', sheet: 'Tiltak drift' };
const select = (a1: string): Edit => ({ kind: 'select', sheet: 'Tiltak drift', cell: a1 });
const conflict = (error: unknown) => (error as WorkbookProtectedError).conflict;

describe('a protected sheet the batch also ensures (Excel)', () => {
  it('takes values into its unlocked cells, the locks asked for in one more sync', async () => {
    const model = await protectedWithInputRow();

    const { error, syncs, probed } = await apply(model, [ENSURE, VALUES]);

    expect(error).toBeNull();
    // The first sync (what exists and is protected), the locks of E13 and F13, then the one batch.
    expect(syncs).toBe(3);
    expect(probed.sort()).toEqual(['Tiltak drift!E13.format.protection', 'Tiltak drift!F13.format.protection']);
    expect([cell(model, 'E13')?.value, cell(model, 'F13')?.value]).toEqual(['Nytt tiltak', 'Rådmann']);
  });

  it('is refused before anything is queued when a cell written is locked (F13), naming it', async () => {
    const model = await protectedWithInputRow(['F']);
    const before = JSON.stringify(cloneCells(model));

    const { error, ops } = await apply(model, [ENSURE, VALUES]);

    expect(conflict(error)).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      locked: [{ sheet: 'Tiltak drift', cell: 'F13' }],
    });
    expect(ops).toEqual([]);
    expect(JSON.stringify(cloneCells(model))).toBe(before);
  });

  it('asks nothing more when an ensured sheet is not protected', async () => {
    const model = await protectedWithInputRow();
    driftSheet(model).protected = false;

    const { error, syncs, probed } = await apply(model, [ENSURE, VALUES]);

    expect(error).toBeNull();
    expect([syncs, probed.length]).toEqual([2, 0]);
  });
});

describe('a protected sheet the batch writes and selects a cell on (Excel)', () => {
  it.each([
    ['Normal', 'A2'],
    ['Unlocked', 'E13'],
  ] as const)('writes when the protection lets the cell be selected (%s, %s)', async (mode, a1) => {
    const model = await protectedWithInputRow();
    driftSheet(model).selectionMode = mode;

    const { error, syncs } = await apply(model, [VALUES, select(a1)]);

    expect(error).toBeNull();
    expect(syncs).toBe(2);
    expect(cell(model, 'E13')?.value).toBe('Nytt tiltak');
  });

  it('refuses before anything is queued a locked cell to select where only unlocked cells may be, naming it', async () => {
    const model = await protectedWithInputRow();
    driftSheet(model).selectionMode = 'Unlocked';

    const { error, syncs, ops } = await apply(model, [VALUES, select('A2')]);

    expect(conflict(error)).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      locked: [{ sheet: 'Tiltak drift', cell: 'A2' }],
    });
    expect([syncs, ops.length]).toEqual([1, 0]);
  });

  it('refuses before anything is queued any cell to select where no cell may be selected', async () => {
    const model = await protectedWithInputRow();
    driftSheet(model).selectionMode = 'None';

    const { error, ops } = await apply(model, [VALUES, select('E13')]);

    expect(conflict(error)).toEqual({ added: [], protected: ['Tiltak drift'] });
    expect(ops).toEqual([]);
  });
});

describe('a protected sheet whose rows the batch freezes (Excel)', () => {
  it.each([
    ['its own unlocked cells', VALUES],
    ['another sheet, not protected', { kind: 'setCells', sheet: 'Økonomiplan', origin: 'Z1', values: [['x']] } as Edit],
  ])('refuses before anything is queued, the batch writing %s', async (_, write) => {
    const model = await protectedWithInputRow();
    const before = JSON.stringify(cloneCells(model));

    const { error, syncs, ops } = await apply(model, [write, { kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 }]);

    expect(conflict(error)).toEqual({ added: [], protected: ['Tiltak drift'] });
    expect([syncs, ops.length]).toEqual([1, 0]);
    expect(JSON.stringify(cloneCells(model))).toBe(before);
  });

  it('does not judge views alone (nothing is written that a refused view could leave half done): Excel refuses the select, and it is named', async () => {
    const model = await protectedWithInputRow();
    driftSheet(model).selectionMode = 'None';

    const { error, syncs } = await apply(model, [select('A2'), { kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 }]);

    // The first sync (what is protected), then the views' batch, which Excel refuses: no sync judged them before.
    expect(syncs).toBe(2);
    expect(error).toBeInstanceOf(SelectRefusedError);
    expect([(error as SelectRefusedError).sheet, (error as SelectRefusedError).cell]).toEqual(['Tiltak drift', 'A2']);
  });
});
