/** @jest-environment jsdom */
/**
 * Roll forward in Excel with a rolled file too large for Excel.createWorkbook (over 4 MB of base64, newWorkbook.ts):
 * the pane says so and names the command line, and createWorkbook is never called. The file here: 3 000 001 bytes,
 * 4 000 004 characters of base64.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { openAsNewWorkbook } from '../../src/taskpane/newWorkbook';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

describe('roll forward in Excel of a plan too large to open as a new workbook', () => {
  it('says the rolled plan is too large for Excel on the web and to roll it on the command line', async () => {
    const createWorkbook = jest.fn(async (_base64: string) => undefined);
    const openNew = jest.fn(() => openAsNewWorkbook(new Uint8Array(3_000_001), createWorkbook));
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(tp('nb', 'errorNewWorkbookTooLarge'))).toBeTruthy();
    expect(tp('nb', 'errorNewWorkbookTooLarge')).toContain('tiltaksplan roll');
    expect(createWorkbook).not.toHaveBeenCalled();
  });
});
