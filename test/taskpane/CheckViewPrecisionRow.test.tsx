/** @jest-environment jsdom */
/**
 * Kontroll and Oversikt list and count a row's amount-precision warnings as one line (i18n/listedIssues.ts), as the
 * form and the reports do. By hand: the ready plan (one measure, no warning) with 2027, 2028 and Nye midler typed
 * 600,0004, 1 200,0004 and 2 400,0004 in a 1000 kr plan: three warnings in the check (H2, I2, Q2), each amount
 * its krone (nothing else changes), so one line naming «2027, 2028 og Nye midler», counted 1.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tp } from '../../src/i18n/taskpane';
import { FakePort, readyPlan } from './fakePort';
import { renderPane, selections } from './renderPane';

const typedInThousandths = () => readyPlan({ '2027': 600.0004, '2028': 1200.0004, 'Nye midler': 2400.0004 });

describe('Kontroll: amount-precision of one row', () => {
  it.each([
    ['nb', 'Beløpene i 2027, 2028 og Nye midler har flere desimaler enn enheten 1000 kr tillater (0).'],
    ['nn', 'Beløpa i 2027, 2028 og Nye midler har fleire desimalar enn eininga 1000 kr tillèt (0).'],
    ['en', 'The amounts in 2027, 2028 and Nye midler have more decimals than the unit 1000 kr allows (0).'],
  ] as const)('%s: one line naming the fields, counted once, selecting the first cell', async (lang, text) => {
    const port = new FakePort(typedInThousandths());
    await renderPane(port, 'check', { lang });
    const sheet = screen.getByRole('region', { name: 'Tiltak drift' });
    expect(
      within(sheet).getByRole('heading', { name: tp(lang, 'findingsIn', { sheet: 'Tiltak drift', count: 1 }) }),
    ).toBeTruthy();
    const buttons = within(sheet).getAllByRole('button');
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.textContent).toContain(`H2: ${text}`);
    await userEvent.click(buttons[0] as HTMLElement);
    expect(selections(port)).toEqual(['Tiltak drift!H2']);
  });

  it('Oversikt counts that line once: 1 warning', async () => {
    await renderPane(new FakePort(typedInThousandths()), 'overview');
    expect(screen.getByText(`${tp('nb', 'warnings')}: 1`)).toBeTruthy();
  });
});
