/**
 * Review r30 (medium, roll, her state damaged): the rows she grouped (Data › Group, an outline) stay on their row
 * numbers while the roll moves the measures up, so after the roll the group holds other rows than she grouped.
 *
 * What she does: in the example's tblTiltakDrift she groups the section «Organisasjon», rows 7–12 (D-006, D-007,
 * D-008, D-009, D-010, D-011), to fold it away when she presents «Samfunn og tjenester». Then `roll plan.xlsx --out
 * rullert.xlsx`.
 *
 * What happens: the finished Engangs measures D-002 (row 3) and D-009 (row 10) leave the table and the rows below
 * move up: Organisasjon is rows 6–10 (D-006, D-007, D-008, D-010, D-011). The outline stays on rows 7–12: D-006 is
 * out of the group, and the two empty rows 11–12 under the table are in it; folding the group now hides D-007 … D-011
 * and leaves D-006 standing under Samfunn og tjenester. The roll says nothing of it. (Folded before the roll, the rows
 * are shown again and named — hidden.ts — but the group and its collapsed mark on row 13 stay by number too.)
 *
 * What a careful user expects: docs/spec.md §11 (as built) — what is anchored on the rolled tables' rows «is not
 * carried: the roll moves rows (a finished measure leaves, the rows below move up) … kept by address it would
 * describe another measure or year; the roll names what went», as it does for her hidden rows. By hand: the group on
 * rows 6–10 (the measures she grouped that stay), or no group left on the table's rows (and the roll naming it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';
import { examplePkg } from './herTable';

test('the group she made over Organisasjon (rows 7–12) holds its measures after the roll: rows 6–10, or none', async () => {
  const { pkg, cwd } = await examplePkg();
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    [7, 8, 9, 10, 11, 12]
      .reduce((s, r) => s.replace(`<row r="${r}">`, `<row r="${r}" outlineLevel="1">`), x)
      .replace('<sheetFormatPr defaultRowHeight="15"/>', '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="1"/>'),
  );
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], testIo({ cwd }))).toBe(0);

  const rolled = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'rullert.xlsx'))));
  const sheet = rolled.text(rolled.sheetPart('Tiltak drift'));
  const idOf = (r: number) => new RegExp(`<c r="A${r}"[^>]*><is><t>([^<]*)</t>`).exec(sheet)?.[1];
  expect([6, 7, 8, 9, 10].map(idOf)).toEqual(['D-006', 'D-007', 'D-008', 'D-010', 'D-011']);
  const grouped = [...sheet.matchAll(/<row r="(\d+)"[^>]*outlineLevel="1"/g)].map((m) => Number(m[1]));
  expect([[6, 7, 8, 9, 10], []]).toContainEqual(grouped);
});
