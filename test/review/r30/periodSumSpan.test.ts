/**
 * Review r30 (high, a wrong figure in her table that check does not tell): the Sum periode column sums the span from
 * the first to the last year column (`SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])`, the product's calculated
 * column, written by new, repair, add and roll). When her table's year columns are not side by side the span counts
 * another column, or misses a year, and `check` says nothing: its totals and Sammendrag (`SUM(B11:E11)`) are right,
 * while the Sum periode column of her table — the figure she reads per measure, and the financing base of an
 * Engangs measure — shows another sum.
 *
 * 1. She adds a column of her own, «Herav lønn» (of which salaries), and drags it between 2028 and 2029 (SPEC §2:
 *    «Column order is free; columns are found by header text. Unknown columns are kept and ignored.»). Excel's
 *    calculated column now sums 2027, 2028, Herav lønn, 2029, 2030: D-001 (600 / 1 200 / 1 800 / 2 400, Herav lønn
 *    500) shows Sum periode 6 500 in M2; by hand 600 + 1 200 + 1 800 + 2 400 = 6 000.
 * 2. She drags the 2028 column after 2030 (2027, 2029, 2030, 2028). The span [2027]:[2030] now covers 2027, 2029,
 *    2030: D-001 shows 600 + 1 800 + 2 400 = 4 800 in L2; by hand 6 000.
 *
 * What a careful user expects (SPEC §4: Sum periode is «calculated column `=SUM(<year columns>)`»; §8
 * `formula-overwritten` warns when that column no longer holds the product's sum): a finding on the Sum periode
 * column (its header or D-001's cell) saying it does not sum the year columns — or a formula that sums them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import type { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';
import { addOwnColumn, examplePkg, moveColumns, recalculateSums } from './herTable';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

interface Issue {
  readonly code: string;
  readonly cell: string;
  readonly sheet: string;
}

/** check --format json of the plan as she left it: its issues, and the Sum periode cell of D-001 as Excel shows it. */
async function checked(pkg: FixturePkg, cwd: string): Promise<Issue[]> {
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], io);
  return (JSON.parse(io.out()) as { issues: Issue[] }).issues;
}

const sumCell = (pkg: FixturePkg, cell: string) =>
  new RegExp(`<c r="${cell}"[^>]*><f>([^<]*)</f><v>([^<]*)</v>`).exec(pkg.text(pkg.sheetPart('Tiltak drift')));

test('her column «Herav lønn» between 2028 and 2029: check names Sum periode (M2 shows 6 500, not 6 000)', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500, 4: 300, 6: 300, 8: 100, 12: 150 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  expect(sumCell(pkg, 'M2')?.slice(1)).toEqual(['SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])', '6500']);

  const issues = await checked(pkg, cwd);
  expect(issues.filter((i) => i.sheet === 'Tiltak drift' && /^M[12]$/.test(i.cell))).not.toEqual([]);
});

test('the 2028 column dragged after 2030: check names Sum periode (L2 shows 4 800, not 6 000)', async () => {
  const { pkg, cwd } = await examplePkg();
  moveColumns(pkg, [...LETTERS.slice(0, 8), 'J', 'K', 'I', ...LETTERS.slice(11)]);
  recalculateSums(pkg, 'L', ['H', 'I', 'J']);
  expect(sumCell(pkg, 'L2')?.slice(1)).toEqual(['SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])', '4800']);

  const issues = await checked(pkg, cwd);
  expect(issues.filter((i) => i.sheet === 'Tiltak drift' && /^L[12]$/.test(i.cell))).not.toEqual([]);
});
