/**
 * Her column looks (<col>: width, hidden) on a measure table the roll writes anew in the product's order, her columns
 * after the product's (docs/spec.md §11 as built): each goes with the column it belonged to; a year column keeps the
 * look of the year column in its place, without a hidden mark (that would hide another year now: shown and named);
 * when no column moves, <cols> stays byte for byte.
 *
 * By hand, from `new --example --start 2027`: tblTiltakDrift A1:U12, widths A 8, B 24, C 9, D 8, E 44, F 9, G 16,
 * H–K (2027–2030) 11, L (Sum periode) 12, M 13, N 11, O 11, P 12, Q 11, R 24, S 26, T 13, U (Kommentar) 30.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { droppedExtraLine } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { addOwnColumn, examplePkg, moveColumns } from '../review/r30/herTable';
import { testIo } from './testIo';

const WIDTHS = [8, 24, 9, 8, 44, 9, 16, 11, 11, 11, 11, 12, 13, 11, 11, 12, 11, 24, 26, 13, 30];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
const colsOf = (sheet: string) => /<cols>.*?<\/cols>/.exec(sheet)?.[0] ?? '';
/** Each column's width and hidden mark, from <cols>: 'A:8', 'J:17h'. */
const looks = (sheet: string) =>
  [...colsOf(sheet).matchAll(/<col min="(\d+)" max="(\d+)"([^>]*)\/>/g)].map((m) => {
    const width = /width="([\d.]+)"/.exec(m[3] ?? '')?.[1];
    return `${m[1]}-${m[2]}:${width}${/hidden="1"/.test(m[3] ?? '') ? 'h' : ''}`;
  });
const plainCols = (widths: readonly number[], hidden: readonly number[] = [], own = new Map<number, string>()) =>
  widths.map((w, i) => own.get(i + 1) ?? `${i + 1}-${i + 1}:${w}${hidden.includes(i + 1) ? 'h' : ''}`);

async function roll(pkg: FixturePkg, cwd: string): Promise<{ sheet: string; out: string }> {
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], io)).toBe(0);
  const rolled = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'rullert.xlsx'))));
  return { sheet: rolled.text(rolled.sheetPart('Tiltak drift')), out: io.out() };
}

const hiddenYears = (where: string) =>
  droppedExtraLine({ sheet: 'Tiltak drift', extra: 'hiddenColumns', where: [where] }, 'nb');

test('no column moves: her widths and the column she hid stay byte for byte', async () => {
  const { pkg, cwd } = await examplePkg();
  const part = pkg.sheetPart('Tiltak drift');
  pkg.edit(part, (x) =>
    x
      .replace('<col min="5" max="5" width="44" customWidth="1"/>', '<col min="5" max="5" width="60" customWidth="1"/>')
      .replace(
        '<col min="18" max="18" width="24" customWidth="1"/>',
        '<col min="18" max="18" width="24" hidden="1" customWidth="1"/>',
      ),
  );
  const before = colsOf(pkg.text(part));
  expect(looks(before)).toEqual(plainCols([...WIDTHS.slice(0, 4), 60, ...WIDTHS.slice(5)], [18]));
  const { sheet, out } = await roll(pkg, cwd);
  expect(colsOf(sheet)).toBe(before);
  expect(out).not.toContain(hiddenYears('H'));
});

test('no column moves: the year column she hid (H, 2027) is shown, now 2028, and named', async () => {
  const { pkg, cwd } = await examplePkg();
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      '<col min="8" max="8" width="11" customWidth="1"/>',
      '<col min="8" max="8" width="11" hidden="1" customWidth="1"/>',
    ),
  );
  const { sheet, out } = await roll(pkg, cwd);
  expect(looks(sheet)).toEqual(plainCols(WIDTHS));
  expect(out).toContain(hiddenYears('H'));
  for (const lang of ['nn', 'en'] as const)
    expect(droppedExtraLine({ sheet: 'S', extra: 'hiddenColumns', where: ['H'] }, lang)).toContain('H');
});

test('her hidden «Herav lønn» dragged to J goes with its column to V; the columns after it take their own widths', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 4: 300 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  // As Excel keeps them: each width moved with its column, hers (17, hidden) on J, 2029 on K … Kommentar on V.
  const moved = [...WIDTHS.slice(0, 9), 17, ...WIDTHS.slice(9)];
  const cols = moved
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"${i === 9 ? ' hidden="1"' : ''} customWidth="1"/>`)
    .join('');
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace('<sheetFormatPr defaultRowHeight="15"/>', `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>`),
  );
  const { sheet, out } = await roll(pkg, cwd);
  // H 2028, I 2029, J 2030, K 2031 (11 each), L Sum periode 12 … U Kommentar 30; V «Herav lønn» 17, hidden.
  expect(looks(sheet)).toEqual([...plainCols(WIDTHS), '22-22:17h']);
  expect(out).not.toContain(hiddenYears('H'));
});

test('her column hid where the product had none: the rolled 2030 column takes the product width, hers keeps hers', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      '<sheetFormatPr defaultRowHeight="15"/>',
      '<sheetFormatPr defaultRowHeight="15"/><cols><col min="10" max="10" width="17" hidden="1" customWidth="1"/></cols>',
    ),
  );
  const { sheet } = await roll(pkg, cwd);
  // The product sizes its columns where she did not (A 8 … U 30): J (2030) 11 as every year; V hers.
  expect(looks(sheet)).toEqual([...plainCols(WIDTHS), '22-22:17h']);
});

test('a look on her whole column goes with it, unnamed; one on a year column stays in its place and is named', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  // Her «Herav lønn» (J) and 2029 (K) given the header's look (style 1) as whole columns.
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      '<sheetFormatPr defaultRowHeight="15"/>',
      '<sheetFormatPr defaultRowHeight="15"/><cols><col min="10" max="11" width="15" style="1" customWidth="1"/></cols>',
    ),
  );
  const { sheet, out } = await roll(pkg, cwd);
  // J (2030, the third year, as K was) keeps the third year column's look; V, her column, hers.
  expect(/<col min="10" max="10"[^>]*>/.exec(sheet)?.[0]).toContain('style="1"');
  expect(/<col min="22" max="22"[^>]*>/.exec(sheet)?.[0]).toContain('style="1"');
  const lines = out.split('\n');
  expect(lines).toContain(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnFormats', where: ['K'] }, 'nb'));
  expect(lines.filter((l) => l.includes('hele kolonne'))).toHaveLength(1);
});
