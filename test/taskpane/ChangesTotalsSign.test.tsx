/** @jest-environment jsdom */
/**
 * The Endringer view's totals carry the sign of a change as its lists do (docs/spec.md §14 as built, «The sign of
 * a change»): «+50» for more, «−30» (U+2212) for less, 0 bare — in the tables per year, per frame and the chart.
 *
 * By hand (1000 kr, 2027–2030, Varig, Nye midler = Helårsvirkning, so a year's new money is its cost): the saved
 * version D-001 (frame 1) 100 a year, D-002 (frame 2) 200 a year; the workbook D-001 100 / 150 / 100 / 100, D-002
 * 200 / 200 / 170 / 200. New money per year 300 → 300, 350, 270, 300: 0, +50, −30, 0.
 */
import { screen, within } from '@testing-library/react';
import { ct } from '../../src/i18n/compare';
import { canonicalSnapshot, withSavedVersion } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const plain = (s: string | null): string => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const row = (id: string, frame: string, amounts: number[], full: number) =>
  operatingRow({
    ID: id,
    Tiltak: `Tiltak ${id}`,
    Rammeområde: frame,
    ...Object.fromEntries(amounts.map((a, i) => [String(2027 + i), a])),
    Helårsvirkning: full,
    'Nye midler': full,
  });

const adopted = canonicalSnapshot({
  operating: [row('D-001', '1', [100, 100, 100, 100], 100), row('D-002', '2', [200, 200, 200, 200], 200)],
});
const now = canonicalSnapshot({
  operating: [row('D-001', '1', [100, 150, 100, 100], 100), row('D-002', '2', [200, 200, 170, 200], 200)],
});

const cells = (name: string): string[][] =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    );

it('signs the change of new money per year and per frame, and the chart’s values', async () => {
  await renderPane(new FakePort(withSavedVersion(adopted, now)), 'changes');
  await screen.findByRole('table', { name: ct('nb', 'byFrame') });
  expect(cells(ct('nb', 'newMoney'))).toEqual([
    ['2027', '300', '300', '0'],
    ['2028', '300', '350', '+50'],
    ['2029', '300', '270', '\u221230'],
    ['2030', '300', '300', '0'],
  ]);
  expect(cells(ct('nb', 'byFrame'))).toEqual([
    ['1', '2027', '100', '100', '0'],
    ['', '2028', '100', '150', '+50'],
    ['', '2029', '100', '100', '0'],
    ['', '2030', '100', '100', '0'],
    ['2', '2027', '200', '200', '0'],
    ['', '2028', '200', '200', '0'],
    ['', '2029', '200', '170', '\u221230'],
    ['', '2030', '200', '200', '0'],
  ]);
  const chart = screen.getByRole('img', { name: ct('nb', 'chartTitle') });
  expect(plain(chart.textContent)).toContain('2028: +50; 2029: \u221230');
});
