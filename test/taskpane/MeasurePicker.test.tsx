/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/** 150 operating measures D-001 … D-150, named «Tiltak 1» … «Tiltak 150». */
const manyMeasures = () =>
  canonicalSnapshot({
    operating: Array.from({ length: 150 }, (_, i) =>
      operatingRow({ ID: `D-${String(i + 1).padStart(3, '0')}`, Prioritet: i + 1, Tiltak: `Tiltak ${i + 1}` }),
    ),
  });

const picker = () => screen.getByRole('combobox', { name: tp('nb', 'editExisting') });
const labels = () => [...picker().querySelectorAll('option')].map((o) => o.textContent);

describe('MeasurePicker at more than 100 measures', () => {
  it('lists the first 100 and says how many there are', async () => {
    await renderPane(new FakePort(manyMeasures()), 'measure');
    // «(nytt tiltak)» and D-001 … D-100: 1 + 100 options.
    expect(labels()).toHaveLength(101);
    expect(labels()[100]).toBe('D-100 · Tiltak 100');
    expect(screen.getByText('Viser 100 av 150 tiltak. Skriv ID eller navn for å finne andre.')).toBeTruthy();
  });

  it('finds a measure beyond the first 100 by ID or by name, and loads it', async () => {
    await renderPane(new FakePort(manyMeasures()), 'measure');
    const search = screen.getByRole('searchbox', { name: tp('nb', 'findMeasure') });
    await userEvent.type(search, 'd-150');
    expect(labels()).toEqual([tp('nb', 'newMeasureOption'), 'D-150 · Tiltak 150']);
    await userEvent.selectOptions(picker(), 'D-150 · Tiltak 150');
    expect(screen.getByRole('textbox', { name: /^Tiltak/ })).toHaveProperty('value', 'Tiltak 150');
    // Every word must match: «12» is in «Tiltak 12», «Tiltak 112» and «Tiltak 120» … «Tiltak 129» (1 + 1 + 10 =
    // 12 measures); the picked D-150 stays listed first so that the drop-down still names it.
    await userEvent.clear(search);
    await userEvent.type(search, 'tiltak 12');
    expect(labels()).toHaveLength(1 + 1 + 12);
    expect(labels()[1]).toBe('D-150 · Tiltak 150');
    expect((picker() as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('D-150 · Tiltak 150');
    // No search: the picked D-150 first, then D-001 … D-099: 100 measures, as the hint says (not 101).
    await userEvent.clear(search);
    expect(labels()).toHaveLength(1 + 100);
    expect([labels()[1], labels()[2], labels()[100]]).toEqual([
      'D-150 · Tiltak 150',
      'D-001 · Tiltak 1',
      'D-099 · Tiltak 99',
    ]);
    expect(screen.getByText('Viser 100 av 150 tiltak. Skriv ID eller navn for å finne andre.')).toBeTruthy();
  });

  it('says so when nothing matches', async () => {
    await renderPane(new FakePort(manyMeasures()), 'measure');
    await userEvent.type(screen.getByRole('searchbox', { name: tp('nb', 'findMeasure') }), 'finnes ikke');
    await waitFor(() => expect(screen.getByText(tp('nb', 'findMeasureNone'))).toBeTruthy());
    expect(labels()).toEqual([tp('nb', 'newMeasureOption')]);
  });

  it('has no search field at 100 measures or fewer', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'measure');
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(labels()).toHaveLength(2);
  });
});
