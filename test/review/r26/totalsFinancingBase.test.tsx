/** @jest-environment jsdom */
/**
 * Review r26 (a budget officer in Summer): the table «Finansiering» lists the four financing columns and, under
 * them, Helårsvirkning. SPEC §4: the financing columns add up to the base, which is Helårsvirkning, or Sum periode
 * when Helårsvirkning is 0 (an Engangs measure). With one Engangs measure costed, the sources no longer add up to the
 * row under them, and she reads a financing gap where the check finds none (Sammendrag's identity check says ✓).
 * Seen on the example plan in mill kr: 0,4 + 0,45 + 0,2 + 3,62 = 4,67 over «Helårsvirkning 4,25» (D-002 and D-009
 * are Engangs, 0,3 + 0,12 = 0,42).
 *
 * By hand, 1000 kr: D-001 Varig, Helårsvirkning 2 400, Nye midler 2 400 (base 2 400); D-002 Engangs, 300 in 2027,
 * Helårsvirkning 0, Endret drift 300 (base = Sum periode 300). Sources: Endret drift 300 + Nye midler 2 400 = 2 700 =
 * the bases 2 400 + 300. Helårsvirkning in all: 2 400. The table must show the 2 700 its sources add up to.
 */
import { screen, within } from '@testing-library/react';
import { kr } from '../../../src/domain/model/money';
import { formatAmount } from '../../../src/domain/model/norwegianNumber';
import { tp } from '../../../src/i18n/taskpane';
import { canonicalSnapshot } from '../../helpers/workbook';
import { FakePort, operatingRow } from '../../taskpane/fakePort';
import { renderPane } from '../../taskpane/renderPane';

const amount = (thousands: number) => formatAmount(kr(thousands * 1000), '1000 kr');

const oneOff = operatingRow({
  ID: 'D-002',
  Prioritet: 2,
  Tiltak: 'Utarbeide boligplan',
  Type: 'Engangs',
  ...{ '2027': 300, '2028': null, '2029': null, '2030': null },
  ...{ Helårsvirkning: 0, 'Endret drift': 300, 'Nye midler': 0, Rammeområde: null },
});

test('Summer: the financing table shows the base its sources add up to, not Helårsvirkning alone', async () => {
  await renderPane(new FakePort(canonicalSnapshot({ operating: [operatingRow(), oneOff] })), 'totals');
  const table = screen.getByRole('table', { name: tp('nb', 'source') });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  // The sources as the pane shows them (by hand): 0, 300, 0, 2 400.
  expect(rows).toEqual(
    expect.arrayContaining([
      ['Felles tiltak', amount(0)],
      ['Endret drift', amount(300)],
      ['Annen finansiering', amount(0)],
      ['Nye midler', amount(2400)],
    ]),
  );
  // What they add up to: 2 700 (SPEC §4 base: 2 400 + 300), somewhere in the table.
  expect(rows.flat()).toContain(amount(2700));
});
