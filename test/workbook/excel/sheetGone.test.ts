/**
 * A write planned on the pane's last check that names a sheet or table the user has since renamed or deleted in
 * Excel: refused before anything is written. The message said «a sheet or table the add-in expected is gone … repair
 * the structure under Struktur», naming none, and Struktur would add a second, empty sheet. It names the sheet and
 * says to give it its name back; a table, to check again (a renamed table is found again on its sheet).
 */
import type { Edit } from '../../../src/domain';
import { paneErrorText, toPaneError } from '../../../src/taskpane/errors';
import { apply, driftSheet, protectedWithInputRow } from './protectedInputRow';
import { cloneCells } from './recordingContext';

async function renamedDrift() {
  const model = await protectedWithInputRow();
  driftSheet(model).protected = false;
  driftSheet(model).name = 'Drift 2027';
  for (const t of model.tables) if (t.sheet === 'Tiltak drift') t.sheet = 'Drift 2027';
  return model;
}

describe('a write onto a sheet or table that is gone (Excel)', () => {
  it('names the sheet and says to give it its name back, in nb, nn and en; nothing written', async () => {
    const model = await renamedDrift();
    const before = JSON.stringify(cloneCells(model));
    const edit: Edit = { kind: 'setCells', sheet: 'Tiltak drift', origin: 'E13', values: [['Nytt tiltak']] };

    const { error, ops } = await apply(model, [edit]);

    const pane = toPaneError(error);
    expect(paneErrorText('nb', pane)).toBe(
      'Ingenting er endret: arket «Tiltak drift» finnes ikke lenger. Har det fått et nytt navn i Excel, så gi det navnet «Tiltak drift» igjen, og prøv på nytt.',
    );
    expect(paneErrorText('nn', pane)).toBe(
      'Ingenting er endra: arket «Tiltak drift» finst ikkje lenger. Har det fått eit nytt namn i Excel, så gi det namnet «Tiltak drift» att, og prøv på nytt.',
    );
    expect(paneErrorText('en', pane)).toBe(
      'Nothing changed: the sheet "Tiltak drift" is gone. If it was renamed in Excel, give it the name "Tiltak drift" again, and try again.',
    );
    expect(ops).toEqual([]);
    expect(JSON.stringify(cloneCells(model))).toBe(before);
  });

  it('names the table a resize would grow, by the reader’s term, and says to check again', async () => {
    const model = await renamedDrift();
    const table = model.tables.find((t) => t.name === 'tblTiltakDrift');
    if (table) table.name = 'DriftTabell';

    const { error, ops } = await apply(model, [{ kind: 'resizeTable', name: 'tblTiltakDrift', ref: 'A1:U14' }]);

    expect(paneErrorText('nb', toPaneError(error))).toBe(
      'Ingenting er endret: tabellen over driftstiltak finnes ikke lenger under det navnet den hadde (den er slettet, eller har fått nytt navn i Excel). Kontroller på nytt før du prøver igjen.',
    );
    expect(ops).toEqual([]);
  });
});
