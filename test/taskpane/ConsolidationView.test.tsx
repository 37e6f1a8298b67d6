/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyEdits, planEconomyPlanWorkbook, planWorkbook, type WorkbookSnapshot } from '../../src/domain';
import { EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { kt } from '../../src/i18n/consolidation';
import { tp } from '../../src/i18n/taskpane';
import { ConsolidationView } from '../../src/taskpane/browser/ConsolidationView';
import { KOMMUNE_FILES } from '../../scripts/kommune';

const SNAPSHOTS: ReadonlyMap<string, WorkbookSnapshot> = new Map(
  KOMMUNE_FILES.map((f) => [
    f.file,
    applyEdits(EMPTY_WORKBOOK, f.economy ? planEconomyPlanWorkbook(f.content) : planWorkbook(f.content)),
  ]),
);
const read = (file: File) => Promise.resolve(SNAPSHOTS.get(file.name) ?? EMPTY_WORKBOOK);
const xlsx = (name: string) => new File(['x'], name);

describe('ConsolidationView (SPEC §15)', () => {
  it('checks two plans against the economy plan and shows the frame they overrun together', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="nb" read={read} />
      </FluentProvider>,
    );
    const run = screen.getByRole('button', { name: tp('nb', 'reconcilePlans') });
    expect(run.hasAttribute('disabled')).toBe(true);
    await user.upload(screen.getByTestId('plans-input'), [xlsx('boligsosial.xlsx'), xlsx('helse.xlsx')]);
    await user.upload(screen.getByTestId('economy-input'), xlsx('okonomiplan.xlsx'));
    await user.click(run);
    await screen.findByRole('heading', { name: kt('nb', 'framesTitle') });
    const frames = screen.getByRole('region', { name: /Rammeområde/ });
    const row2029 = within(frames)
      .getAllByRole('row')
      .find((r) => /R3\s*2029/.test(r.textContent ?? ''));
    // 1 800 (Boligsosial) + 2 000 (Helse) = 3 800 against the Ramme line's 3 500.
    expect(row2029?.textContent).toMatch(/3\s800/);
    expect(row2029?.textContent).toContain('Avvik');
    expect(
      screen.getByText(/passer til D-001 i «Boligsosial handlingsplan» og D-002 i «Helse og omsorg»/),
    ).toBeTruthy();
  });

  it('says so when the chosen economy plan has no economy plan table', async () => {
    const user = userEvent.setup();
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView lang="en" read={read} />
      </FluentProvider>,
    );
    await user.upload(screen.getByTestId('plans-input'), xlsx('helse.xlsx'));
    await user.upload(screen.getByTestId('economy-input'), xlsx('notes.xlsx'));
    await user.click(screen.getByRole('button', { name: tp('en', 'reconcilePlans') }));
    expect(await screen.findByText(/notes\.xlsx: no economy plan table/)).toBeTruthy();
  });
});
