/**
 * The note that a workbook open in Excel is read as last saved is said once a run (cli26), however many times the
 * line names the workbook: `check plan.xlsx plan.xlsx`, or `check plan.xlsx --economy-plan plan.xlsx` (a plan that
 * holds its own economy plan), printed it once per reading.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

async function openPlan(): Promise<TestIo> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  writeFileSync(path.join(io.cwd, '~$plan.xlsx'), Buffer.from('\u0005Kari \u0000', 'latin1'));
  return testIo({ cwd: io.cwd });
}

const notes = (err: string): string[] => err.split('\n').filter((l) => l.includes('er åpen i Excel'));

it.each([
  [['check', 'plan.xlsx', 'plan.xlsx']],
  [['check', 'plan.xlsx', '--economy-plan', 'plan.xlsx']],
  [['check', 'plan.xlsx', './plan.xlsx', '--format', 'json']],
])('%j: the note once', async (argv) => {
  const io = await openPlan();
  expect(await main(argv, io)).toBe(1); // the example's deliberate differences
  expect(notes(io.err())).toEqual([
    'plan.xlsx: er åpen i Excel (~$plan.xlsx finnes), så det som sist ble lagret, leses. ' +
      'Har du endret noe i Excel siden, lagre og kjør kommandoen på nytt.',
  ]);
});

it('a second run says it again', async () => {
  const io = await openPlan();
  expect(await main(['check', 'plan.xlsx'], io)).toBe(1);
  expect(await main(['check', 'plan.xlsx'], io)).toBe(1);
  expect(notes(io.err())).toHaveLength(2);
});
