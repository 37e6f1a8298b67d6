/**
 * Her column outline (Data › Group on columns: `outlineLevel` on the grouped <col>s, and when she folds the group,
 * `hidden` on them and `collapsed` on the <col> after the group) on a measure table the roll writes anew. Each
 * column's <col> goes with its column (columnLooks.ts), so a folded group whose columns move together with the
 * column after them stays folded over the same columns; one whose columns and the column after them part (her
 * column goes after the product's, a year column takes the look of the year in its place) goes — outline, fold
 * and collapsed mark — its columns shown, and the roll names it (docs/spec.md §11 as built).
 *
 * By hand, from `new --example --start 2027`: tblTiltakDrift A1:U12, widths A 8, B 24, C 9, D 8, E 44, F 9, G 16,
 * H–K (2027–2030) 11, L (Sum periode) 12, M 13, N 11, O 11, P 12, Q 11, R 24, S 26, T 13, U (Kommentar) 30. Her
 * «Herav lønn» dragged to J (width 17): K 2029, L 2030, M Sum periode … V Kommentar; the roll writes it at V.
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
/** Each <col>'s width and hidden mark: '10-10:17h'. */
const looks = (sheet: string) =>
  [...colsOf(sheet).matchAll(/<col min="(\d+)" max="(\d+)"([^>]*)\/>/g)].map((m) => {
    const width = /width="([\d.]+)"/.exec(m[3] ?? '')?.[1];
    return `${m[1]}-${m[2]}:${width}${/hidden="1"/.test(m[3] ?? '') ? 'h' : ''}`;
  });
/** The outline of each <col> that has one: '14:1h' (level 1, hidden), '16:c' (collapsed mark). */
const outline = (sheet: string) =>
  [...colsOf(sheet).matchAll(/<col min="(\d+)" max="\d+"([^>]*)\/>/g)].flatMap((m) => {
    const a = m[2] ?? '';
    const level = /outlineLevel="(\d)"/.exec(a)?.[1] ?? '';
    const mark = `${level}${/hidden="1"/.test(a) ? 'h' : ''}${/collapsed="1"/.test(a) ? 'c' : ''}`;
    return level === '' && !mark.includes('c') ? [] : [`${m[1]}:${mark}`];
  });
const plainCols = (widths: readonly number[]) => widths.map((w, i) => `${i + 1}-${i + 1}:${w}`);

/** «Herav lønn» dragged to J, with the widths moved as Excel keeps them; `attrs` adds to the <col> of a column. */
async function herColumnAtJ(attrs: Record<number, string>): Promise<{ pkg: FixturePkg; cwd: string }> {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 4: 300 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  const moved = [...WIDTHS.slice(0, 9), 17, ...WIDTHS.slice(9)];
  const cols = moved
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}"${attrs[i + 1] ?? ''} customWidth="1"/>`)
    .join('');
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      '<sheetFormatPr defaultRowHeight="15"/>',
      `<sheetFormatPr defaultRowHeight="15" outlineLevelCol="1"/><cols>${cols}</cols>`,
    ),
  );
  return { pkg, cwd };
}

async function roll(pkg: FixturePkg, cwd: string): Promise<{ sheet: string; out: string }> {
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], io)).toBe(0);
  const rolled = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, 'rullert.xlsx'))));
  return { sheet: rolled.text(rolled.sheetPart('Tiltak drift')), out: io.out() };
}

test('her folded «Herav lønn» (J, collapsed mark on K) parts from the column after it: the group goes, named', async () => {
  const { pkg, cwd } = await herColumnAtJ({ 10: ' hidden="1" outlineLevel="1"', 11: ' collapsed="1"' });
  const { sheet, out } = await roll(pkg, cwd);
  // V «Herav lønn» 17, shown, in no group; J (2030, the third year, whose look was K's) without the collapsed mark.
  expect(looks(sheet)).toEqual([...plainCols(WIDTHS), '22-22:17']);
  expect(outline(sheet)).toEqual([]);
  expect(out).toContain('grupperingen (disposisjonen) du ga kolonnen J på arket «Tiltak drift»');
  const en = droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnGroups', where: ['J'] }, 'en');
  expect(en).toContain('the grouping (outline) you gave column J on the sheet "Tiltak drift"');
  const nn = droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnGroups', where: ['H', 'I'] }, 'nn');
  expect(nn).toContain('grupperinga (disposisjonen) du gav kolonnane H og I på arket «Tiltak drift»');
});

test('a folded group over O–P (Annen finansiering, Nye midler) moves with the column after it and stays folded', async () => {
  // O, P (old N, O) folded, Q (old P) marked collapsed: the roll writes them at N, O with the mark on P.
  const { pkg, cwd } = await herColumnAtJ({
    15: ' hidden="1" outlineLevel="1"',
    16: ' hidden="1" outlineLevel="1"',
    17: ' collapsed="1"',
  });
  const { sheet, out } = await roll(pkg, cwd);
  expect(outline(sheet)).toEqual(['14:1h', '15:1h', '16:c']);
  expect(looks(sheet)).toEqual([
    ...plainCols(WIDTHS.slice(0, 13)),
    '14-14:11h',
    '15-15:11h',
    ...plainCols(WIDTHS).slice(15),
    '22-22:17',
  ]);
  expect(out).not.toContain('grupperingen (disposisjonen)');
});

test('no column moves: a folded group over the years H–I is shown (another year now) and goes, named', async () => {
  const { pkg, cwd } = await examplePkg();
  const cols = WIDTHS.map((w, i) => {
    const extra = i === 7 || i === 8 ? ' hidden="1" outlineLevel="1"' : i === 9 ? ' collapsed="1"' : '';
    return `<col min="${i + 1}" max="${i + 1}" width="${w}"${extra} customWidth="1"/>`;
  }).join('');
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x
      .replace(/<cols>.*?<\/cols>/, `<cols>${cols}</cols>`)
      .replace('<sheetFormatPr defaultRowHeight="15"/>', '<sheetFormatPr defaultRowHeight="15" outlineLevelCol="1"/>'),
  );
  const { sheet, out } = await roll(pkg, cwd);
  expect(looks(sheet)).toEqual(plainCols(WIDTHS));
  expect(outline(sheet)).toEqual([]);
  expect(out).toContain('grupperingen (disposisjonen) du ga kolonnene H og I på arket «Tiltak drift»');
});
