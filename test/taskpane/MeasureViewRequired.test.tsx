/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/**
 * Seksjon and Ansvarlig are marked * (required). The check is the authority (SPEC §8: section-invalid,
 * responsible-missing are errors) but does not stop a write, and a list may be empty, so «Legg til tiltak» does not
 * stop for them either: the form says under each, before she adds, that it is not chosen and what follows. A * is
 * on the fields whose empty value the check calls an error, and on no other.
 */
const field = (name: RegExp) => screen.getByRole('combobox', { name });
/** The text the control is described by (its Field's validation message), '' for none. */
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const addButton = () => screen.getByRole('button', { name: tp('nb', 'addMeasure') });
const NOT_CHOSEN = 'Ikke valgt. Tiltaket kan legges inn uten, men kontrollen melder feil til det er valgt.';

describe('MeasureView, the fields marked required', () => {
  it('marks Tiltak, Seksjon, Kostnadsstatus and Ansvarlig, and not Type, Rammeområde or Ref.', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure');
    const required = (el: HTMLElement) => (el as HTMLInputElement | HTMLSelectElement).required;
    expect(required(screen.getByRole('textbox', { name: /^Tiltak/ }))).toBe(true);
    expect(required(field(/^Seksjon/))).toBe(true);
    expect(required(field(/^Kostnadsstatus/))).toBe(true);
    expect(required(field(/^Ansvarlig/))).toBe(true);
    // Type: empty is read as Varig, no finding (SPEC §4): no *.
    expect(required(field(/^Type/))).toBe(false);
    expect(required(field(/^Rammeområde/))).toBe(false);
    expect(required(screen.getByRole('textbox', { name: /^Ref/ }))).toBe(false);
  });

  it('says under Seksjon and Ansvarlig that they are not chosen, with the button still there', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure');
    expect(description(field(/^Seksjon/))).toBe('');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
    expect(description(field(/^Seksjon/))).toBe(NOT_CHOSEN);
    expect(description(field(/^Ansvarlig/))).toBe(NOT_CHOSEN);
    // Chosen by default: nothing to say.
    expect(description(field(/^Kostnadsstatus/))).toBe('');
    expect(addButton()).toHaveProperty('disabled', false);
    await userEvent.selectOptions(field(/^Seksjon/), 'Organisasjon');
    expect(description(field(/^Seksjon/))).toBe('');
    expect(description(field(/^Ansvarlig/))).toBe(NOT_CHOSEN);
  });

  it('adds the row without Ansvarlig when she asks, and the check then names it', async () => {
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'measure');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tiltak/ }), 'Boveileder');
    await userEvent.selectOptions(field(/^Seksjon/), 'Organisasjon');
    await waitFor(() =>
      expect(screen.getByText('Tiltaket mangler ansvarlig. Oppgi én funksjon eller én person.')).toBeTruthy(),
    );
    await userEvent.click(addButton());
    await screen.findByText(tp('nb', 'measureAdded', { id: 'D-002' }));
    expect(port.applied).toHaveLength(1);
  });

  it('says it at once for a measure picked for editing that has no Ansvarlig (nn and en too)', async () => {
    const snapshot = () =>
      canonicalSnapshot({ operating: [operatingRow({ Ansvarlig: null, Seksjon: null, Tiltak: 'Bostøtte' })] });
    for (const [lang, text] of [
      ['nn', 'Ikkje valt. Tiltaket kan leggjast inn utan, men kontrollen melder feil til det er valt.'],
      ['en', 'Not chosen. The measure can be entered without it, but the check reports an error until it is chosen.'],
    ] as const) {
      const { unmount } = await renderPane(new FakePort(snapshot()), 'measure', { lang });
      await userEvent.selectOptions(
        screen.getByRole('combobox', { name: tp(lang, 'editExisting') }),
        'D-001 · Bostøtte',
      );
      await waitFor(() => expect(description(field(/^Ansvarlig/))).toBe(text));
      expect(description(field(/^Seksjon/))).toBe(text);
      unmount();
    }
  });
});
