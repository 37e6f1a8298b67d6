/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/**
 * A list value typed in another case or with spaces is the listed one (the checks and the totals group by
 * groupKey, as SUMIFS): the form shows «oppvekst» as the ticked «Oppvekst» and «organisasjon» as the chosen
 * «Organisasjon», so a tick neither duplicates nor misses it. The canonical lists: sections Samfunn og tjenester,
 * Organisasjon; areas Helse, velferd, pleie og omsorg, Oppvekst, Kultur, Teknisk. D-002 is on row 3.
 */
const typedOtherwise = () =>
  canonicalSnapshot({
    operating: [
      operatingRow(),
      operatingRow({
        ID: 'D-002',
        Prioritet: 2,
        Tiltak: 'Bostøtte',
        Seksjon: 'organisasjon',
        'Berørte planområder': ' oppvekst ;Kultur',
      }),
    ],
  });
const cellsWritten = (port: FakePort) =>
  port.edits.flatMap((e) => (e.kind === 'setCells' ? [`${e.origin}=${JSON.stringify(e.values)}`] : []));
const area = (name: string) => screen.getByRole('checkbox', { name });
const save = () => userEvent.click(screen.getByRole('button', { name: tp('nb', 'saveMeasure') }));

async function editD002(port: FakePort) {
  await renderPane(port, 'measure');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'editExisting') }), 'D-002 · Bostøtte');
  await waitFor(() => expect(screen.getByRole('textbox', { name: /^Tiltak/ })).toHaveProperty('value', 'Bostøtte'));
}

describe('MeasureView, list values typed in another case', () => {
  it('shows « oppvekst » ticked as Oppvekst and «organisasjon» chosen as Organisasjon', async () => {
    await editD002(new FakePort(typedOtherwise()));
    expect(area('Oppvekst')).toHaveProperty('checked', true);
    expect(area('Kultur')).toHaveProperty('checked', true);
    expect(area('Teknisk')).toHaveProperty('checked', false);
    expect(screen.getByRole('combobox', { name: /^Seksjon/ })).toHaveProperty('value', 'Organisasjon');
  });

  it('unticking Oppvekst removes « oppvekst »: Berørte planområder becomes «Kultur», nothing else is written', async () => {
    const port = new FakePort(typedOtherwise());
    await editD002(port);
    await userEvent.click(area('Oppvekst'));
    await waitFor(() => expect(area('Oppvekst')).toHaveProperty('checked', false));
    await save();
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    expect(cellsWritten(port)).toEqual([expect.stringMatching(/^[A-Z]+3=\[\["Kultur"\]\]$/)]);
  });

  it('ticking Teknisk writes the areas in the list spelling, once each; the untouched Seksjon stays as typed', async () => {
    const port = new FakePort(typedOtherwise());
    await editD002(port);
    await userEvent.click(area('Teknisk'));
    await waitFor(() => expect(area('Teknisk')).toHaveProperty('checked', true));
    await save();
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    // « oppvekst » → Oppvekst (list spelling), Kultur as it is, Teknisk added: one cell, no «oppvekst; Oppvekst».
    expect(cellsWritten(port)).toEqual([expect.stringMatching(/^[A-Z]+3=\[\["Oppvekst; Kultur; Teknisk"\]\]$/)]);
  });

  it('choosing another section writes the list spelling', async () => {
    const port = new FakePort(typedOtherwise());
    await editD002(port);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Samfunn og tjenester');
    await save();
    await screen.findByText(tp('nb', 'measureSaved', { id: 'D-002' }));
    expect(cellsWritten(port)).toContain('B3=[["Samfunn og tjenester"]]');
  });
});
