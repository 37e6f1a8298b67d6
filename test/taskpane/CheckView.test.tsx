/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane, selections } from './renderPane';

// Row 2 misses its Tiltak text (error) and its plan areas (warning); row 3 is fine.
const snapshot = () =>
  canonicalSnapshot({
    operating: [
      operatingRow({ Tiltak: null, 'Berørte planområder': null }),
      operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Bostøtte' }),
    ],
  });

describe('CheckView', () => {
  it('groups findings by sheet and selects the cell of a clicked finding', async () => {
    const port = new FakePort(snapshot());
    await renderPane(port, 'check');
    const sheet = screen.getByRole('region', { name: 'Tiltak drift' });
    const findings = within(sheet).getAllByRole('button');
    expect(findings.length).toBeGreaterThanOrEqual(2);
    // The Tiltak column is E in canonical order (ID, Seksjon, Prioritet, Ref., Tiltak).
    await userEvent.click(within(sheet).getByRole('button', { name: /^E2\s*:/ }));
    expect(selections(port)).toEqual(['Tiltak drift!E2']);
  });

  it('hides warnings and notes with "bare feil"', async () => {
    await renderPane(new FakePort(snapshot()), 'check');
    expect(screen.getByRole('heading', { name: tp('nb', 'warnings') })).toBeTruthy();
    await userEvent.click(screen.getByRole('switch', { name: tp('nb', 'onlyErrors') }));
    expect(screen.queryByRole('heading', { name: tp('nb', 'warnings') })).toBeNull();
    expect(screen.getByRole('heading', { name: tp('nb', 'errors') })).toBeTruthy();
  });

  it('says so when there is nothing to report', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()], investment: [] })), 'check');
    await userEvent.click(screen.getByRole('switch', { name: tp('nb', 'onlyErrors') }));
    expect(screen.getByText(tp('nb', 'noFindings'))).toBeTruthy();
  });
});
