/**
 * The pane's «go to the cell» on a protected sheet whose protection lets that cell not be selected (Select locked /
 * unlocked cells off: a sheet meant for viewing only). A select alone writes nothing, so apply does not judge it
 * before (protectedViews.ts); Excel refuses it with AccessDenied. The user is told which sheet and cell, that the
 * sheet is protected, and what to do — not a bare «the sheet is protected» that names none.
 */
import type { Edit } from '../../../src/domain';
import { paneErrorText, toPaneError } from '../../../src/taskpane/errors';
import { apply, driftSheet, protectedWithInputRow } from './protectedInputRow';
import { cloneCells } from './recordingContext';

const select = (a1: string): Edit => ({ kind: 'select', sheet: 'Tiltak drift', cell: a1 });

describe('going to a cell of a protected sheet that does not let it be selected (Excel)', () => {
  it.each([
    ['None', 'E13'],
    ['Unlocked', 'A2'],
  ] as const)('(%s, %s) names the sheet, the cell and what to do, in nb, nn and en', async (mode, a1) => {
    const model = await protectedWithInputRow();
    driftSheet(model).selectionMode = mode;
    const before = JSON.stringify(cloneCells(model));

    const { error } = await apply(model, [select(a1)]);

    expect(error).not.toBeNull();
    const pane = toPaneError(error);
    expect(paneErrorText('nb', pane)).toBe(
      `Kan ikke gå til ${a1} på arket «Tiltak drift»: arket er beskyttet, og beskyttelsen lar ikke cellen merkes. Opphev beskyttelsen (Se gjennom → Opphev arkbeskyttelse), eller be den som beskyttet arket om å gjøre det, og prøv igjen.`,
    );
    expect(paneErrorText('nn', pane)).toBe(
      `Kan ikkje gå til ${a1} på arket «Tiltak drift»: arket er verna, og vernet lèt ikkje cella merkast. Opphev vernet (Sjå gjennom → Opphev arkvern), eller be den som verna arket om å gjere det, og prøv igjen.`,
    );
    expect(paneErrorText('en', pane)).toBe(
      `Cannot go to ${a1} on the sheet "Tiltak drift": the sheet is protected, and its protection does not let the cell be selected. Unprotect it (Review → Unprotect Sheet), or ask whoever protected the sheet to, and try again.`,
    );
    expect(JSON.stringify(cloneCells(model))).toBe(before);
  });

  it('goes there where the protection lets the cell be selected (Unlocked, E13 unlocked)', async () => {
    const model = await protectedWithInputRow();
    driftSheet(model).selectionMode = 'Unlocked';

    const { error, ops } = await apply(model, [select('E13')]);

    expect(error).toBeNull();
    expect(ops.filter((o) => o.op === 'select').map((o) => o.target)).toEqual(['Tiltak drift!E13']);
  });
});
