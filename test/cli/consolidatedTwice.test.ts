/**
 * One plan given twice to a consolidation (`check helse.xlsx helse.xlsx --economy-plan okonomiplan.xlsx`) once
 * told «helse.xlsx har samme Plannavn som helse.xlsx» and left the second out as a plan of a taken name. The
 * user typed the command wrong (most likely meant another plan, whose money would be missing from «Alle
 * planer»): refused as bad usage (exit 2) before anything is read or written, saying the file is given twice.
 * The same file is found as the safe-file checks find it: by path, and through links by device and inode.
 */
import { linkSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { makeKommune } from '../../scripts/make-kommune';
import { testIo, type TestIo } from './testIo';

async function kommune(): Promise<TestIo> {
  const io = testIo();
  await makeKommune(io.cwd);
  return io;
}

describe('check --economy-plan with one plan given twice', () => {
  it.each([
    ['the same name', (_io: TestIo) => 'helse.xlsx', 'helse.xlsx er oppgitt to ganger'],
    ['another spelling of the path', (_io: TestIo) => './helse.xlsx', 'helse.xlsx og ./helse.xlsx er samme fil'],
    [
      'a symbolic link',
      (io: TestIo) => {
        symlinkSync(path.join(io.cwd, 'helse.xlsx'), path.join(io.cwd, 'lenke.xlsx'));
        return 'lenke.xlsx';
      },
      'helse.xlsx og lenke.xlsx er samme fil',
    ],
    [
      'a hard link',
      (io: TestIo) => {
        linkSync(path.join(io.cwd, 'helse.xlsx'), path.join(io.cwd, 'kopi.xlsx'));
        return 'kopi.xlsx';
      },
      'helse.xlsx og kopi.xlsx er samme fil',
    ],
  ])('%s: exit 2, said once, nothing written', async (_name, second, said) => {
    const io = await kommune();
    const other = second(io);
    const before = io.files();
    const argv = ['check', 'helse.xlsx', 'boligsosial.xlsx', other, '--economy-plan', 'okonomiplan.xlsx'];
    expect(await main([...argv, '--write'], io)).toBe(2);
    expect(io.err()).toContain(said);
    expect(io.err()).toContain('Oppgi hver plan én gang');
    expect(io.err()).not.toContain('samme Plannavn');
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(before);
  });

  it.each([
    ['nn', 'helse.xlsx er gitt opp to gonger'],
    ['en', 'helse.xlsx is given twice'],
  ] as const)('%s', async (lang, said) => {
    const io = await kommune();
    const argv = ['check', 'helse.xlsx', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--lang', lang];
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(said);
  });

  it('two different plans are still consolidated (exit 1: the kommune has deliberate errors)', async () => {
    const io = await kommune();
    expect(await main(['check', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'], io)).toBe(1);
    expect(io.err()).toBe('');
  });
});
