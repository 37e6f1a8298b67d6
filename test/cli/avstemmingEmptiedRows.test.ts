/**
 * A look or a row coloured whole on a row of tblAvstemming that the new, shorter table leaves empty is not «beside
 * another item»: the row holds no item. The cell's look went with the emptied row; the row's look stays on an empty
 * row below the table. Each is named for what happened to it.
 *
 * By hand, from `new --example --start 2027` and a first `check --write`: tblAvstemming A1:P57, the last items
 * P-4104's Finansiering lines on rows 55–57. She types «sjekk» in P57 (Kommentar of P-4104 Overføring fra drift)
 * and fills it red, and colours row 56 yellow whole. D-003 is set «Må utredes»: its four items go and its economy
 * plan line, now without a costed measure, becomes one item (an unmatched line), so the table ends on row 54
 * (57 − 4 + 1), P-4104 Overføring fra drift and its «sjekk» there; rows 55–57 are left empty. So P57's red is gone
 * (named as removed, not as beside another item), and row 56 is an empty yellow row below the table (named as such).
 */
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText, type CommandKey } from '../../src/i18n/cliCommand';
import { avstemming, d003NotCosted, fillRed, isRed, rowStyleOf, yellowRows } from './avstemmingLooks';
import { testIo } from './testIo';

const REF = 3; // D Ref, H Finansieringskilde, P Kommentar
const SOURCE = 7;
const P = 15;

const line = (key: CommandKey, cell: string) => cliText(key, 'nb', { file: 'plan.xlsx', cell: `Avstemming!${cell}` });

it('names a look removed with an emptied row, and a row coloured whole left empty below the table', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const first = await avstemming(file);
  expect(first).toHaveLength(57);
  expect([first[56]?.[REF], first[56]?.[SOURCE]]).toEqual(['P-4104', 'Overføring fra drift']);
  fillRed(file, ['P57'], { P57: 'sjekk' });
  yellowRows(file, [56]);
  await d003NotCosted(file);
  const yellow = rowStyleOf(file, 56);
  expect([isRed(file, 'P57'), yellow !== null]).toEqual([true, true]);

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(1);
  const after = await avstemming(file);
  expect(after).toHaveLength(54);
  expect([after[53]?.[REF], after[53]?.[SOURCE], after[53]?.[P]]).toEqual(['P-4104', 'Overføring fra drift', 'sjekk']);
  expect([isRed(file, 'P57'), rowStyleOf(file, 56)]).toEqual([false, yellow]);
  const err = second.err();
  expect(err).toContain(line('anchorEmptied.look', 'P57'));
  expect(err).toContain(line('anchorEmptied.row', '56:56'));
  expect(err).not.toContain(line('anchorLeft.look', 'P57'));
  expect(err).not.toContain(line('anchorLeft.row', '56:56'));
});
