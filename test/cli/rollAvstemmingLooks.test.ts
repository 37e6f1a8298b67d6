/**
 * roll writes Avstemming anew on the rolled plan (rollWrite.ts, as check --write does), so its rows get other
 * items: the rolled period has no 2027. A fill she gave a cell of Status, or a hyperlink on a cell of it, stays at
 * its address as check --write leaves it, and roll names it as check --write does (before: nothing was said).
 *
 * By hand: `new --example --start 2027` and a first `check --write`: D-001 2027 on row 2, D-001 2028 on row 3.
 * She fills O2 (D-001 2027's Status) red and types «Akseptert» there. The roll writes the period 2028–2031:
 * row 2 now holds D-001 2028 (the first item of the rolled plan), another item, so O2 is named; her «Akseptert»
 * goes with (D-001, 2027), an item no longer written, to a row below the items.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { appendFilledXf } from '../fixtures/make/asExcel/xfs';
import { testIo } from './testIo';

const REF = 3; // D Ref, G År
const YEAR = 6;

const avstemming = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find((s) => s.sheet === 'Avstemming')
    ?.values ?? [];

it('names the red Status cell O2 whose row holds another item after the roll', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const first = await avstemming(file);
  expect([first[1]?.[REF], first[1]?.[YEAR], first[2]?.[YEAR]]).toEqual(['D-001', 2027, 2028]);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const red = appendFilledXf(pkg, 'FFFF0000');
  pkg.edit(pkg.sheetPart('Avstemming'), (x) =>
    x.replace(
      /<c r="O2" t="inlineStr"><is><t>Åpen<\/t><\/is><\/c>/,
      `<c r="O2" s="${red}" t="inlineStr"><is><t>Akseptert</t></is></c>`,
    ),
  );
  writeFileSync(file, pkg.bytes());
  expect((await avstemming(file))[1]?.[14]).toBe('Akseptert');

  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], roll)).toBe(0);
  const after = await avstemming(path.join(io.cwd, 'rullert.xlsx'));
  expect([after[1]?.[REF], after[1]?.[YEAR]]).toEqual(['D-001', 2028]);
  expect(roll.out() + roll.err()).toContain(
    cliText('anchorLeft.look', 'nb', { file: 'rullert.xlsx', cell: 'Avstemming!O2' }),
  );
});
