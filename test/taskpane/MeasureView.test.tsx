/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit } from '../../src/domain/model/edits';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const written = (edits: readonly Edit[]) =>
  edits.flatMap((e) => (e.kind === 'setCells' && e.sheet === 'Tiltak drift' ? e.values.flat() : []));

const twoMeasures = () =>
  canonicalSnapshot({ operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' })] });

describe('MeasureView', () => {
  it('adds a measure with the next ID, typed in Norwegian numbers', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'measure');
    expect(screen.getByRole('textbox', { name: 'ID' })).toHaveProperty('value', 'D-002');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Oppvekst' }));
    await userEvent.type(screen.getByRole('textbox', { name: '2027' }), '1 200,5');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'addMeasure') }));
    await screen.findByText(tp('nb', 'measureAdded', { id: 'D-002' }));
    const cells = written(port.edits);
    expect(cells).toEqual(expect.arrayContaining(['D-002', 'Boveileder', 'Organisasjon', 1200.5]));
  });

  it('flags an amount that is not a number and will not write the row', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'measure');
    await userEvent.type(screen.getByRole('textbox', { name: '2028' }), 'mye');
    expect(screen.getByText(tp('nb', 'notANumber'))).toBeTruthy();
    expect(screen.getByRole('button', { name: tp('nb', 'addMeasure') })).toHaveProperty('disabled', true);
    expect(port.applied).toHaveLength(0);
  });

  it('checks the row live with the domain checker before writing', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Uten seksjon');
    await waitFor(() => expect(screen.getByText(/^Raden har \d+ feil/)).toBeTruthy());
  });

  it('loads an existing measure for editing and moves it', async () => {
    const port = new FakePort(twoMeasures());
    await renderPane(port, 'measure');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002');
    expect(screen.getByRole('textbox', { name: /^Tiltak/ })).toHaveProperty('value', 'Bostøtte');
    expect(screen.getByRole('textbox', { name: '2027' })).toHaveProperty('value', '600');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'moveUp') }));
    await screen.findByText(tp('nb', 'measureMoved', { id: 'D-002' }));
    expect(port.applied).toHaveLength(1);
  });
});
