/**
 * Her row outline (Data › Group) on a measure table's rows: the roll moves the rows up (D-002 on row 3 and D-009 on
 * row 10 are finished Engangs measures and leave), so a group kept by row number would hold other measures. It goes
 * from the table's rows, with the collapsed mark a folded group left on the row below, and the roll names it
 * (docs/spec.md §11 as built); a group of hers under the table, on rows the roll does not write, stays.
 *
 * By hand, from `new --example --start 2027`: tblTiltakDrift A1:U12; she groups and folds rows 7–12 (Organisasjon),
 * Excel marks row 13 collapsed; she groups rows 20–21 under the table, her own notes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { examplePkg } from '../review/r30/herTable';
import { testIo } from './testIo';

const groups = (lang: 'nb' | 'nn' | 'en') =>
  cliText('notCarried', lang, { what: cliText('extra.rowGroups', lang, { sheet: 'Tiltak drift' }) });

test('a folded group over Organisasjon goes from the table and is named; hers under the table stays', async () => {
  const { pkg, cwd } = await examplePkg();
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    [7, 8, 9, 10, 11, 12]
      .reduce((s, r) => s.replace(`<row r="${r}">`, `<row r="${r}" hidden="1" outlineLevel="1">`), x)
      .replace('<row r="13">', '<row r="13" collapsed="1">')
      .replace('<row r="20">', '<row r="20" outlineLevel="1">')
      .replace('<row r="21">', '<row r="21" outlineLevel="1">')
      .replace('<sheetFormatPr defaultRowHeight="15"/>', '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>'),
  );
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], io)).toBe(0);
  const rolled = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'rullert.xlsx'))));
  const sheet = rolled.text(rolled.sheetPart('Tiltak drift'));
  const grouped = [...sheet.matchAll(/<row r="(\d+)"[^>]*outlineLevel="1"/g)].map((m) => Number(m[1]));
  expect(grouped).toEqual([20, 21]);
  expect(sheet).not.toMatch(/<row [^>]*(?:collapsed|hidden)=/);
  expect(io.out()).toContain(groups('nb'));
  expect(groups('nn')).toContain('grupperinga');
  expect(groups('en')).toContain('grouping');
});

test('a table with no group of hers: nothing named', async () => {
  const { pkg, cwd } = await examplePkg();
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], io)).toBe(0);
  expect(io.out()).not.toContain(groups('nb'));
});
