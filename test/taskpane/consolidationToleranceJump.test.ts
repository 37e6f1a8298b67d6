/**
 * «Ulik toleranse» now carries the economy plan's Toleranse cell as `cells.economyPlan` (docs/spec.md §15): the
 * pane still opens the plan's own Toleranse, the one she may change, not the economy plan's Innstillinger.
 */
import { checkConsolidated } from '../../src/domain/checkConsolidated';
import { itemJumps } from '../../src/taskpane/browser/consolidationJumps';
import { economyLine, operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

// Innstillinger: header on row 1, Toleranse the 6th setting: row 7, Verdi in column B, in both workbooks.
const helse = canonicalSnapshot({ settings: { Plannavn: 'Helse', Toleranse: 5 }, operating: [operatingRow()] });
const book = canonicalSnapshot({ settings: { Plannavn: 'Økonomiplan', Toleranse: 0 }, economyPlan: [economyLine()] });
const books = [
  { file: 'helse.xlsx', wb: helse },
  { file: 'okonomiplan.xlsx', wb: book },
];

it('opens the plan’s Toleranse (book 0, Innstillinger!B7), not the economy plan’s', () => {
  const checked = checkConsolidated([books[0]!], books[1]!, { defaultStartYear: 2027, render: (f) => f.code });
  const item = checked?.consolidation.items.find((i) => i.code === 'tolerance-differs');
  expect(item?.cells.economyPlan).toBe('Innstillinger!B7');
  expect(itemJumps(item!, checked!, books).main).toEqual({ book: 0, sheet: 'Innstillinger', cell: 'B7' });
});
