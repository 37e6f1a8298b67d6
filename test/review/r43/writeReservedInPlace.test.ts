/**
 * Review r43 — severity high (a file overwritten that its owner guarded). The plan's owner saved it with «Passord for
 * endring» (Excel: Lagre som → Verktøy → Generelle alternativer → Passord for endring), which Excel writes as
 * `<fileSharing userName=… algorithmName=… hashValue=… saltValue=… spinCount=…/>` (or `reservationPassword=` in
 * older saves) in workbook.xml. Excel opens such a file read-only for anyone without that password: she may save a
 * copy under another name, never over it. Today `check --write --in-place` replaces the file with Sammendrag and
 * Avstemming written into it, the guard passed by.
 *
 * By hand: `check --write --in-place` exits 2, the file is byte for byte as before, and one line names the file, says
 * it has a password to modify (nb «passord for endring», nn «passord for endring», en «password to modify») and to use
 * --write without --in-place (a copy). `check --write` (a new copy, Excel's Lagre som) still writes the copy, which
 * keeps the `<fileSharing>` element as the owner set it. A workbook with only readOnlyRecommended (Excel's «Anbefal
 * skrivebeskyttet», a question on opening, no password) is written in place as before and keeps the mark.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../../src/cli/main';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const RESERVED =
  '<fileSharing userName="Budsjettkontoret" algorithmName="SHA-512" hashValue="q3JkZmFrZQ==" ' +
  'saltValue="c2FsdA==" spinCount="100000"/>';
const OLD_RESERVED = '<fileSharing reservationPassword="CBEB"/>';
const RECOMMENDED = '<fileSharing readOnlyRecommended="1"/>';

async function planWith(fileSharing: string) {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  // CT_Workbook: fileVersion?, fileSharing?, workbookPr?, … bookViews
  pkg.edit('xl/workbook.xml', (x) => x.replace('<bookViews>', `${fileSharing}<bookViews>`));
  writeFileSync(file, pkg.bytes());
  return { cwd: io.cwd, file, before: readFileSync(file) };
}

const said = {
  nb: /^plan\.xlsx: .*passord for endring.*--write uten --in-place/,
  nn: /^plan\.xlsx: .*passord for endring.*--write utan --in-place/,
  en: /^plan\.xlsx: .*password to modify.*--write without --in-place/,
} as const;

const workbookXml = (file: string) =>
  strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['xl/workbook.xml'] ?? new Uint8Array());

test.each(['nb', 'nn', 'en'] as const)('%s: --in-place does not write over a password to modify', async (lang) => {
  for (const guard of [RESERVED, OLD_RESERVED]) {
    const { cwd, file, before } = await planWith(guard);
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place', '--lang', lang], io)).toBe(2);
    expect(io.err()).toMatch(said[lang]);
    expect(readFileSync(file)).toEqual(before);
  }
});

test('check --write makes the copy, which keeps the password to modify', async () => {
  const { cwd } = await planWith(RESERVED);
  const io = testIo({ cwd });
  await main(['check', 'plan.xlsx', '--write'], io);
  const copy = path.join(cwd, 'plan-kontrollert.xlsx');
  expect(existsSync(copy)).toBe(true);
  expect(workbookXml(copy)).toContain(RESERVED);
});

test('readOnlyRecommended alone is no guard: written in place, the mark kept', async () => {
  const { cwd, file, before } = await planWith(RECOMMENDED);
  await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd }));
  expect(readFileSync(file)).not.toEqual(before);
  expect(workbookXml(file)).toContain(RECOMMENDED);
});

test('the economy plan with a password to modify: check --economy-plan --write --in-place writes neither file', async () => {
  const { cwd, file, before } = await planWith('');
  const io = testIo({ cwd });
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const op = path.join(cwd, 'op.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(op)));
  pkg.edit('xl/workbook.xml', (x) => x.replace('<bookViews>', `${OLD_RESERVED}<bookViews>`));
  writeFileSync(op, pkg.bytes());
  const opBefore = readFileSync(op);
  const run = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--write', '--in-place'], run)).toBe(2);
  expect(run.err()).toMatch(/^op\.xlsx: .*passord for endring/m);
  expect(readFileSync(op)).toEqual(opBefore);
  expect(readFileSync(file)).toEqual(before);
});
