/**
 * A folder the user may not create files in, though the system's access check let it through (an ACL or a network
 * share deciding at the create; root, as these tests may run, is not stopped by permission bits): the write fails
 * when the temporary file beside the target is made (fs.open … 'wx' answers EACCES or EPERM). The message must name
 * her path and the folder reason in her language (as checkFolder's refusal does), never the hidden temporary file,
 * and nothing may be left in the folder.
 *
 * Reproduce (as a non-root user on a share that refuses creates): tiltaksplan new ro/ut.xlsx --example.
 */
import { copyFileSync, mkdirSync, promises as fsp, readdirSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

afterEach(() => jest.restoreAllMocks());

/** Every file created in `dir` is refused with `code`, as the system would for a folder she may not write in. */
function refuseCreatesIn(dir: string, code: string): void {
  const open = fsp.open.bind(fsp);
  jest
    .spyOn(fsp, 'open')
    .mockImplementation(((p: string, flags?: string, mode?: number) =>
      path.dirname(path.resolve(String(p))) === dir && flags === 'wx'
        ? Promise.reject(Object.assign(new Error(code), { code }))
        : open(p, flags, mode)) as typeof fsp.open);
}

describe('a folder that refuses new files at the create', () => {
  test.each([
    ['nb', 'EACCES', 'ro/ut.xlsx: kunne ikke skrives: mangler tillatelse til å lage filer i mappen\n'],
    ['nn', 'EPERM', 'ro/ut.xlsx: kunne ikkje skrivast: manglar løyve til å lage filer i mappa\n'],
    ['en', 'EACCES', 'ro/ut.xlsx: could not be written: no permission to create files in the folder\n'],
  ])('%s (%s): check --write --out names her path and the folder, nothing left', async (lang, code, said) => {
    const io = testIo();
    copyFileSync(FIXTURE, path.join(io.cwd, 'plan.xlsx'));
    mkdirSync(path.join(io.cwd, 'ro'));
    refuseCreatesIn(path.join(io.cwd, 'ro'), code);
    const exit = await main(['check', 'plan.xlsx', '--write', '--out', 'ro/ut.xlsx', '--lang', lang], io);
    expect(exit).toBe(2);
    expect(io.err()).toBe(said);
    expect(readdirSync(path.join(io.cwd, 'ro'))).toEqual([]);
  });

  test('new --example into it: the same line, nothing left', async () => {
    const io = testIo();
    mkdirSync(path.join(io.cwd, 'ro'));
    refuseCreatesIn(path.join(io.cwd, 'ro'), 'EACCES');
    expect(await main(['new', 'ro/ut.xlsx', '--example'], io)).toBe(2);
    expect(io.err()).toBe('ro/ut.xlsx: kunne ikke skrives: mangler tillatelse til å lage filer i mappen\n');
    expect(readdirSync(path.join(io.cwd, 'ro'))).toEqual([]);
  });
});
