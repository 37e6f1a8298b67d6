/** @jest-environment jsdom */
/**
 * Endringer with a second file opened the wrong way round (docs/spec.md §14): the open workbook is the newer version,
 * the chosen file the older. The open plan runs 2027–2030 and the chosen plan.xlsx 2028–2031 (a roll of it, say):
 * the «older» starts later, so a warning names both and says which to open; the comparison is shown all the same.
 * Chosen the right way (the open plan the later one), nothing is said.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CompareFiles } from '../../src/taskpane/views/ChangesView';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const WARN =
  /^Er versjonene i riktig rekkefølge\? plan\.xlsx sammenlignes som den eldre versjonen, men planperioden der begynner 2028, senere enn i test\.xlsx \(2027\)/;

async function openWith(open: number, chosen: number): Promise<void> {
  const opened = canonicalSnapshot({ startYear: open, operating: [operatingRow()] });
  const other = canonicalSnapshot({ startYear: chosen, operating: [operatingRow()] });
  const files: CompareFiles = { read: jest.fn(async () => other), downloadReport: jest.fn() };
  await renderPane(new FakePort(opened), 'changes', { compareFiles: files });
  await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'plan.xlsx'));
  await waitFor(() => expect(files.read).toHaveBeenCalled());
  await screen.findByRole('status');
}

describe('ChangesView: the second file newer than the open workbook', () => {
  test('a later period on the chosen (older) side: warned, naming both', async () => {
    await openWith(2027, 2028);
    expect(screen.getByText(WARN)).toBeTruthy();
  });

  test('the chosen side the earlier: no warning', async () => {
    await openWith(2028, 2027);
    expect(screen.queryByText(/^Er versjonene i riktig rekkefølge/)).toBeNull();
  });
});
