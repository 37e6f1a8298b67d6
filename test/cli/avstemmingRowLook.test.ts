/**
 * A row of tblAvstemming the user coloured whole (selected the row, gave it a fill: the row's style with
 * customFormat, and each cell of it) keeps its look on its sheet row when check --write puts another item there, as
 * a look on a cell does: it is named for her to move, never left silently beside the wrong item.
 *
 * By hand, as avstemmingUserLooks.test.ts: from `new --example --start 2027` and a first `check --write`, D-001 2027
 * on row 2, D-009 2027 on row 14. She colours rows 2 and 14 yellow whole. D-003 is set «Må utredes»: its four items
 * go, D-009 2027 moves up to row 10, and row 14 holds the item that was on row 18; D-001 2027 stays on row 2.
 * So row 14 is named (Avstemming!14:14), yellow beside another item; row 2 is not.
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { avstemming, d003NotCosted, rowStyleOf, yellowRows } from './avstemmingLooks';
import { testIo } from './testIo';

const REF = 3; // D Ref, G År
const YEAR = 6;

const rowLine = (rows: string) => cliText('anchorLeft.row', 'nb', { file: 'plan.xlsx', cell: `Avstemming!${rows}` });

it('names row 14, coloured whole, when another item takes it; not row 2, whose item stays', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  yellowRows(file, [2, 14]);
  await d003NotCosted(file);
  const yellow = rowStyleOf(file, 14);
  expect(yellow).not.toBeNull();
  expect(rowStyleOf(file, 2)).toBe(yellow);

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(1);
  const after = await avstemming(file);
  expect([after[9]?.[REF], after[9]?.[YEAR], after[1]?.[REF], after[1]?.[YEAR]]).toEqual([
    'D-009',
    2027,
    'D-001',
    2027,
  ]);
  expect(after[13]?.[REF]).not.toBe('D-009');
  // The row's look stayed on sheet row 14 (and 2), beside the item now there.
  expect([rowStyleOf(file, 14), rowStyleOf(file, 2)]).toEqual([yellow, yellow]);
  expect(second.err()).toContain(rowLine('14:14'));
  expect(second.err()).not.toContain(rowLine('2:2'));
  // Its cells' looks are the row's, not looks of their own: not named cell by cell.
  expect(second.err()).not.toContain(cliText('anchorLeft.look', 'nb', { file: 'plan.xlsx', cell: 'Avstemming!O14' }));
});
