/**
 * writeWhole: whole or not at all, never over what it was not told to replace, and every failure a
 * FileSystemError naming the user's path. Failures the machine cannot produce on demand (a full disk, a
 * read-only file system) are injected at the one system call that meets them.
 */
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  promises as fsp,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  assertWritable,
  removeStaleTemps,
  tempNameFor,
  toFileSystemError,
  writeWhole,
} from '../../src/workbook/safeWrite';
import { failure } from './fsFailure';

const IS_ROOT = process.getuid?.() === 0;

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-write-'));

afterEach(() => jest.restoreAllMocks());

describe('writeWhole', () => {
  it("'new' writes a file and refuses anything already at the name, a dangling symlink included", async () => {
    const dir = scratch();
    await writeWhole(path.join(dir, 'a.txt'), 'one', 'new');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('one');
    expect((await failure(writeWhole(path.join(dir, 'a.txt'), 'two', 'new', 'a.txt'))).reason).toBe('exists');
    symlinkSync('nowhere', path.join(dir, 'b.txt'));
    expect((await failure(writeWhole(path.join(dir, 'b.txt'), 'x', 'new'))).reason).toBe('exists');
    expect(readlinkSync(path.join(dir, 'b.txt'))).toBe('nowhere');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it("'new' never replaces a file that appears between the check and the write", async () => {
    const dir = scratch();
    const file = path.join(dir, 'a.txt');
    const link = fsp.link.bind(fsp);
    jest.spyOn(fsp, 'link').mockImplementation(async (from, to) => {
      writeFileSync(file, 'theirs');
      return link(from, to);
    });
    expect((await failure(writeWhole(file, 'ours', 'new'))).reason).toBe('exists');
    expect(readFileSync(file, 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it("'new' on a file system without hard links falls back to a checked rename", async () => {
    const dir = scratch();
    jest.spyOn(fsp, 'link').mockRejectedValue(Object.assign(new Error('no links'), { code: 'EPERM' }));
    await writeWhole(path.join(dir, 'a.txt'), 'one', 'new');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('one');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it("'replace' keeps the mode and writes a symlink's target", async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'real.txt'), 'old');
    chmodSync(path.join(dir, 'real.txt'), 0o640);
    symlinkSync('real.txt', path.join(dir, 'link.txt'));
    await writeWhole(path.join(dir, 'link.txt'), 'new', 'replace');
    expect(readFileSync(path.join(dir, 'real.txt'), 'utf8')).toBe('new');
    expect(statSync(path.join(dir, 'real.txt')).mode & 0o777).toBe(0o640);
    expect(lstatSync(path.join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
  });

  it('flushes the temporary file before it takes the name, and the folder after', async () => {
    const dir = scratch();
    const calls: string[] = [];
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = () => (calls.push(`sync ${path.basename(String(args[0]))}`), sync());
      return handle;
    });
    const rename = fsp.rename.bind(fsp);
    jest.spyOn(fsp, 'rename').mockImplementation((a, b) => (calls.push('rename'), rename(a, b)));
    writeFileSync(path.join(dir, 'a.txt'), 'old');
    await writeWhole(path.join(dir, 'a.txt'), 'new', 'replace');
    expect(calls).toEqual([
      expect.stringMatching(/^sync \.a\.txt\.tiltaksplan-.*\.tmp$/),
      'rename',
      `sync ${path.basename(dir)}`,
    ]);
  });

  it.each([
    ['a missing file', (_f: string) => undefined, 'missing'],
    ['a read-only file', (f: string) => (writeFileSync(f, 'old'), chmodSync(f, 0o444)), 'read-only'],
    ['a hard-linked file', (f: string) => (writeFileSync(f, 'old'), linkSync(f, `${f}.2`)), 'hard-linked'],
    ['a folder', (f: string) => void mkdirSync(f), 'is-folder'],
  ])("'replace' refuses %s", async (_name, make, reason) => {
    const dir = scratch();
    const file = path.join(dir, 'x');
    make(file);
    expect((await failure(writeWhole(file, 'new', 'replace', 'x'))).reason).toBe(reason);
  });

  it('keeps the owner of a file it replaces (root only: nobody else may give a file away)', async () => {
    const dir = scratch();
    const file = path.join(dir, 'theirs.txt');
    writeFileSync(file, 'old');
    if (!IS_ROOT) return expect(statSync(file).uid).toBe(process.getuid?.());
    chownSync(file, 4321, 4321);
    await writeWhole(file, 'new', 'replace');
    expect(statSync(file)).toMatchObject({ uid: 4321, gid: 4321 });
  });

  it("'replace' judges before writing that the owner can be kept: another user's file is refused, untouched", async () => {
    const dir = scratch();
    const file = path.join(dir, 'theirs.txt');
    writeFileSync(file, 'old');
    // This process as an ordinary user who does not own the file (root may give files away; nobody else).
    jest.spyOn(process, 'geteuid').mockReturnValue(statSync(file).uid + 1);
    expect((await failure(assertWritable(file, 'replace', 'theirs.txt'))).reason).toBe('owner');
    expect((await failure(writeWhole(file, 'new', 'replace'))).reason).toBe('owner');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['theirs.txt']);
  });

  it("'replace' refuses a file of a group the user is not in, and takes one of the user's groups", async () => {
    const dir = scratch();
    const file = path.join(dir, 'x.txt');
    writeFileSync(file, 'old');
    const { uid, gid } = statSync(file);
    jest.spyOn(process, 'geteuid').mockReturnValue(uid === 0 ? 4321 : uid);
    if (uid === 0) chownSync(file, 4321, gid); // root runs this as the user 4321 who owns the file
    jest.spyOn(process, 'getegid').mockReturnValue(gid + 1);
    jest.spyOn(process, 'getgroups').mockReturnValue([gid + 1]);
    expect((await failure(assertWritable(file, 'replace'))).reason).toBe('owner');
    jest.spyOn(process, 'getgroups').mockReturnValue([gid + 1, gid]);
    await expect(assertWritable(file, 'replace')).resolves.toBeUndefined();
  });

  it('a folder that takes no new files is told apart from a file without permission', async () => {
    const dir = scratch();
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, 'old');
    const access = fsp.access.bind(fsp);
    // The system's answer for a folder without write permission (root is not stopped by the mode bits).
    jest
      .spyOn(fsp, 'access')
      .mockImplementation((p, mode) =>
        p === dir ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : access(p, mode),
      );
    for (const [target, mode] of [
      [file, 'replace'],
      [path.join(dir, 'ny.xlsx'), 'new'],
    ] as const) {
      const e = await failure(writeWhole(target, 'new', mode, 'låst/fil'));
      expect(e).toMatchObject({ reason: 'folder-permission', file: 'låst/fil', code: 'EACCES' });
    }
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it.each([
    ['ENOSPC', 'disk-full', 'writeFile'],
    ['EROFS', 'read-only-fs', 'open'],
    ['EIO', 'io', 'writeFile'],
    // Creating the temporary file is a new name in the folder: refused, the folder takes no new files.
    ['EACCES', 'folder-permission', 'open'],
    ['EPERM', 'folder-permission', 'open'],
    ['EACCES', 'permission', 'writeFile'],
  ] as const)('%s → %s, the user’s path, no temporary file left', async (code, reason, call) => {
    const dir = scratch();
    const error = Object.assign(new Error(`${code}: at ${tempNameFor(path.join(dir, 'ut.xlsx'))}`), { code });
    if (call === 'open') jest.spyOn(fsp, 'open').mockRejectedValue(error);
    else {
      const open = fsp.open.bind(fsp);
      jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
        const handle = await open(...args);
        handle.writeFile = () => Promise.reject(error);
        return handle;
      });
    }
    const e = await failure(writeWhole(path.join(dir, 'ut.xlsx'), 'data', 'new', 'mappe/ut.xlsx'));
    expect(e).toMatchObject({ reason, file: 'mappe/ut.xlsx', code });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('toFileSystemError', () => {
  it('lets a non-system error through (a bug must surface)', () => {
    expect(() => toFileSystemError(new TypeError('bug'), 'f')).toThrow('bug');
  });

  it('maps an unknown code to "other" with the code', () => {
    expect(toFileSystemError(Object.assign(new Error('x'), { code: 'EWEIRD' }), 'f')).toMatchObject({
      reason: 'other',
      code: 'EWEIRD',
    });
  });
});

describe('removeStaleTemps', () => {
  it('removes only our temporary files whose process is gone', async () => {
    const dir = scratch();
    const ours = ['.a.xlsx.tiltaksplan-4999999-00000000000a.tmp', '.a.xlsx.4999999.1700000000000.tmp'];
    const kept = [
      `.a.xlsx.tiltaksplan-${process.pid}-00000000000b.tmp`,
      '.a.xlsx.tmp',
      'a.tiltaksplan-4999999-00000000000a.tmp',
    ];
    for (const f of [...ours, ...kept]) writeFileSync(path.join(dir, f), '');
    expect((await removeStaleTemps(dir)).sort()).toEqual([...ours].sort());
    expect(readdirSync(dir).sort()).toEqual([...kept].sort());
  });

  it("a backup link a killed --in-place run left of her file is removed before her file is judged, so 'replace' is not refused as hard-linked", async () => {
    // Killed between the backup link (undoWrite.ts) and the rename: her file has two names, ours a stale temp.
    const dir = scratch();
    const file = path.join(dir, 'plan.xlsx');
    writeFileSync(file, 'hers');
    const backup = path.join(dir, '.plan.xlsx.tiltaksplan-4999999-00000000000c.tmp');
    linkSync(file, backup);
    await writeWhole(file, 'ours', 'replace');
    expect(readFileSync(file, 'utf8')).toBe('ours');
    expect(readdirSync(dir)).toEqual(['plan.xlsx']);
  });

  it('a temporary name is hidden, ours, and short even for a long file name', () => {
    const name = path.basename(tempNameFor(`/x/${'å'.repeat(200)}.xlsx`));
    expect(name).toMatch(/^\..*\.tiltaksplan-\d+-[0-9a-f]{12}\.tmp$/);
    expect(name.length).toBeLessThan(140);
  });
});
