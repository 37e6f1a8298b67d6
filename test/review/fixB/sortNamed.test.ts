/**
 * Review r41, fixed: her sort of tblAvstemming (by Avvik, largest first: a <sortState> in the table part, as Excel
 * saves it) was undone by the next `check --write` without a word, while a cleared filter is named (rowsShown.ts).
 * Now the undone sort is named the same way, on the file path (the table part's sortState) and in Excel (the table's
 * sort fields, TableSort.fields).
 *
 * By hand, on the example (2027–2030, 1000 kr), Avstemming written in place (tblAvstemming A1:P57; Avvik is column K,
 * the 11th). She sorts by Avvik: <sortState ref="A2:P57"><sortCondition descending="1" ref="K2:K57"/></sortState>.
 * The next run writes the items in the product's order again, and says «Sorteringen av tabellen tblAvstemming på arket
 * «Avstemming» …».
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { rowsShownLines } from '../../../src/i18n/rowsShown';
import { testIo } from '../../cli/testIo';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';

const SORT = '<sortState ref="A2:P57"><sortCondition descending="1" ref="K2:K57"/></sortState>';

test('check --write names the sort of tblAvstemming it undid', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(readFileSync(file));
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('"tblAvstemming"'),
  );
  expect(part).toBeDefined();
  pkg.edit(part!, (xml) => {
    expect(xml).toMatch(/<autoFilter ref="A1:P57"\/>/);
    return xml.replace(/<autoFilter ref="A1:P57"\/>/, `<autoFilter ref="A1:P57"/>${SORT}`);
  });
  writeFileSync(file, pkg.bytes());
  const second = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], second);
  const said = second.out() + second.err();
  expect(said).toContain('plan.xlsx: Sorteringen av tabellen tblAvstemming på arket «Avstemming» er tatt bort');
  expect(said).not.toContain('Filteret på tabellen tblAvstemming');
  expect(said).not.toContain('Radene du hadde skjult i tabellen tblAvstemming');
});

test('a sort and a filter undone together are each named, in nb, nn and en', () => {
  const both = { sheet: 'Avstemming', table: 'tblAvstemming', filtered: true, sorted: true } as const;
  expect(rowsShownLines([both], 'nb').map((l) => l.slice(0, 40))).toEqual([
    'Filteret på tabellen tblAvstemming på ar',
    'Sorteringen av tabellen tblAvstemming på',
  ]);
  const only = {
    sheet: 'Avstemming',
    table: 'tblAvstemming',
    filtered: false,
    sorted: true,
    noneHidden: true,
  } as const;
  expect(rowsShownLines([only], 'nn')).toEqual([
    expect.stringMatching(/^Sorteringa av tabellen tblAvstemming på arket «Avstemming» er teken bort/),
  ]);
  expect(rowsShownLines([only], 'en')).toEqual([
    expect.stringMatching(/^The sort of the table tblAvstemming on the sheet "Avstemming" was undone/),
  ]);
});
