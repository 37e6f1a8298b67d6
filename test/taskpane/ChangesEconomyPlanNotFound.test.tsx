/** @jest-environment jsdom */
/**
 * Endringer when the open workbook has no economy plan table and the chosen file has one (docs/spec.md §14, as
 * built): the measures are compared — not refused — and a warning says the lines are not, naming the open workbook
 * (test.xlsx) as the newer version that lacks the table; its Økonomiplanen group says «not compared», not «none».
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { ct } from '../../src/i18n/compare';
import type { CompareFiles } from '../../src/taskpane/views/ChangesView';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const without = (wb: WorkbookSnapshot, sheet: string): WorkbookSnapshot => ({
  ...wb,
  sheets: wb.sheets.filter((s) => s.sheet !== sheet),
  tables: wb.tables.filter((t) => t.sheet !== sheet),
});

test('ChangesView: the economy plan in the chosen file only: measures compared, lines not, said', async () => {
  const rows = [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2 })];
  const open = without(canonicalSnapshot({ operating: rows }), 'Økonomiplan');
  const chosen = canonicalSnapshot({ operating: [operatingRow()] });
  const files: CompareFiles = { read: jest.fn(async () => chosen), downloadReport: jest.fn() };
  await renderPane(new FakePort(open), 'changes', { compareFiles: files });
  await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'plan.xlsx'));
  await waitFor(() => expect(files.read).toHaveBeenCalled());
  await screen.findByRole('status');
  expect(
    screen.getByText(/^Økonomiplanlinjene er ikke sammenlignet, for den nyere versjonen \(test\.xlsx\) mangler/),
  ).toBeTruthy();
  expect(screen.getByText('Ikke sammenlignet: se merknaden øverst.')).toBeTruthy();
  // D-002 is new in the open workbook: the measures were compared.
  expect(screen.getByText(`${ct('nb', 'added')} (1)`)).toBeTruthy();
});
