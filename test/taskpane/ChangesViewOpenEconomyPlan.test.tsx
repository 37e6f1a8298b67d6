/** @jest-environment jsdom */
/**
 * Review r9 of 705e962: Endringer refuses a chosen file that is no plan (finance's economy plan), as `compare`
 * refuses it, but not the open workbook when that is the economy plan. `tiltaksplan compare PLAN.xlsx OP.xlsx` and
 * `compare OP.xlsx PLAN.xlsx` both exit 2 («OP.xlsx er en økonomiplan, ikke en tiltaksplan …»); in the pane, with
 * finance's economy plan open (plain browser: okonomiplan.xlsx opened; or in Excel) and a plan of two measures chosen
 * under «Annen fil», the view compares them: «Tiltak: 0 nye, 2 fjernet», «Fjernede tiltak (2)», new money −1 200 …
 * Fixed when the open side is refused as the chosen side is: the economy plan sentence, and no list of changes.
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

describe('ChangesView: the open workbook is the economy plan (review r9)', () => {
  test('is said to be an economy plan, and nothing is compared, as compare refuses it', async () => {
    const plan = canonicalSnapshot({ operating: [operatingRow(), operatingRow({ ID: 'D-002', Prioritet: 2 })] });
    // Finance's economy plan: Innstillinger and tblOkonomiplan, no measure table (new --economy-plan).
    const economy = without(without(canonicalSnapshot({}), 'Tiltak drift'), 'Tiltak investering');
    const files: CompareFiles = { read: jest.fn(async () => plan), downloadReport: jest.fn() };
    await renderPane(new FakePort(economy), 'changes', { compareFiles: files });
    await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'plan.xlsx'));
    // The chosen file is read and shown (its name in «Annen fil: plan.xlsx»), then the view says what it does with it.
    await waitFor(() => expect(files.read).toHaveBeenCalled());
    await screen.findAllByText(/plan\.xlsx/);
    expect(screen.queryByText(`${ct('nb', 'removed')} (2)`)).toBeNull();
    // The open workbook (test.xlsx) is the one named as the economy plan; the chosen plan is not refused.
    expect(screen.queryByText(/^test\.xlsx er en økonomiplan, ikke en tiltaksplan/)).toBeTruthy();
    expect(screen.queryByText(/^plan\.xlsx er en økonomiplan/)).toBeNull();
    expect(screen.queryByRole('button', { name: ct('nb', 'downloadHtml') })).toBeNull();
  });
});
