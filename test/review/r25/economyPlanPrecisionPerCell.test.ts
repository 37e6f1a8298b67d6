/**
 * Review r25 (low, consolidated report): the economy plan workbook's own findings («Funn i økonomiplanen») list a
 * line's amount-precision warnings one per cell, where every other list of the text and HTML reports says a row's
 * once naming the fields (docs/spec.md §8 as built: «the text and HTML reports list the ones of one row of one
 * sheet as one line»).
 *
 * What she did: `new op.xlsx --economy-plan --example --start 2027`, on Økonomiplan row 5 (D-001's line) typed
 * 600,5 in 2027 (G5) and 1 200,5 in 2028 (H5); `new plan.xlsx --example --start 2027`;
 * `check plan.xlsx --economy-plan op.xlsx`.
 *
 * By hand: one row, two fields, the unit 1000 kr allows 0 decimals: one line «Beløpene i 2027 og 2028 har flere
 * desimaler …» naming G5 and H5, not two lines «Beløpet 600,5 i «2027» …» and «Beløpet 1 200,5 i «2028» …».
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

test("the economy plan's precision warnings of one line are listed once in the consolidated report", async () => {
  const io = testIo();
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'op.xlsx'))));
  pkg.edit(pkg.sheetPart('Økonomiplan'), (x) => {
    const g5 = '<c r="G5" s="3"><v>600</v>';
    const h5 = '<c r="H5" s="3"><v>1200</v>';
    if (!x.includes(g5) || !x.includes(h5)) throw new Error('D-001 line not on row 5');
    return x.replace(g5, '<c r="G5" s="3"><v>600.5</v>').replace(h5, '<c r="H5" s="3"><v>1200.5</v>');
  });
  writeFileSync(path.join(io.cwd, 'op.xlsx'), pkg.bytes());
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], run);
  const lines = run.out().split('\n');
  const section = lines.slice(lines.findIndex((l) => l.startsWith('Funn i økonomiplanen')));
  expect(section.filter((l) => l.includes('flere desimaler enn enheten'))).toHaveLength(1);
});
