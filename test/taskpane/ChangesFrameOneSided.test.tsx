/** @jest-environment jsdom */
/**
 * The Endringer view's new money per Rammeområde across a roll, as the change report shows it (SPEC §14: «years
 * present on one side only are listed as such»; review r19): a frame whose new money lies in the year the roll
 * added is listed with that year, «–» on the older side — not named «Uendret i årene begge versjonene har».
 *
 * The version (2027–2030, 1000 kr): D-001 (frame 2) 600 / 1 200 / 1 800 / 2 400; D-005 (frame 4) Må utredes;
 * D-006 (frame 5) 0 / 10 / 10 / 10. The workbook rolled to 2028–2031: D-001 1 200 / 1 800 / 2 400 / 2 400; D-005
 * costed from the new year, 0 / 0 / 0 / 800; D-006 10 / 10 / 10 / 0. Nye midler is Helårsvirkning, so each year's
 * new money is its cost: frame 2 has 600 in 2027 (older only) and 2 400 in 2031 (newer only), frame 4 800 in 2031
 * only, frame 5 nothing in either year one version only holds and 10 → 10 between.
 */
import { screen, within } from '@testing-library/react';
import { kr } from '../../src/domain/model/money';
import { formatAmount } from '../../src/domain/model/norwegianNumber';
import { ct } from '../../src/i18n/compare';
import { canonicalSnapshot, withSavedVersion } from '../helpers/workbook';
import { FakePort, operatingRow } from './fakePort';
import { renderPane } from './renderPane';

const thousands = (n: number) => formatAmount(kr(n * 1000), '1000 kr');

/** An operating row whose years are `amounts` from `start` on, Helårsvirkning and Nye midler `full`. */
const row = (id: string, frame: string, start: number, amounts: number[], full: number, status = 'Beregnet') =>
  operatingRow({
    ID: id,
    Tiltak: `Tiltak ${id}`,
    Kostnadsstatus: status,
    Rammeområde: frame,
    ...Object.fromEntries(amounts.map((a, i) => [String(start + i), status === 'Beregnet' ? a : null])),
    Helårsvirkning: status === 'Beregnet' ? full : null,
    'Nye midler': status === 'Beregnet' ? full : null,
  });

const adopted = canonicalSnapshot({
  operating: [
    row('D-001', '2', 2027, [600, 1200, 1800, 2400], 2400),
    row('D-005', '4', 2027, [0, 0, 0, 0], 0, 'Må utredes'),
    row('D-006', '5', 2027, [0, 10, 10, 10], 10),
  ],
});
const rolled = canonicalSnapshot({
  startYear: 2028,
  operating: [
    row('D-001', '2', 2028, [1200, 1800, 2400, 2400], 2400),
    row('D-005', '4', 2028, [0, 0, 0, 800], 800),
    row('D-006', '5', 2028, [10, 10, 10, 0], 10),
  ],
});

describe('ChangesView: new money per frame in a year only one version holds', () => {
  it('lists frames 2 and 4 with every year of either version, and names frame 5 alone unchanged', async () => {
    await renderPane(new FakePort(withSavedVersion(adopted, rolled)), 'changes');
    const table = await screen.findByRole('table', { name: ct('nb', 'byFrame') });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    const same = (n: number) => [thousands(n), thousands(n), thousands(0)];
    expect(rows).toEqual([
      ['2', '2027', thousands(600), '–', '–'],
      ['', '2028', ...same(1200)],
      ['', '2029', ...same(1800)],
      ['', '2030', ...same(2400)],
      ['', '2031', '–', thousands(2400), '–'],
      ['4', '2027', thousands(0), '–', '–'],
      ['', '2028', ...same(0)],
      ['', '2029', ...same(0)],
      ['', '2030', ...same(0)],
      ['', '2031', '–', thousands(800), '–'],
    ]);
    expect(screen.getByText('Uendret i årene begge versjonene har: 5.')).toBeTruthy();
  });
});
