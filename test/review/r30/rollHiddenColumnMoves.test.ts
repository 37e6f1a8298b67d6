/**
 * Review r30 (high, roll: a year of the new plan out of sight): the column she hid keeps its letter after a roll that
 * moves the columns, so it hides a year column of the rolled plan.
 *
 * What she does: she adds a column of her own «Herav lønn» to tblTiltakDrift and drags it between 2028 and 2029 (J;
 * SPEC §2: column order is free), fills it in, then hides it (right click › Hide: `<col min="10" max="10"
 * hidden="1">`). Then `roll plan.xlsx --out rullert.xlsx`.
 *
 * What happens: the roll writes the table in the product's order with her column after the product's (docs/spec.md
 * §11 as built: «Columns of the user's own … are carried … after the product's columns»): H 2028, I 2029, J 2030,
 * K 2031, …, V «Herav lønn». Her column widths and hidden columns are kept by letter (herView.ts): column J — now
 * 2030, D-001's 2 400 — is hidden, and her «Herav lønn» in V is shown. The roll says nothing of it. Nobody reading
 * the rolled plan sees 2030.
 *
 * What a careful user expects: SPEC §11 «Every other part of the file stays as the user left it»; docs/spec.md §11
 * (as built): what is anchored on the rolled tables is not carried by address when the roll moves it, «kept by
 * address it would describe another measure or year». By hand: the rolled 2030 column (J1 = 2030, J2 = 2 400) is not
 * hidden; her «Herav lønn» (V) hidden, or shown and named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';
import { addOwnColumn, examplePkg, moveColumns } from './herTable';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
const cellOf = (sheet: string, ref: string) =>
  new RegExp(`<c r="${ref}"[^>]*>(?:<is><t>([^<]*)</t></is>|<v>([^<]*)</v>)`).exec(sheet)?.slice(1).join('');

test('her hidden column «Herav lønn» (J) does not hide the rolled 2030 column (J)', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 4: 300, 6: 300, 8: 100, 12: 150 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      '<sheetFormatPr defaultRowHeight="15"/>',
      '<sheetFormatPr defaultRowHeight="15"/><cols><col min="10" max="10" width="11" hidden="1" customWidth="1"/></cols>',
    ),
  );
  expect(cellOf(pkg.text(pkg.sheetPart('Tiltak drift')), 'J1')).toBe('Herav lønn');
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd }))).toBe(0);

  const rolled = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'rullert.xlsx'))));
  const sheet = rolled.text(rolled.sheetPart('Tiltak drift'));
  expect(cellOf(sheet, 'J1')).toBe('2030');
  expect(cellOf(sheet, 'J2')).toBe('2400');
  expect(cellOf(sheet, 'V1')).toBe('Herav lønn');
  const hiddenCols = /<col [^>]*min="(\d+)" max="(\d+)"[^>]*hidden="1"/g;
  const hides = [...sheet.matchAll(hiddenCols)].some((m) => Number(m[1]) <= 10 && Number(m[2]) >= 10);
  expect(hides).toBe(false);
});
