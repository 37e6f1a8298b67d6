/** @jest-environment jsdom */
/**
 * Review r15: editing a measure into another section, the form says «Raden ser riktig ut.» while the save makes a
 * duplicate priority — the live check keeps only findings on the edited row, and this one sits on the other row.
 *
 * The built-in example: D-003 «Bostøttekontakt i NAV …» is Samfunn og tjenester, priority 3 (Tiltak drift row 4);
 * Organisasjon already has priority 3: D-008 «Årlige medvirkningsmøter …» on row 9. She picks D-003 under «Rediger
 * tiltak» and chooses Seksjon Organisasjon; the Prioritet field keeps 3. What she sees: «Raden ser riktig ut.»,
 * before and after «Lagre endringer». Kontroll then shows the error «C9: Prioritet 3 er brukt to ganger i
 * seksjonen «Organisasjon» (også i C4). …» (and Samfunn og tjenester's priorities 1, 2, 4, 5 as a gap).
 * Adding a new measure with priority 3 in Organisasjon shows that error in the form (the new row comes after
 * row 9, so the finding is on it); an edited row before its twin gets none.
 *
 * Expected: the form names the duplicate priority (by hand: 3 in Organisasjon, also D-008 in C9) before she
 * saves, whichever of the two rows the checker files it on.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { exampleContent } from '../../../src/domain/example/example';
import { tp } from '../../../src/i18n/taskpane';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { FakePort } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

// Each test renders the pane and types a whole measure: on a loaded 2-core machine that passed 60 s once.
jest.setTimeout(120_000);

test('D-003 moved to Organisasjon with priority 3: the form names the duplicate before the save', async () => {
  await renderPane(new FakePort(snapshotFromContent(exampleContent({ startYear: 2027 }))), 'measure');
  const picker = screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
  const d003 = screen.getByRole('option', { name: /^D-003 · / }) as HTMLOptionElement;
  await userEvent.selectOptions(picker, d003.value);
  expect(screen.getByRole('textbox', { name: /^Prioritet/ })).toHaveProperty('value', '3');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Seksjon/ }), 'Organisasjon');
  // The form's verdict on the row as it now is: right, or the duplicate.
  const duplicate = () => screen.queryByText(/Prioritet 3 er brukt to ganger i seksjonen «Organisasjon»/);
  await waitFor(() => expect(screen.queryByText(tp('nb', 'rowOk')) ?? duplicate()).toBeTruthy());
  expect(screen.queryByText(tp('nb', 'rowOk'))).toBeNull();
  expect(duplicate()).toBeTruthy();
});
