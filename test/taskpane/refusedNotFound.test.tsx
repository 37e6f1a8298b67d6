/** @jest-environment jsdom */
/**
 * Struktur, with a table of the plan not found (SPEC §11, the product's choice; §14). The settings table missing
 * (the sheet deleted, or the Verdi header retyped): every setting would be its default — Første planår 2027 from the
 * pane's clock, 4 years, «1000 kr» — so «Rull planen videre» would open a plan of a made-up period and unit, and
 * «Lagre versjon» would stamp the version with them. A measure table missing: the version would hold no measures of
 * it. Neither is offered, and the pane says why in the user's language; nothing is written.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Edit } from '../../src/domain/model/edits';
import { ct } from '../../src/i18n/compare';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot, setCell, withoutSheet } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const plan = () => canonicalSnapshot({ operating: [operatingRow()] });
const noSettings = () => withoutSheet(plan(), 'Innstillinger');
// canonicalSnapshot's tblInnstillinger has its Verdi header in B1.
const valueRetyped = () => setCell(plan(), 'Innstillinger', 'B1', 'Verdi 2027');
const label = () => screen.getByRole('textbox', { name: new RegExp(ct('nb', 'versionLabel')) });
const rollButton = () => screen.getByRole('button', { name: tp('nb', 'rollForward') });
const saveButton = () => screen.getByRole('button', { name: ct('nb', 'saveVersion') });

describe('Struktur with the settings table not found', () => {
  it.each([
    ['the Innstillinger sheet deleted', noSettings],
    ['the Verdi header retyped', valueRetyped],
  ])('%s: no roll and no version, each saying why', async (_what, workbook) => {
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    const port = new FakePort(workbook());
    await renderPane(port, 'structure', { openNew });
    expect(await screen.findByText(tp('nb', 'rollRefusedSettings'))).toBeTruthy();
    expect(rollButton()).toHaveProperty('disabled', true);
    expect(screen.getByText(ct('nb', 'versionRefusedSettings'))).toBeTruthy();
    await userEvent.type(label(), 'Vedtatt');
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(port.edits).toEqual([]);
    expect(openNew).not.toHaveBeenCalled();
  });

  it.each(['nn', 'en'] as const)('%s: says so in the language of the pane', async (lang) => {
    await renderPane(new FakePort(noSettings()), 'structure', { lang });
    expect(await screen.findByText(tp(lang, 'rollRefusedSettings'))).toBeTruthy();
    expect(screen.getByText(ct(lang, 'versionRefusedSettings'))).toBeTruthy();
  });

  it('refuses the roll when the settings sheet was deleted a moment ago, and opens nothing', async () => {
    const openNew = jest.fn(async (_e: readonly Edit[], _f: string, _n?: readonly string[]) => undefined);
    const port = new FakePort(plan());
    await renderPane(port, 'structure', { openNew });
    port.snapshot = noSettings();
    await userEvent.click(rollButton());
    await userEvent.click(await screen.findByRole('button', { name: tp('nb', 'confirm') }));
    expect(await screen.findByText(tp('nb', 'rollRefusedSettings'))).toBeTruthy();
    expect(openNew).not.toHaveBeenCalled();
  });
});

describe('Lagre versjon with a measure or economy plan table not found', () => {
  it.each(['Tiltak investering', 'Økonomiplan'])('%s gone: saves nothing and says why', async (sheet) => {
    const port = new FakePort(withoutSheet(plan(), sheet));
    await renderPane(port, 'structure');
    expect(await screen.findByText(ct('nb', 'versionRefusedTable'))).toBeTruthy();
    await userEvent.type(label(), 'Vedtatt');
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(port.edits).toEqual([]);
  });

  it('refuses on the workbook as it is when pressed: the investment sheet deleted a moment ago', async () => {
    const port = new FakePort(plan());
    await renderPane(port, 'structure');
    await userEvent.type(label(), 'Vedtatt');
    // Deleted in Excel just now; the change event has not arrived, the button is still on.
    port.snapshot = withoutSheet(plan(), 'Tiltak investering');
    await userEvent.click(saveButton());
    // Said where the write failed (and, the check run again on that read, under the button too).
    const said = await screen.findAllByText(ct('nb', 'versionRefusedTable'));
    expect(said.some((e) => e.closest('.fui-MessageBar') !== null)).toBe(true);
    expect(port.edits).toEqual([]);
  });

  it('a whole plan still saves its version', async () => {
    const port = new FakePort(plan());
    await renderPane(port, 'structure');
    await userEvent.type(label(), 'Vedtatt');
    await userEvent.click(saveButton());
    await waitFor(() => expect(port.edits[0]).toEqual({ kind: 'ensureSheet', sheet: 'Versjon 1', hidden: true }));
  });
});
