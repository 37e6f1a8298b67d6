/**
 * Review r41, the Excel path of dateKommentar.test.ts: «Skriv avstemming» in the pane on the recording fake. Excel's
 * read of tblAvstemming loaded the number formats of her own columns only, not Kommentar's, so a date typed there
 * («15.3»: Excel's day 46461 shown as a date) was read as the bare number 46461: when its item's row moved (the item
 * gone, its row kept below), the number went without its format and showed «46461», and the date format stayed at its
 * address beside another item's Kommentar.
 *
 * By hand, on the example (2027–2030, 1000 kr) with Avstemming written (A1:P57): row 9 is D-003 2030, row 18 D-011
 * (measure-not-in-economy-plan). She types 15.03.2027 (46461, shown dd.mm.yyyy) in P9 and P18 and sets D-011's Nye
 * midler (Tiltak drift!Q12) 200 → 0. «Skriv avstemming»: D-003 2030 still on row 9, P9 the date; D-011's row kept
 * last (57), P57 the date; row 18 (now ØP23-117, no Kommentar of hers) shows no date format.
 *
 * The first fix (726c127f, Kommentar's whole column of number formats loaded with the read) cost a check read at
 * 10 000 measures its 13th sync, so it was taken back (64e2b0a2). Now the read asks the formats of Kommentar's numbers
 * only, in a sync it takes anyway, or the column's when the read fits one sync (src/workbook/excel/commentFormats.ts).
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

const MARCH_15_2027 = 46461;

test('a date typed in Kommentar stays a date through «Skriv avstemming» in Excel', async () => {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  expect([av.get('D9')?.value, av.get('G9')?.value, av.get('D18')?.value]).toEqual(['D-003', 2030, 'D-011']);
  const date = { value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' };
  av.set('P9', { ...date });
  av.set('P18', { ...date });
  const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  expect(drift.get('Q12')?.value).toBe(200);
  drift.set('Q12', { ...drift.get('Q12')!, value: 0 });
  expect((await writeAvstemming(model)).ok).toBe(true);
  expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P57');
  expect([av.get('D9')?.value, av.get('P9')]).toEqual(['D-003', date]);
  expect([av.get('D57')?.value, av.get('P57')]).toEqual(['D-011', date]);
  expect(av.get('D18')?.value).toBe('ØP23-117');
  expect(av.get('P18')?.numberFormat ?? 'General').toBe('General');
});
