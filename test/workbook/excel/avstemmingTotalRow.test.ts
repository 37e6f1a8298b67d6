/**
 * «Skriv avstemming» in Excel on a tblAvstemming with its Total Row on (review r17): the items are written above it
 * and the table is made again with its Total Row, her label and SUBTOTAL in it (the formula naming the table, as
 * valid in a Total Row as Excel's «[Avvik]»), whether the items grow, stay or shrink.
 * By hand, the example (2027–2030, 1000 kr): Avstemming A1:P57 (56 items); her Total Row in row 58 («I alt» in A58,
 * SUBTOTAL(109,[Avvik]) in K58). With ØP27-900 added (one item more): body rows 2–58, Total Row 59 (A1:P59 with it).
 * With ØP27-900 gone again: body rows 2–57, Total Row 58, row 59 empty.
 */
import { parseRange, toRange } from '../../../src/domain';
import { exampleModel } from './exampleModel';
import { writeAvstemmingUnblocked } from '../../helpers/writeAvstemming';

const SUM = '=SUBTOTAL(109,tblAvstemming[Avvik])';

it('keeps her Total Row under the items as they grow, stay and shrink', async () => {
  const model = await exampleModel();
  await writeAvstemmingUnblocked(model);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  const r = parseRange(table.ref)!;
  expect(r.bottom).toBe(57);
  av.set('A58', { value: 'I alt' });
  av.set('K58', { value: -1400, formula: '=SUBTOTAL(109,[Avvik])' });
  Object.assign(table, { ref: toRange(r.top, r.left, 58, r.right), showTotals: true });
  const op = model.tables.find((t) => t.name === 'tblOkonomiplan')!;
  const opCells = model.sheets.find((s) => s.name === op.sheet)!.cells;
  const line = {
    A24: 'Drift',
    B24: 'Tiltak',
    C24: 'ØP27-900',
    F24: 'Ny linje',
    G24: 100,
    H24: 100,
    I24: 100,
    J24: 100,
  };
  for (const [a1, value] of Object.entries(line)) opCells.set(a1, { value });
  op.ref = 'A1:K24';

  const totalsAt = () => {
    const t = model.tables.find((x) => x.name === 'tblAvstemming');
    return { ref: t?.ref, showTotals: t?.showTotals };
  };
  const row = (n: number) =>
    ['A', 'B', 'K', 'P'].map((c) => av.get(`${c}${n}`)?.formula ?? av.get(`${c}${n}`)?.value ?? null);

  await writeAvstemmingUnblocked(model); // one item more
  expect(totalsAt()).toEqual({ ref: 'A1:P59', showTotals: true });
  expect(row(59)).toEqual(['I alt', null, SUM, null]);
  expect(Array.from({ length: 57 }, (_, i) => av.get(`D${i + 2}`)?.value).filter((v) => v === 'ØP27-900')).toHaveLength(
    1,
  );

  await writeAvstemmingUnblocked(model); // the same items: the same table
  expect(totalsAt()).toEqual({ ref: 'A1:P59', showTotals: true });
  expect(row(59)).toEqual(['I alt', null, SUM, null]);

  for (const a1 of Object.keys(line)) opCells.delete(a1);
  op.ref = 'A1:K23';
  await writeAvstemmingUnblocked(model); // one item fewer
  expect(totalsAt()).toEqual({ ref: 'A1:P58', showTotals: true });
  expect(row(58)).toEqual(['I alt', null, SUM, null]);
  expect(row(59)).toEqual([null, null, null, null]);
});

it('shows her Total Row again when she hid it, and the item that comes to its row', async () => {
  const model = await exampleModel();
  await writeAvstemmingUnblocked(model);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  const sheet = model.sheets.find((s) => s.name === 'Avstemming')!;
  sheet.cells.set('A58', { value: 'I alt' });
  sheet.cells.set('K58', { value: -1400, formula: '=SUBTOTAL(109,[Avvik])' });
  Object.assign(table, { ref: 'A1:P58', showTotals: true });
  expect(['B57', 'D57'].map((a1) => sheet.cells.get(a1)?.value)).toEqual(['Finansiering per prosjekt', 'P-4104']);
  sheet.hiddenRows = new Set([58]);
  const op = model.tables.find((t) => t.name === 'tblOkonomiplan')!;
  const opCells = model.sheets.find((s) => s.name === op.sheet)!.cells;
  const line = {
    A24: 'Drift',
    B24: 'Tiltak',
    C24: 'ØP27-900',
    F24: 'Ny linje',
    G24: 100,
    H24: 100,
    I24: 100,
    J24: 100,
  };
  for (const [a1, value] of Object.entries(line)) opCells.set(a1, { value });
  op.ref = 'A1:K24';

  await writeAvstemmingUnblocked(model); // one item more: row 58 holds an item, the Total Row is row 59

  expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P59');
  expect(sheet.cells.get('A58')?.value).not.toBe('I alt');
  // Row 58: the last item, P-4104's (row 57 before ØP27-900 came in above it).
  expect(['B58', 'D58'].map((a1) => sheet.cells.get(a1)?.value)).toEqual(['Finansiering per prosjekt', 'P-4104']);
  expect(['A59', 'K59'].map((a1) => sheet.cells.get(a1)?.formula ?? sheet.cells.get(a1)?.value)).toEqual([
    'I alt',
    SUM,
  ]);
  expect([...(sheet.hiddenRows ?? [])]).toEqual([]);
});
