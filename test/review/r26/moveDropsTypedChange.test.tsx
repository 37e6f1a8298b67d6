/** @jest-environment jsdom */
/**
 * Review r26 (a budget officer editing a measure, Nytt tiltak): she picks D-002, types 2030 anew (2 400 → 2 500),
 * and before «Lagre endringer» clicks «Flytt opp». The move writes the two priorities, and the form is filled again
 * from the workbook (MeasureView's repick), so the 2 500 she typed is gone from the form and was never written:
 * nothing says so, and the workbook still holds 2 400. Nothing she types may be lost without a word.
 *
 * By hand: D-001 priority 1, D-002 priority 2, 2030 = 2 400 (1000 kr). After «Flytt opp»: D-002 priority 1, D-001 2.
 * Her 2 500 must still be in the 2030 field (to save), or be written. Before the fix: K3 held 2 400, the field 2 400.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { cellAt } from '../../../src/domain/read/sheetCells';
import { tp } from '../../../src/i18n/taskpane';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const twoMeasures = () =>
  canonicalSnapshot({ operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' })] });

test('«Flytt opp» while an amount is typed but not saved: the typed amount is kept in the form or written', async () => {
  const port = new FakePort(twoMeasures());
  await renderPane(port, 'measure');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
  const y2030 = () => screen.getByRole('textbox', { name: '2030' });
  expect(y2030()).toHaveProperty('value', '2 400'.replace(' ', '\u00a0'));
  await userEvent.clear(y2030());
  await userEvent.type(y2030(), '2500');
  await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
  await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Prioritet' })).toHaveProperty('value', '1'));
  // 2030 is column K of D-002's row 3 (by hand).
  const sheet = port.snapshot.sheets.find((s) => s.sheet === 'Tiltak drift');
  const written = sheet ? cellAt(sheet, 3, 11) : null;
  const kept = (y2030() as HTMLInputElement).value === '2500';
  expect({ kept, written2500: written === 2500 }).not.toEqual({
    kept: false,
    written2500: false,
  });
});
