/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkSnapshot } from '../../src/domain/check';
import { tp } from '../../src/i18n/taskpane';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow, readyPlan } from './fakePort';
import { renderPane, selections } from './renderPane';

describe('OverviewView', () => {
  it('says the plan is ready when there are no errors', async () => {
    await renderPane(new FakePort(readyPlan()), 'overview');
    expect(screen.getByText(tp('nb', 'statusReady'))).toBeTruthy();
    expect(screen.getByText(`${tp('nb', 'errors')}: 0`)).toBeTruthy();
    expect(screen.getByText('2027–2030')).toBeTruthy();
    expect(screen.getByText('1000 kr')).toBeTruthy();
  });

  it('names the first finding that blocks the plan and jumps to its cell', async () => {
    // Financing 2 000 against a full-year effect of 2 400: financing-sum on Helårsvirkning (M2).
    const port = new FakePort(readyPlan({ 'Nye midler': 2000 }));
    await renderPane(port, 'overview');
    expect(screen.queryByText(tp('nb', 'statusReady'))).toBeNull();
    expect(screen.getByText(/^Ikke klar: \d+ feil må rettes$/)).toBeTruthy();
    await userEvent.click(
      screen.getByRole('button', { name: tp('nb', 'goToCell', { sheet: 'Tiltak drift', cell: 'M2' }) }),
    );
    expect(selections(port)).toEqual(['Tiltak drift!M2']);
  });

  it("counts the sheets' notes and the reconciliation's matches apart", async () => {
    const snapshot = readyPlan();
    const { report } = checkSnapshot(snapshot, { file: '', defaultStartYear: 2027, render: () => '' });
    const infos = (list: readonly { severity: string }[]) => list.filter((x) => x.severity === 'info').length;
    expect(infos(report.reconciliation)).toBeGreaterThan(0);
    await renderPane(new FakePort(snapshot), 'overview');
    expect(screen.getByText(`${tp('nb', 'infos')}: ${infos(report.issues)}`)).toBeTruthy();
    expect(screen.getByText(`${tp('nb', 'matching')}: ${infos(report.reconciliation)}`)).toBeTruthy();
  });

  it('is not ready when only the economy plan disagrees', async () => {
    // A valid measure with no economy plan line: measure-not-in-economy-plan errors, no findings.
    const port = new FakePort(canonicalSnapshot({ operating: [operatingRow()] }));
    await renderPane(port, 'overview');
    expect(screen.queryByText(tp('nb', 'statusReady'))).toBeNull();
    expect(screen.getByText(/Se Avstemming/)).toBeTruthy();
  });

  // The facts are the Innstillinger rows, named as the sheet names them so the user finds the row to change;
  // English adds a gloss in parentheses.
  it.each([
    ['nn', ['Plannavn', 'Beløpsenhet', 'Prisnivå', 'Økonomiplanversjon']],
    [
      'en',
      [
        'Plannavn (plan name)',
        'Beløpsenhet (amount unit)',
        'Prisnivå (price level)',
        'Økonomiplanversjon (economy plan version)',
      ],
    ],
  ] as const)('%s: names the settings by their labels on Innstillinger', async (lang, labels) => {
    await renderPane(new FakePort(readyPlan()), 'overview', { lang });
    const terms = [...document.querySelectorAll('.tp-facts dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(expect.arrayContaining([...labels]));
  });
});
