/** @jest-environment jsdom */
// Its own file: Fluent's dialog focus trap (tabster) keeps state on the jsdom window between tests, and a
// dialog opened after another test's pane had been mounted in the same window came up aria-hidden.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

describe('StructureView roll forward', () => {
  it('asks before rolling the plan forward and opens the new workbook', async () => {
    const openNew = jest.fn(async () => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    expect(openNew).not.toHaveBeenCalled();
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    // The roll reads every cell of the product sheets first (archives included).
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    expect(openNew.mock.calls[0]).toEqual([expect.any(Array), 'tiltaksplan-2028-2031.xlsx']);
    expect(port.scopes).toContain('structure');
  });
});
