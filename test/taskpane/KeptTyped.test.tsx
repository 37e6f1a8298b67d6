/** @jest-environment jsdom */
/**
 * What she typed or chose in the pane and has not used yet is kept while she looks at another tab, as Nytt
 * tiltak's form is (useKept.ts, review r26): Struktur's version label (Lagre versjon, SPEC §14), and Endringer's
 * comparison with a second file she opened (a plain browser) or an older version she picked.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { readPlan } from '../../src/domain/read/plan';
import { applyEdits } from '../../src/domain/sheets/snapshotEdits';
import { planSaveVersion } from '../../src/domain/sheets/version';
import { ct } from '../../src/i18n/compare';
import { tp } from '../../src/i18n/taskpane';
import type { CompareFiles } from '../../src/taskpane/views/ChangesView';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const now = canonicalSnapshot({ operating: [operatingRow()] });
const labelBox = () => screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) }) as HTMLInputElement;
const compareWith = () => screen.getByRole('combobox', { name: ct('nb', 'compareWith') }) as HTMLSelectElement;

async function lookAtCheckAndBack(tab: 'tabStructure' | 'tabChanges'): Promise<void> {
  await userEvent.click(screen.getByRole('tab', { name: tp('nb', 'tabCheck') }));
  await waitFor(() => expect(screen.queryByRole('tab', { name: tp('nb', 'tabCheck'), selected: true })).toBeTruthy());
  await userEvent.click(screen.getByRole('tab', { name: tp('nb', tab) }));
}

/** `wb` with a version of `plan` saved under `label` (the next "Versjon <n>"). */
function withVersion(wb: WorkbookSnapshot, of: WorkbookSnapshot, label: string): WorkbookSnapshot {
  const { plan } = readPlan(of, { defaultStartYear: 2027 });
  return applyEdits(wb, planSaveVersion(wb, plan, { label, date: '2026-12-10' }).edits);
}

describe('Lagre versjon keeps the label she typed', () => {
  it('over a look at Kontroll: the label is there to save, and the version is saved under it', async () => {
    const port = new FakePort(now);
    await renderPane(port, 'structure');
    await userEvent.type(labelBox(), 'Vedtatt K-sak 45/2027');
    await lookAtCheckAndBack('tabStructure');
    await waitFor(() => expect(labelBox().value).toBe('Vedtatt K-sak 45/2027'));
    await userEvent.click(screen.getByRole('button', { name: ct('nb', 'saveVersion') }));
    expect(await screen.findByText(ct('nb', 'versionSaved', { sheet: 'Versjon 1' }))).toBeTruthy();
    const cells = port.edits.find((e) => e.kind === 'setCells');
    const label = cells?.kind === 'setCells' ? cells.values[2]?.slice(0, 2) : [];
    expect(label).toEqual(['Versjon', 'Vedtatt K-sak 45/2027']);
    // Saved: the field is empty again, and stays so over another look.
    await waitFor(() => expect(labelBox().value).toBe(''));
    await lookAtCheckAndBack('tabStructure');
    await waitFor(() => expect(labelBox().value).toBe(''));
  });
});

describe('Endringer keeps what she compares with', () => {
  it('a second file she opened (plain browser): still compared after a look at Kontroll, not read again', async () => {
    // The file: D-001 with 2028 = 600 (operatingRow's); now 1 500: one changed measure.
    const older = canonicalSnapshot({ operating: [operatingRow()] });
    const files: CompareFiles = { read: jest.fn(async () => older), downloadReport: jest.fn(async () => undefined) };
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow({ '2028': 1500 })] })), 'changes', {
      compareFiles: files,
    });
    await userEvent.upload(screen.getByTestId('compare-file-input'), new File(['x'], 'vedtatt.xlsx'));
    expect(await screen.findByText(`${ct('nb', 'changed')} (1)`)).toBeTruthy();
    await lookAtCheckAndBack('tabChanges');
    expect(await screen.findByText(`${ct('nb', 'changed')} (1)`)).toBeTruthy();
    expect(compareWith().value).toBe('file');
    expect(files.read).toHaveBeenCalledTimes(1);
  });

  it('an older version she picked: still picked after a look at Kontroll, not the latest again', async () => {
    // Versjon 1 «Forslag» holds D-001 alone; Versjon 2 «Vedtatt» D-001 and D-002.
    const d2 = operatingRow({ ID: 'D-002', Prioritet: 2, Tiltak: 'Boveileder' });
    const one = canonicalSnapshot({ operating: [operatingRow()] });
    const two = canonicalSnapshot({ operating: [operatingRow(), d2] });
    const wb = withVersion(withVersion(two, one, 'Forslag'), two, 'Vedtatt');
    await renderPane(new FakePort(wb), 'changes');
    await waitFor(() => expect(compareWith().value).toBe('sheet:Versjon 2'));
    await userEvent.selectOptions(compareWith(), 'sheet:Versjon 1');
    expect(await screen.findByText(`${ct('nb', 'added')} (1)`)).toBeTruthy();
    await lookAtCheckAndBack('tabChanges');
    await waitFor(() => expect(compareWith().value).toBe('sheet:Versjon 1'));
    expect(await screen.findByText(`${ct('nb', 'added')} (1)`)).toBeTruthy();
  });
});
