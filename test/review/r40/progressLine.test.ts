/**
 * Review r40 — severity medium (a wrong file name on screen: `check plan.xlsx mangler.xlsx` in a terminal, where the
 * progress bar stands on stderr's last line; the reason is written right after the bar, so the budget officer reads
 * «[############············] 1/2 mangler.xlsxmangler.xlsx: kan ikke leses: filen finnes ikke» — a file name that is
 * none). By hand: what a terminal shows of each line of stderr (the text after its last carriage return) starts
 * with the file's own name, «mangler.xlsx: kan ikke leses», and the note of a workbook open in Excel likewise.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

/** Each stderr line as a terminal leaves it: what follows its last carriage return. */
const shown = (err: string): string[] => err.split('\n').map((l) => l.slice(l.lastIndexOf('\r') + 1));

test('a file that cannot be read, during the progress bar: its line starts with its name', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  writeFileSync(path.join(io.cwd, '~$plan.xlsx'), Buffer.from('\u0005Kari \u0000', 'latin1'));
  const tty = testIo({ cwd: io.cwd, isTTY: true });
  expect(await main(['check', 'plan.xlsx', 'mangler.xlsx'], tty)).toBe(2);
  expect(tty.err()).toContain('\r['); // premise: the bar was drawn
  const lines = shown(tty.err()).filter((l) => l.trim() !== '');
  expect(lines).toEqual([
    expect.stringMatching(/^plan\.xlsx: er åpen i Excel/),
    expect.stringMatching(/^mangler\.xlsx: kan ikke leses: filen finnes ikke/),
  ]);
});
