/**
 * Found reviewing 73e2ea9 (Status and Kommentar written value by value "like her own columns'"), older than it
 * (94c011e does the same): a formula she typed in Kommentar — a link into the case archive,
 * =HYPERLINK("https://sak/123","Sak 123") in Avstemming!P2 — is replaced by the value it showed («Sak 123»), the
 * link gone, and nothing is said. In a column of her own the same formula is carried as its value and named
 * («Avstemming!Q2 (=…)», docs/spec.md: the run names each such cell with its formula); Kommentar, the column the
 * product gives her to type in, loses it silently. Expected: the formula kept, or named as in her own column.
 *
 * By hand: `new --example --start 2027` and a first `check --write`; P2 (Kommentar of D-001 2027) given the formula;
 * a second `check --write` (no item moves).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { testIo } from './testIo';

const P = 15; // Kommentar
const LINK = '=HYPERLINK("https://sak/123","Sak 123")';

it('keeps or names a formula she typed in Kommentar', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const link = { formula: LINK, value: 'Sak 123' };
  await wb.apply([{ kind: 'setCells', sheet: 'Avstemming', origin: 'P2', values: [[link]] }]);
  writeFileSync(file, await wb.toBuffer());

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(1);
  const sheet = (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find(
    (s) => s.sheet === 'Avstemming',
  );
  const kept = sheet?.formulas?.[1]?.[P] === LINK;
  const named = `${second.out()}${second.err()}`.includes('Avstemming!P2');
  expect({ kept, named }).not.toEqual({ kept: false, named: false });
});
