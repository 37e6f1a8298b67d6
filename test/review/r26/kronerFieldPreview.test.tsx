/** @jest-environment jsdom */
/**
 * Review r26 (a budget officer in a mill kr plan, Nytt tiltak): she types Helårsvirkning as «1 500 000 kr». The
 * field says what to do («… er kroner, men beløpene her er i mill kr: skriv 1,5») and the button waits. But the live
 * check under the form checks the row as if 1 500 000 mill kr were written, and lists, for that one field, three
 * problems of a figure she never typed: «Cellen i «Helårsvirkning» inneholder «1 500 000», som er for stort … mer
 * enn 1 000 milliarder kroner … Til da teller cellen som 0», «Siste planår (2030) har 1,5, men helårsvirkningen er 0»
 * and «Finansieringen (1,5) er ikke lik Sum periode (4,75)». Seen in the browser pane.
 *
 * By hand: with Helårsvirkning 1,5 (what the field proposes) the row 0,25 / 1,5 / 1,5 / 1,5, Nye midler 1,5, is
 * right; the only problem is the field's own. No line may speak of milliarder or of a Helårsvirkning of 0.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const millPlan = () =>
  canonicalSnapshot({
    unit: 'mill kr',
    operating: [
      operatingRow({
        ...{ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4 },
        ...{ Helårsvirkning: 2.4, 'Nye midler': 2.4 },
      }),
    ],
  });

test('a Helårsvirkning typed in kroner: the live check does not list problems of 1 500 000 mill kr', async () => {
  await renderPane(new FakePort(millPlan()), 'measure');
  await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Aktivitetsguide');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Ansvarlig/ }), 'Leder boligkontor');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Rammeområde/ }), '2 – Helse og velferd');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Oppvekst' }));
  const amounts = { '2027': '0,25', '2028': '1,5', '2029': '1,5', '2030': '1,5', 'Nye midler': '1,5' };
  for (const [name, text] of Object.entries(amounts)) await userEvent.type(screen.getByRole('textbox', { name }), text);
  await userEvent.type(screen.getByRole('textbox', { name: 'Helårsvirkning' }), '1 500 000 kr');
  // The field's own message (as built, right).
  await screen.findByText('«1 500 000 kr» er kroner, men beløpene her er i mill kr: skriv 1,5');
  // The live check runs once typing pauses (250 ms, MeasureView): let it run on the row as typed.
  await new Promise((r) => setTimeout(r, 1000));
  const status = screen.getByRole('status');
  await waitFor(() => expect(within(status).getByText(/^Raden har/)).toBeTruthy());
  const lines = within(status)
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
  expect(lines.filter((l) => /milliarder|helårsvirkningen er 0|Sum periode/.test(l))).toEqual([]);
});
