/** @jest-environment jsdom */
/**
 * *Nytt tiltak* where the product cannot insert cells (the plain browser over the .xlsx adapter, SPEC §11:
 * "writes around it or refuses with a message naming the cell"): a note the user typed in the row under the
 * table blocks the add. The form says so, naming the cell, as soon as the row is being filled in — never
 * «Raden ser riktig ut» first and a refusal only after the click.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot, setCell } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

// One measure on row 2 of tblTiltakDrift (header row 1): the new one would go on row 3, where the note is.
const noted = () => setCell(canonicalSnapshot({ operating: [operatingRow()] }), 'Tiltak drift', 'E3', 'Notat');

/** A row with no error or warning of its own: Tiltak, Seksjon, Ansvarlig, a plan area (none is a warning), 500 in
 * 2027 (status Beregnet needs an amount) financed as Endret drift 500 (financing = Sum periode). */
async function fillRow(): Promise<void> {
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Oppvekst' }));
  await userEvent.type(screen.getByRole('textbox', { name: '2027' }), '500');
  await userEvent.type(screen.getByRole('textbox', { name: /^Endret drift/ }), '500');
}

describe('MeasureView when a user’s note stands in the row under the table', () => {
  it('names the cell before the save, offers no save, and writes nothing', async () => {
    const port = new FakePort(noted());
    await renderPane(port, 'measure');
    await fillRow();
    expect(await screen.findByText(/Tiltak drift!E3/)).toBeTruthy();
    expect(screen.queryByText(tp('nb', 'rowOk'))).toBeNull();
    expect(screen.getByRole('button', { name: tp('nb', 'addMeasure') })).toHaveProperty('disabled', true);
    expect(port.applied).toHaveLength(0);
  });

  it('adds as before when the port can insert cells (Excel): the note is moved down, not named', async () => {
    const port = Object.assign(new FakePort(noted()), { canInsertCells: true });
    await renderPane(port, 'measure');
    await fillRow();
    expect(await screen.findByText(tp('nb', 'rowOk'))).toBeTruthy();
    expect(screen.queryByText(/Tiltak drift!E3/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'addMeasure') }));
    await screen.findByText(tp('nb', 'measureAdded', { id: 'D-002' }));
    expect(port.edits.filter((e) => e.kind === 'insertCells')).toHaveLength(1);
  });
});
