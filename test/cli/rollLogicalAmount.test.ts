/**
 * A logical value in an amount cell (SANN, as Excel saves =1=1 or a TRUE typed in an English Excel: t="b") is kept as
 * the logical value she has on a roll, in the rolled table and on the archive sheet, not written back as the text
 * «TRUE» (which no Excel of hers shows, and which reads as another cell: text, left aligned). It counts as 0 and is
 * reported as amount-invalid before and after, as a «?» is: the roll keeps what the cell held (SPEC §11).
 *
 * By hand: the example (2027–2030), D-011 on row 12 of «Tiltak drift», its 2028 (I12) a logical TRUE. Rolled to
 * 2028–2031: 2028 is the first year column, H, still TRUE (a logical cell, t="b"); the archive «Arkiv 2027–2030» has the old
 * row as it was, 2028 in its ninth column (I), TRUE.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

test('a roll keeps a logical TRUE in an amount cell as a logical value, in the rolled table and the archive', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    const cell = /<c r="I12"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/;
    if (!cell.test(x)) throw new Error('no I12');
    return x.replace(cell, '<c r="I12" t="b"><v>1</v></c>');
  });
  writeFileSync(file, pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rolled.xlsx'], io)).toBe(0);
  const bytes = readFileSync(path.join(io.cwd, 'rolled.xlsx'));
  const rowOf = (sheet: string) => wb.sheets.find((s) => s.sheet === sheet)?.values.find((r) => r[0] === 'D-011') ?? [];
  const wb = await (await XlsxWorkbook.fromBuffer(bytes)).read();
  expect(rowOf('Tiltak drift').slice(7, 10)).toEqual([true, 200, 200]);
  expect(rowOf('Arkiv 2027–2030').slice(7, 10)).toEqual([200, true, 200]);
  // In the file: a logical cell (t="b"), as she had it; D-011 is on row 10 now (D-002 and D-009, done, left).
  const out = new FixturePkg(new Uint8Array(bytes));
  expect(out.text(out.sheetPart('Tiltak drift'))).toMatch(/<c r="H10" t="b"[^>]*><v>1<\/v><\/c>/);
});
