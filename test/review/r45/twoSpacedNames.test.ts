/**
 * Review r45, finding 7 (minor). compare takes two files, and both are often named with spaces by Explorer
 * («Tiltaksplan 2027.xlsx», «Tiltaksplan 2028.xlsx»). Typed without quotes, the spaced-name line (cli26) names only
 * the first: she quotes it, runs again, and is then told of the second. By hand: one run names both, each with its
 * quotes, exit 2, nothing read.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

jest.setTimeout(30_000);

test('compare Tiltaksplan 2027.xlsx Tiltaksplan 2028.xlsx: both names told in one run', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  for (const name of ['Tiltaksplan 2027.xlsx', 'Tiltaksplan 2028.xlsx'])
    copyFileSync(path.join(io.cwd, 'plan.xlsx'), path.join(io.cwd, name));
  const t = testIo({ cwd: io.cwd });
  expect(await main(['compare', 'Tiltaksplan', '2027.xlsx', 'Tiltaksplan', '2028.xlsx'], t)).toBe(2);
  expect(t.err()).toContain('"Tiltaksplan 2027.xlsx"');
  expect(t.err()).toContain('"Tiltaksplan 2028.xlsx"');
  expect(t.out()).toBe('');
});
