/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { tp } from '../../src/i18n/taskpane';
import { App } from '../../src/taskpane/App';
import { FakePort, readyPlan } from './fakePort';

describe('App', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nn-NO', 'nn'],
    ['en-US', 'en'],
  ] as const)('speaks the display language %s', async (tag, lang) => {
    render(<App mode="excel" port={new FakePort()} langTag={tag} dark={false} />);
    expect(await screen.findByRole('tab', { name: tp(lang, 'tabOverview') })).toBeTruthy();
  });

  it('switches language from the selector', async () => {
    render(<App mode="excel" port={new FakePort()} langTag="nb" dark={false} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: tp('nb', 'language') }), 'en');
    expect(screen.getByRole('tab', { name: tp('en', 'tabReconcile') })).toBeTruthy();
  });

  it('re-checks (once, debounced) when the user edits the workbook', async () => {
    const port = new FakePort(readyPlan());
    render(<App mode="excel" port={port} langTag="nb" dark={false} />);
    expect(await screen.findByText(tp('nb', 'statusReady'))).toBeTruthy();
    const before = port.reads;
    act(() => {
      port.userEdits(readyPlan({ Tiltak: null }));
      port.userEdits(readyPlan({ Tiltak: null }));
    });
    expect(await screen.findByText(/^Ikke klar: 1 feil må rettes$/)).toBeTruthy();
    expect(port.reads).toBe(before + 1);
  });
});

describe('App in a plain browser, a file that does not open', () => {
  it('names that file in the message: the file bar still names the open one (eksempel.xlsx)', async () => {
    render(<App mode="browser" langTag="nb" dark={false} />);
    await screen.findByText('Fil: eksempel.xlsx', undefined, { timeout: 20_000 });
    await userEvent.upload(screen.getByTestId('file-input'), new File(['bare tekst'], 'budsjett.xlsx'));
    const said = await screen.findByText(/kunne ikke leses som en Excel-arbeidsbok/);
    expect(said.textContent).toContain('Filen «budsjett.xlsx» kunne ikke leses');
    expect(screen.getByText('Fil: eksempel.xlsx')).toBeTruthy();
  }, 30_000);
});
