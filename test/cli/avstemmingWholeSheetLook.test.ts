/**
 * Review of 064312f (a row of tblAvstemming coloured whole is named when another item takes it): a look given to
 * the whole sheet is no row's mark. She selects all of Avstemming (the corner button) and fills it yellow, as Excel
 * saves it: every column's style in <cols> (here one <col min="1" max="16384">) and every row's style with
 * customFormat, each cell given the yellow too (yellowRows). Every row then looks as every other row and as an
 * empty column: nothing marks an item. ownLooks (a cell's look) leaves out a look equal to its row's or column's;
 * rowLooks takes any row style other than the plain one, so each row whose item moves is named as «yellow beside
 * another item»: here rows 6…57 (D-003's four items go, every item below moves up four rows) — 50-odd false lines
 * on an ordinary workbook.
 *
 * By hand, as avstemmingRowLook.test.ts: from `new --example --start 2027` and a first `check --write`; D-003 set
 * «Må utredes» (Tiltak drift G4). Expected: no `anchorLeft.row` line, since no row differs from the sheet's look.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { d003NotCosted, rowStyleOf, yellowRows } from './avstemmingLooks';
import { testIo } from './testIo';

/** The sheet rows of Avstemming in `file`. */
function rowsOf(file: string): number[] {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  return [...pkg.text(pkg.sheetPart('Avstemming')).matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
}

/** Every column of Avstemming given the style `s` (select all, then a fill), its widths dropped for simplicity. */
function yellowColumns(file: string, s: string): void {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  pkg.edit(pkg.sheetPart('Avstemming'), (x) => {
    expect(x).toMatch(/<cols>.*?<\/cols>/);
    return x.replace(/<cols>.*?<\/cols>/, `<cols><col min="1" max="16384" width="12" style="${s}"/></cols>`);
  });
  writeFileSync(file, pkg.bytes());
}

it('names no row when the whole sheet has the look (every row and every column alike)', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const rows = rowsOf(file);
  expect(rows.length).toBeGreaterThan(20); // header and 56 items in the example
  yellowRows(file, rows);
  const yellow = rowStyleOf(file, 14) ?? '';
  expect(yellow).not.toBe('');
  yellowColumns(file, yellow);
  await d003NotCosted(file);

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(1);
  const rowLine = cliText('anchorLeft.row', 'nb', { file: 'plan.xlsx', cell: 'Avstemming!14:14' });
  expect(second.err()).not.toContain(rowLine);
  expect(second.err()).not.toContain(':14 ');
});
