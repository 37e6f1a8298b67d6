/**
 * check of a Sum periode that sums another column than the years (read/periodSumSpan.ts; review r30): the example
 * plan (D-001 in row 2: 600 / 1 200 / 1 800 / 2 400) as she left it in Excel, told once at D-001's Sum periode cell
 * as formula-overwritten, naming the column counted that is not a year, or the year missed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';
import { addOwnColumn, examplePkg, moveColumns, recalculateSums } from '../review/r30/herTable';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

interface Issue {
  readonly code: string;
  readonly cell: string;
  readonly sheet: string;
  readonly message: string;
  readonly measureId?: string;
}

async function spanIssues(pkg: FixturePkg, cwd: string, lang: string): Promise<Issue[]> {
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--format', 'json', '--lang', lang], io);
  const issues = (JSON.parse(io.out()) as { issues: Issue[] }).issues;
  return issues.filter((i) => i.code === 'formula-overwritten');
}

test('«Herav lønn» between 2028 and 2029: one finding at M2 naming «Herav lønn»', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  const issues = await spanIssues(pkg, cwd, 'nb');
  expect(issues.map((i) => [i.sheet, i.cell, i.measureId])).toEqual([['Tiltak drift', 'M2', 'D-001']]);
  expect(issues[0]?.message).toContain('teller også med «Herav lønn» i tillegg til årene');
  expect((await spanIssues(pkg, cwd, 'en'))[0]?.message).toContain('also counts "Herav lønn" besides the years');
  expect((await spanIssues(pkg, cwd, 'nn'))[0]?.message).toContain('tel òg med «Herav lønn» i tillegg til åra');
});

test('2028 dragged after 2030: one finding at L2 saying it does not count 2028', async () => {
  const { pkg, cwd } = await examplePkg();
  moveColumns(pkg, [...LETTERS.slice(0, 8), 'J', 'K', 'I', ...LETTERS.slice(11)]);
  recalculateSums(pkg, 'L', ['H', 'I', 'J']);
  const issues = await spanIssues(pkg, cwd, 'nb');
  expect(issues.map((i) => i.cell)).toEqual(['L2']);
  expect(issues[0]?.message).toContain('teller ikke med 2028');
});

test('the example as written: no such finding', async () => {
  const { pkg, cwd } = await examplePkg();
  expect(await spanIssues(pkg, cwd, 'nb')).toEqual([]);
});

test('a header holding ", " («Lønn, fast») is quoted as one column, beside another', async () => {
  // «Lønn, fast» in V, then Kommentar (U) and V dragged between 2028 (I) and 2029: Sum periode (N) = SUM(H:M).
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Lønn, fast', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'U', 'V', ...LETTERS.slice(9, 20)]);
  recalculateSums(pkg, 'N', ['H', 'I', 'J', 'K', 'L', 'M']);
  const [nb] = await spanIssues(pkg, cwd, 'nb');
  expect(nb?.message).toContain('teller også med «Kommentar» og «Lønn, fast» i tillegg til årene');
  const [en] = await spanIssues(pkg, cwd, 'en');
  expect(en?.message).toContain('also counts "Kommentar" and "Lønn, fast" besides the years');
});

test('a lone header holding ", " is one column, not two', async () => {
  const { pkg, cwd } = await examplePkg();
  addOwnColumn(pkg, 'Lønn, fast', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  const [nb] = await spanIssues(pkg, cwd, 'nb');
  expect(nb?.message).toContain('teller også med «Lønn, fast» i tillegg til årene');
});

test('a sum of runs written before 2028 was dragged after 2030 counts 2029 and 2030 twice: one finding at L2', async () => {
  const { pkg, cwd } = await examplePkg();
  moveColumns(pkg, [...LETTERS.slice(0, 8), 'J', 'K', 'I', ...LETTERS.slice(11)]);
  const runs = 'SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])';
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replaceAll('<f>SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])</f>', `<f>${runs}</f>`),
  );
  const issues = await spanIssues(pkg, cwd, 'nb');
  expect(issues.map((i) => i.cell)).toEqual(['L2']);
  expect(issues[0]?.message).toContain('teller 2029 og 2030 to ganger');
  expect((await spanIssues(pkg, cwd, 'en'))[0]?.message).toContain('counts 2029 and 2030 twice');
  expect((await spanIssues(pkg, cwd, 'nn'))[0]?.message).toContain('tel 2029 og 2030 to gonger');
});
