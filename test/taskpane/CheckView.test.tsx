/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
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

  it('offers to convert amounts typed as text, shows each cell first, and writes the numbers on confirmation', async () => {
    // H2 (2027) holds the text "1 500" and I2 (2028) "2,5": in 1000 kr they count as 1 500 000 kr and 2 500 kr.
    const port = new FakePort(
      canonicalSnapshot({ operating: [operatingRow({ '2027': '1 500', '2028': '2,5' })], investment: [] }),
    );
    await renderPane(port, 'check');
    expect(screen.getByText(/^2 beløp står som tekst/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'convertTextAmounts') }));
    const list = screen.getByRole('list', { name: tp('nb', 'textAmountsPreview') });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Tiltak drift!H2: «1 500» blir 1\u00a0500', 'Tiltak drift!I2: «2,5» blir 2,5']);
    expect(port.applied).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Gjør om 2 beløp' }));
    await screen.findByText(tp('nb', 'textAmountsDone'));
    const written = port.edits.filter((e) => e.kind === 'setCells');
    expect(written).toEqual([
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H2', values: [[1500]] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'I2', values: [[2.5]] },
    ]);
    // Checked again: nothing typed as text is left, so the offer is gone.
    await waitFor(() => expect(screen.queryByText(/står som tekst/)).toBeNull());
  });

  it('says so when there is nothing to report', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()], investment: [] })), 'check');
    await userEvent.click(screen.getByRole('switch', { name: tp('nb', 'onlyErrors') }));
    expect(screen.getByText(tp('nb', 'noFindings'))).toBeTruthy();
  });
});
