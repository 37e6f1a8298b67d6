/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/**
 * A mill kr plan (2027–2030); she types the row 0,25 / 1,5 / 1,5 / 1,5, Nye midler 1,5, and Helårsvirkning in
 * kroner, «1 500 000 kr». The field refuses it («skriv 1,5») and the form writes nothing for it: the live check's
 * rules that weigh the row's amounts wait for it (no Helårsvirkning of 0, no financing against Sum periode 4,75),
 * and the list says so once. The row's other problems are still listed.
 */
async function typeRow(fullYear: string, responsible = true) {
  const plan = canonicalSnapshot({
    unit: 'mill kr',
    operating: [operatingRow({ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4, Helårsvirkning: 2.4 })],
  });
  await renderPane(new FakePort(plan), 'measure');
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Aktivitetsguide');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  if (responsible)
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Rammeområde/ }), '2 – Helse og velferd');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Oppvekst' }));
  const amounts = { '2027': '0,25', '2028': '1,5', '2029': '1,5', '2030': '1,5', 'Nye midler': '1,5' };
  for (const [name, text] of Object.entries(amounts)) await userEvent.type(screen.getByRole('textbox', { name }), text);
  await userEvent.type(screen.getByRole('textbox', { name: 'Helårsvirkning' }), fullYear);
}

async function problemLines(head: RegExp): Promise<string[]> {
  const status = screen.getByRole('status');
  await waitFor(() => expect(within(status).getByText(head)).toBeTruthy(), { timeout: 3000 });
  return within(status)
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('MeasureView, an amount refused as typed', () => {
  it('lists no amount rule of the row, only that they wait for Helårsvirkning', async () => {
    await typeRow('1 500 000 kr');
    await screen.findByText('«1 500 000 kr» er kroner, men beløpene her er i mill kr: skriv 1,5');
    await waitFor(async () =>
      expect(await problemLines(/^Raden har 1 feil$/)).toEqual([
        'Beløpene i raden kontrolleres mot hverandre når «Helårsvirkning» har et gyldig beløp.',
      ]),
    );
  });

  it('still lists the row problems that are not about its amounts', async () => {
    await typeRow('1 500 000 kr', false);
    await waitFor(async () => {
      const lines = await problemLines(/^Raden har 2 feil$/);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toBe('Tiltaket mangler ansvarlig. Oppgi én funksjon eller én person.');
      expect(lines[1]).toBe('Beløpene i raden kontrolleres mot hverandre når «Helårsvirkning» har et gyldig beløp.');
    });
  });

  it('with the figure the field asks for, the row is right', async () => {
    await typeRow('1,5');
    await screen.findByText('Raden ser riktig ut.', undefined, { timeout: 3000 });
  });
});
