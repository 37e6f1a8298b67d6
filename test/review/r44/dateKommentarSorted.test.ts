/**
 * Review r44: a date typed in Avstemming's Kommentar (review r41, commentFormats.ts) on a tblAvstemming she has
 * sorted (Data › Sort, Z→A on Ref: the body rows 2–57 in the reverse order). By hand, on the example with Avstemming
 * written (A1:P57): row 9 holds D-003 2030; reversed it stands on row 59 − 9 = 50. She types 15.03.2027 (46461, shown
 * dd.mm.yyyy) in P50, beside D-003 2030, and 7 (format "0") in P51, beside the item that was row 8. «Skriv avstemming»
 * again: wherever D-003 2030 then stands, its Kommentar is the date with its format; the item of P51 keeps 7 with
 * "0"; and no other row of Kommentar shows the date format.
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';
import { parseA1, toA1 } from '../../../src/domain/model/a1';
import type { FakeCell } from '../../workbook/excel/fakeModel';

const MARCH_15_2027 = 46461;

test('a date in Kommentar of a sorted Avstemming stays with its item through «Skriv avstemming»', async () => {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const sheet = model.sheets.find((s) => s.name === 'Avstemming')!;
  const key = (row: number) => `${sheet.cells.get(`D${row}`)?.value} ${sheet.cells.get(`G${row}`)?.value ?? ''}`;
  expect(key(9)).toBe('D-003 2030');
  const eighth = key(8);
  const moved = new Map<string, FakeCell>();
  for (const [addr, cell] of sheet.cells) {
    const at = parseA1(addr)!;
    moved.set(at.row >= 2 && at.row <= 57 ? toA1(59 - at.row, at.col) : addr, cell);
  }
  sheet.cells = moved;
  expect(key(50)).toBe('D-003 2030');
  expect(key(51)).toBe(eighth);
  const date = { value: MARCH_15_2027, numberFormat: 'dd.mm.yyyy' };
  sheet.cells.set('P50', { ...date });
  sheet.cells.set('P51', { value: 7, numberFormat: '0' });
  expect((await writeAvstemming(model)).ok).toBe(true);
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  const rows = Array.from({ length: 56 }, (_, i) => i + 2);
  const at = (k: string) => rows.filter((r) => `${av.get(`D${r}`)?.value} ${av.get(`G${r}`)?.value ?? ''}` === k);
  const [d003] = at('D-003 2030');
  const [other] = at(eighth);
  expect(av.get(`P${d003}`)).toEqual(date);
  expect([av.get(`P${other}`)?.value, av.get(`P${other}`)?.numberFormat]).toEqual([7, '0']);
  expect(rows.filter((r) => av.get(`P${r}`)?.numberFormat === 'dd.mm.yyyy')).toEqual([d003]);
});
