/**
 * A logical TRUE (SANN) in an investment's Tidligere bevilget beside a «?» in the year that leaves: the two cannot be
 * added, so the roll keeps what Tidligere bevilget held (rollover/unknown.ts unknownBefore) — the logical value she
 * has, not the text «TRUE» (another cell: text, left aligned, which no Excel of hers shows).
 *
 * By hand: the example (2027–2030), I-003 on row 4 of «Tiltak investering», Tidligere bevilget J4 set to TRUE (t="b"),
 * 2027 (K4) to «?». Rolled to 2028–2031: I-001 and I-002 have money after 2027 and stay, so I-003 is still on row 4;
 * J4 holds TRUE as a logical cell (t="b", <v>1</v>), and K4 (now 2028) its old 2028, 1000.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const cellRe = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);

test('a roll keeps a logical TRUE in Tidligere bevilget beside a «?» in the year that leaves as a logical value', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  pkg.edit(pkg.sheetPart('Tiltak investering'), (x) => {
    if (!cellRe('J4').test(x) || !cellRe('K4').test(x)) throw new Error('no J4 or K4');
    return x
      .replace(cellRe('J4'), '<c r="J4" t="b"><v>1</v></c>')
      .replace(cellRe('K4'), '<c r="K4" t="inlineStr"><is><t>?</t></is></c>');
  });
  writeFileSync(file, pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rolled.xlsx'], io)).toBe(0);
  const bytes = readFileSync(path.join(io.cwd, 'rolled.xlsx'));
  const wb = await (await XlsxWorkbook.fromBuffer(bytes)).read();
  const rows = wb.sheets.find((s) => s.sheet === 'Tiltak investering')?.values ?? [];
  expect(rows[3]?.slice(0, 1)).toEqual(['I-003']);
  expect(rows[3]?.slice(9, 11)).toEqual([true, 1000]);
  // In the file: a logical cell (t="b") holding 1, as she had it.
  const out = new FixturePkg(new Uint8Array(bytes));
  const j4 = out.text(out.sheetPart('Tiltak investering')).match(cellRe('J4'))?.[0] ?? '';
  expect(j4).toMatch(/ t="b"/);
  expect(j4).toMatch(/<v>1<\/v><\/c>$/);
  // The note names the kept value as her Excel shows it (SANN), not as the file stores it.
  expect(io.out()).toMatch(/Tidligere bevilget for I-003 står som «SANN»/);
});
