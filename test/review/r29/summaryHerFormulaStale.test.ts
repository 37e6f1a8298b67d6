/**
 * Review r29 (high, file path): a formula of hers beside Sammendrag's rows that reads the product's figures keeps the
 * result it had before check --write, and Excel is not asked to recalculate: on opening, her cell shows a figure the
 * sheet beside it no longer has. keptCells.ts/cellBlock.ts put her cell back byte for byte (its old <v>) and the
 * block is written «without recalculation on open» (calcPr has no fullCalcOnLoad).
 *
 * By hand (example plan, 1000 kr, after one check --write): Sammendrag B11 (Drift per seksjon, Samfunn og tjenester,
 * 2027) = 600 + 300 + 350 + 400 = 1 650. She types L11 `=B11+1` (shows 1 651). She changes D-001's 2027 (Tiltak
 * drift H2) from 600 to 700; check --write writes B11 = 1 750. Her L11 must then show 1 751: stored so, or Excel
 * asked to recalculate on open (fullCalcOnLoad="1"). It stays 1 651 with no recalculation asked.
 *
 * Why wrong: SPEC §11/§0 — a wrong figure is worse than none; docs/spec.md (as built) asks Excel to recalculate on
 * open after a write that leaves a user's formula stale (editCells.ts needsRecalc), but not here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const cellXml = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0] ?? '';

test('her =B11+1 in Sammendrag L11 shows 1 751 after B11 went from 1 650 to 1 750', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  const summary = pkg.sheetPart('Sammendrag');
  expect(cellXml(pkg.text(summary), 'B11')).toContain('<v>1650</v>');
  pkg.edit(summary, (x) =>
    x.replace(/(<row r="11"[^>]*>.*?)<\/row>/, '$1<c r="L11"><f>B11+1</f><v>1651</v></c></row>'),
  );
  const drift = pkg.sheetPart('Tiltak drift');
  expect(cellXml(pkg.text(drift), 'H2')).toContain('<v>600</v>');
  pkg.edit(drift, (x) => x.replace(/(<c r="H2"[^>]*>)<v>600<\/v>/, '$1<v>700</v>'));
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], testIo({ cwd: io.cwd }));
  const out = path.join(io.cwd, 'ut.xlsx');
  expect(existsSync(out)).toBe(true);
  const done = new FixturePkg(new Uint8Array(readFileSync(out)));
  const sheet = done.text(done.sheetPart('Sammendrag'));
  expect(cellXml(sheet, 'B11')).toContain('<v>1750</v>');
  const recalculates = /<calcPr[^>]*fullCalcOnLoad="(?:1|true)"/.test(done.text('xl/workbook.xml'));
  expect(recalculates || cellXml(sheet, 'L11').includes('<v>1751</v>')).toBe(true);
});

/*
 * The same after a roll (2027–2030 → 2028–2031): Organisasjon's Sum periode (Sammendrag F12) was 470 + 350 + 350 +
 * 350 = 1 520 and becomes 350 + 350 + 350 + 350 (2031 carried at its full-year effect 350) = 1 400. Her L12
 * `=F12+1` (1 521) must show 1 401 after the roll, stored so or recalculated on open; it stays 1 521.
 */
test('roll: her =F12+1 in Sammendrag L12 shows 1 401 after F12 went from 1 520 to 1 400', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  const summary = pkg.sheetPart('Sammendrag');
  expect(cellXml(pkg.text(summary), 'F12')).toContain('<v>1520</v>');
  pkg.edit(summary, (x) =>
    x.replace(/(<row r="12"[^>]*>.*?)<\/row>/, '$1<c r="L12"><f>F12+1</f><v>1521</v></c></row>'),
  );
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  await main(['roll', 'plan.xlsx', '--out', 'ny.xlsx'], testIo({ cwd: io.cwd }));
  const out = path.join(io.cwd, 'ny.xlsx');
  expect(existsSync(out)).toBe(true);
  const done = new FixturePkg(new Uint8Array(readFileSync(out)));
  const sheet = done.text(done.sheetPart('Sammendrag'));
  expect(cellXml(sheet, 'F12')).toContain('<v>1400</v>');
  const recalculates = /<calcPr[^>]*fullCalcOnLoad="(?:1|true)"/.test(done.text('xl/workbook.xml'));
  expect(recalculates || cellXml(sheet, 'L12').includes('<v>1401</v>')).toBe(true);
});
