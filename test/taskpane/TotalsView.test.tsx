/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { kr } from '../../src/domain/model/money';
import { formatAmount } from '../../src/domain/model/norwegianNumber';
import { tp } from '../../src/i18n/taskpane';
import { buildBars } from '../../src/taskpane/views/chartData';
import { canonicalSnapshot } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const amount = (thousands: number) => formatAmount(kr(thousands * 1000), '1000 kr');

describe('TotalsView', () => {
  it('shows the operating totals per year and for the period, in the workbook unit', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'totals');
    const table = screen.getByRole('table', { name: tp('nb', 'totalsPerYear') });
    const rows = within(table).getAllByRole('row');
    const cells = within(rows[1] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      tp('nb', 'totalsOperating'),
      amount(600),
      amount(1200),
      amount(1800),
      amount(2400),
      amount(6000),
    ]);
  });

  it('draws one bar per plan year in an accessible chart', async () => {
    await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow()] })), 'totals');
    const chart = screen.getByRole('img', { name: tp('nb', 'chartTitle') });
    expect(chart.querySelectorAll('g')).toHaveLength(4);
  });

  it.each([
    { name: 'all new money', fin: [0, 0, 0, 2400], year: 600, parts: [0, 0, 0, 600_000] },
    { name: 'half reallocated', fin: [0, 1200, 0, 1200], year: 600, parts: [0, 300_000, 0, 300_000] },
  ])('splits each bar over the financing sources: $name', ({ fin, year, parts }) => {
    const money = (n: number) => kr(n * 1000);
    const all = {
      years: { '2027': money(year) },
      period: money(year),
      fullYear: money(2400),
      financing: {
        joint: money(fin[0]!),
        reallocation: money(fin[1]!),
        other: money(fin[2]!),
        newMoney: money(fin[3]!),
      },
      newMoneyByYear: {},
    };
    const [bar] = buildBars(all, [2027]);
    expect(bar?.parts).toEqual(parts);
    expect(bar?.parts.reduce((a, b) => a + b, 0)).toBe(year * 1000);
  });
});
