/** @jest-environment jsdom */
/**
 * Review r45: the pane's Endringer with a second file that looks newer by its saved versions' dates (docs/spec.md
 * §14), the case test/taskpane/ChangesOrder.test.tsx leaves out (it has the period case only). Both plans run
 * 2027–2030. The open workbook holds the version «Vedtatt» of 10.12.2026; the chosen file (plan.xlsx) holds one of
 * 01.06.2027, so it is at least as new as that and later than the open one: warned with both dates. Chosen the other
 * way round (the open workbook's version the later), nothing is said.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../../src/domain/sheets/version';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import type { CompareFiles } from '../../../src/taskpane/views/ChangesView';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const plan = canonicalSnapshot({ startYear: 2027, operating: [operatingRow()] });

function savedOn(date: string): WorkbookSnapshot {
  const { plan: read } = readPlan(plan, { defaultStartYear: 2027 });
  return applyEdits(plan, planSaveVersion(plan, read, { label: 'Vedtatt', date }).edits);
}

async function openWith(open: string, chosen: string): Promise<void> {
  const other = savedOn(chosen);
  const files: CompareFiles = { read: jest.fn(async () => other), downloadReport: jest.fn() };
  await renderPane(new FakePort(savedOn(open)), 'changes', { compareFiles: files });
  await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'plan.xlsx'));
  await waitFor(() => expect(files.read).toHaveBeenCalled());
  await screen.findByRole('status');
}

test('the chosen file’s version dated later than the open workbook’s: warned with both dates', async () => {
  await openWith('2026-12-10', '2027-06-01');
  expect(
    await screen.findByText(
      /^Er versjonene i riktig rekkefølge\? plan\.xlsx sammenlignes som den eldre versjonen, men de lagrede versjonene sier at den er nyere: 01\.06\.2027 mot 10\.12\.2026 i test\.xlsx\./,
    ),
  ).toBeTruthy();
});

test('the chosen file’s version the earlier: no warning', async () => {
  await openWith('2027-06-01', '2026-12-10');
  expect(screen.queryByText(/^Er versjonene i riktig rekkefølge/)).toBeNull();
});
