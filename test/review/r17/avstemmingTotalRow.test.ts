/**
 * Review r17 (Excel, Avstemming with Excel's Total Row): «Skriv avstemming» is refused as soon as Avstemming has one
 * item more, and the cells it names are the table's own Total Row, which the user cannot «move».
 *
 * The example (2027–2030, 1000 kr) in Excel; Avstemming written: tblAvstemming A1:P57 (56 items). She turns on the
 * table's Total Row (Table Design → Total Row: «Summer» in A58 and, in Avvik, SUBTOTAL(109,[Avvik]) in K58), a plain
 * Excel way to see the sum of the differences. Later a line is added to tblOkonomiplan (Drift · Tiltak · ØP27-900 ·
 * «Ny linje» · 100 / 100 / 100 / 100), and she presses «Skriv avstemming». Nothing is written, and the pane says
 * «Ingenting er skrevet: Avstemming!A58, Avstemming!K58 har innhold som ikke er tiltaksplans, der tiltaksplan måtte
 * skrive. Flytt innholdet og prøv igjen.» — A58 and K58 are the Total Row of the product's own table (a table setting,
 * not cells she typed; a total row cannot be moved). Avstemming stays without the new line until she finds out to turn
 * the Total Row off. The snapshot says the table has a Total Row (TableInfo.totalsRow, read by both adapters), but
 * planReconciliation takes its cells for the user's cells under the table; the file path (check --write) plans with the
 * same planner.
 *
 * Why wrong: SPEC §10 (Avstemming lists every item), §11 (the product owns tblAvstemming and writes it anew; only a
 * cell *typed by the user* next to or below a product table stops a write), docs/spec.md §10 (a total row of
 * tblAvstemming's old rows goes when the table is made again, named — what the file path does when the table keeps
 * its size).
 *
 * By hand: the new line ØP27-900 has no measure: one item «Økonomiplanlinje uten tiltak» (as ØP23-117 in the example),
 * Tiltaksplan 0, Økonomiplan 100 + 100 + 100 + 100 = 400, Avvik 0 − 400 = −400 (1000 kr); 56 + 1 = 57 items, so the
 * written table is A1:P58, its body rows 2–58, and «Summer» is in none of them.
 */
import { parseRange, toRange } from '../../../src/domain';
import { blockedText } from '../../../src/i18n/userCells';
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

/** The example with Avstemming written and, on tblOkonomiplan, the line ØP27-900; `totalRow`: its Total Row on. */
async function setUp(totalRow: boolean) {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  expect(table.ref).toBe('A1:P57');
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  if (totalRow) {
    const r = parseRange(table.ref)!;
    av.set('A58', { value: 'Summer' });
    av.set('K58', { value: -1400, formula: '=SUBTOTAL(109,[Avvik])' });
    Object.assign(table, { ref: toRange(r.top, r.left, r.bottom + 1, r.right), showTotals: true });
  }
  const op = model.tables.find((t) => t.name === 'tblOkonomiplan')!;
  expect(op.ref).toBe('A1:K23');
  const cells = model.sheets.find((s) => s.name === op.sheet)!.cells;
  expect(['A1', 'B1', 'C1', 'F1', 'G1', 'J1'].map((a) => cells.get(a)?.value)).toEqual([
    'Del',
    'Linjetype',
    'Ref',
    'Beskrivelse',
    '2027',
    '2030',
  ]);
  for (const [a1, value] of Object.entries({ A24: 'Drift', B24: 'Tiltak', C24: 'ØP27-900', F24: 'Ny linje' }))
    cells.set(a1, { value });
  for (const col of ['G', 'H', 'I', 'J']) cells.set(`${col}24`, { value: 100 });
  op.ref = 'A1:K24';
  return { model, av };
}

const lineRow = (av: Map<string, { value: unknown }>, row: number) =>
  ['A', 'C', 'D', 'I', 'J', 'K'].map((c) => av.get(`${c}${row}`)?.value ?? null);
const ITEM = ['Advarsel', 'Avvik', 'ØP27-900', 0, 400, -400];

describe('Skriv avstemming in Excel, one item more than the table has rows', () => {
  test('control: without a Total Row, the new line is written as its own item', async () => {
    const { model, av } = await setUp(false);
    expect((await writeAvstemming(model)).ok).toBe(true);
    expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P58');
    const rows = Array.from({ length: 57 }, (_, i) => i + 2).filter((r) => av.get(`D${r}`)?.value === 'ØP27-900');
    expect(rows.map((r) => lineRow(av, r))).toEqual([ITEM]);
  });

  test('with the table’s Total Row on: written all the same, the Total Row no cell of the user', async () => {
    const { model, av } = await setUp(true);
    const planned = await writeAvstemming(model);
    const said = planned.ok ? '' : blockedText(planned.blocked, 'nb');
    expect(said).toBe('');
    expect(planned.ok).toBe(true);
    const body = Array.from({ length: 57 }, (_, i) => i + 2);
    expect(body.filter((r) => av.get(`D${r}`)?.value === 'ØP27-900').map((r) => lineRow(av, r))).toEqual([ITEM]);
    expect(body.filter((r) => av.get(`A${r}`)?.value === 'Summer')).toEqual([]);
  });
});
