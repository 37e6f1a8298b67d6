/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot, dropColumn, setCell } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

/** The canonical workbook without its investment sheet and table. */
function withoutInvestment(): WorkbookSnapshot {
  const wb = canonicalSnapshot({ operating: [operatingRow()] });
  return {
    ...wb,
    sheets: wb.sheets.filter((s) => s.sheet !== 'Tiltak investering'),
    tables: wb.tables.filter((t) => t.name !== 'tblTiltakInvestering'),
  };
}

describe('StructureView', () => {
  it('previews the repair and applies it only on confirmation', async () => {
    const port = new FakePort(withoutInvestment());
    await renderPane(port, 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    expect(screen.getByRole('list', { name: tp('nb', 'previewRepair') })).toBeTruthy();
    expect(port.applied).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: /^Utfør \d+ endringer$/ }));
    await screen.findByText(tp('nb', 'repairDone'));
    expect(port.edits.some((e) => e.kind === 'createTable' && e.name === 'tblTiltakInvestering')).toBe(true);
  });

  it("says which of the user's cells kept a column out of the repair", async () => {
    // Rammeområde is column T of tblTiltakDrift (A1:U2): without it the repair would put it in U, where a note is.
    const wb = setCell(
      dropColumn(canonicalSnapshot(), 'Tiltak drift', 20, 'tblTiltakDrift', 'A1:T2'),
      'Tiltak drift',
      'U2',
      'notat',
    );
    await renderPane(new FakePort(wb), 'structure');
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'previewRepair') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tiltak drift!U2');
    expect(alert.textContent).toContain('Flytt innholdet og forhåndsvis på nytt');
  });

  it('does not offer a roll while a setting does not read (Antall planår 100), and says why', async () => {
    const openNew = jest.fn(async () => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()], settings: { 'Antall planår': 100 } }));
    await renderPane(port, 'structure', { openNew });
    expect(await screen.findByText(tp('nb', 'rollRefused'))).toBeTruthy();
    const button = screen.getByRole('button', { name: tp('nb', 'rollForward') });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('asks before rolling the plan forward and opens the new workbook', async () => {
    const openNew = jest.fn(async () => undefined);
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'structure', { openNew });
    await userEvent.click(screen.getByRole('button', { name: tp('nb', 'rollForward') }));
    expect(openNew).not.toHaveBeenCalled();
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    // The roll reads every cell of the product sheets first (archives and versions included).
    await waitFor(() => expect(openNew).toHaveBeenCalledTimes(1));
    expect(openNew.mock.calls[0]).toEqual([expect.any(Array), 'tiltaksplan-2028-2031.xlsx']);
    expect(port.scopes).toContain('structure');
  });
});
