/**
 * writeAll: several files all or none. Every file staged (a flushed temporary file beside it, the name untouched)
 * and judged again before any takes its name; a failure before that removes every temporary file, one while they
 * take their names takes back the ones written (a new file removed, a replaced one's old file given its name
 * again) unless one changed or was opened meanwhile, and says how many stay written. Real files in a temporary
 * folder.
 */
import { mkdtempSync, promises as fsp, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stageWrite, type StagedWrite } from '../../src/workbook/safeWrite';
import { writeAll } from '../../src/workbook/writeAll';

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-all-'));

afterEach(() => jest.restoreAllMocks());

describe('stageWrite', () => {
  it('leaves the name as it was until the commit; a discard removes the temporary file and nothing else', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old');
    const staged = await stageWrite(path.join(dir, 'a.txt'), 'new', 'replace');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toHaveLength(2); // a.txt and its hidden temporary file
    await staged.discard();
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old');
  });

  it('a name taken after it was staged as new is refused by the recheck, before anything is written', async () => {
    const dir = scratch();
    const staged = await stageWrite(path.join(dir, 'b.txt'), 'ours', 'new', 'b.txt');
    writeFileSync(path.join(dir, 'b.txt'), 'theirs');
    await expect(staged.recheck()).rejects.toMatchObject({ reason: 'exists', file: 'b.txt' });
    await staged.discard();
    expect(readdirSync(dir)).toEqual(['b.txt']);
  });
});

describe('writeAll', () => {
  const stages = (dir: string, names: string[]) =>
    names.map((n) => () => stageWrite(path.join(dir, n), `new ${n}`, 'new-or-replace', n));

  it('writes every file when nothing fails', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    expect(await writeAll(stages(dir, ['a.txt', 'b.txt']))).toEqual({ ok: true });
    expect(readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'))).toEqual(['new a.txt', 'new b.txt']);
  });

  it('a full disk at the third: the first two untouched (one absent), no temporary file left, nothing written', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      if (path.basename(String(args[0])).startsWith('.c.txt.'))
        handle.writeFile = () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }));
      return handle;
    });
    const outcome = await writeAll(stages(dir, ['a.txt', 'b.txt', 'c.txt']));
    expect(outcome).toMatchObject({ ok: false, failed: 2, written: 0, error: { reason: 'disk-full', file: 'c.txt' } });
    expect(readdirSync(dir)).toEqual(['a.txt']);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('old a');
  });

  /** The rename or link that gives `name` its new content fails with EBUSY; `before` runs first. */
  function refuse(call: 'rename' | 'link', name: string, before?: () => void): void {
    const real = fsp[call].bind(fsp);
    jest.spyOn(fsp, call).mockImplementation(async (from, to) => {
      if (path.basename(String(to)) !== name) return real(from, to);
      before?.();
      throw Object.assign(new Error('held'), { code: 'EBUSY' });
    });
  }
  const contents = (dir: string): string[] =>
    readdirSync(dir).map((f) => `${f}: ${readFileSync(path.join(dir, f), 'utf8')}`);

  it('a refusal at the second rename: the first gets its old file back (same inode), no temporary file or backup', async () => {
    const dir = scratch();
    for (const n of ['a.txt', 'b.txt', 'c.txt']) writeFileSync(path.join(dir, n), `old ${n}`);
    const inode = statSync(path.join(dir, 'a.txt')).ino;
    refuse('rename', 'b.txt');
    const outcome = await writeAll(stages(dir, ['a.txt', 'b.txt', 'c.txt']));
    expect(outcome).toMatchObject({ ok: false, failed: 1, written: 0, error: { reason: 'in-use', file: 'b.txt' } });
    expect(contents(dir)).toEqual(['a.txt: old a.txt', 'b.txt: old b.txt', 'c.txt: old c.txt']);
    expect(statSync(path.join(dir, 'a.txt'))).toMatchObject({ ino: inode, nlink: 1 });
  });

  it('new files, the third refused at its link: the first two removed again, nothing left in the folder', async () => {
    const dir = scratch();
    refuse('link', 'c.txt');
    const outcome = await writeAll(stages(dir, ['a.txt', 'b.txt', 'c.txt']));
    expect(outcome).toMatchObject({ ok: false, failed: 2, written: 0, error: { file: 'c.txt' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the second copy changed by another program before the third fails: it and the first stay written', async () => {
    const dir = scratch();
    refuse('link', 'c.txt', () => writeFileSync(path.join(dir, 'b.txt'), 'theirs'));
    const outcome = await writeAll(stages(dir, ['a.txt', 'b.txt', 'c.txt']));
    expect(outcome).toMatchObject({ ok: false, failed: 2, written: 2 });
    expect(contents(dir)).toEqual(['a.txt: new a.txt', 'b.txt: theirs']);
  });

  it('the first copy opened in Excel (its owner file there) when the second fails: it is not removed', async () => {
    const dir = scratch();
    refuse('link', 'b.txt', () => writeFileSync(path.join(dir, '~$a.txt'), 'Kari'));
    const outcome = await writeAll(stages(dir, ['a.txt', 'b.txt']));
    expect(outcome).toMatchObject({ ok: false, failed: 1, written: 1 });
    expect(contents(dir)).toEqual(['a.txt: new a.txt', '~$a.txt: Kari']);
  });

  it('a replaced file on a file system without hard links (no backup): it stays written, said so', async () => {
    const dir = scratch();
    for (const n of ['a.txt', 'b.txt']) writeFileSync(path.join(dir, n), `old ${n}`);
    const link = fsp.link.bind(fsp);
    jest
      .spyOn(fsp, 'link')
      .mockImplementation((from, to) =>
        path.basename(String(from)) === 'a.txt'
          ? Promise.reject(Object.assign(new Error('no links'), { code: 'EPERM' }))
          : link(from, to),
      );
    refuse('rename', 'b.txt');
    const outcome = await writeAll(stages(dir, ['a.txt', 'b.txt']));
    expect(outcome).toMatchObject({ ok: false, failed: 1, written: 1 });
    expect(contents(dir)).toEqual(['a.txt: new a.txt', 'b.txt: old b.txt']);
  });

  it('when every name is taken, the backups of the replaced files are gone', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.txt'), 'old a');
    expect(await writeAll(stages(dir, ['a.txt', 'b.txt']))).toEqual({ ok: true });
    expect(contents(dir)).toEqual(['a.txt: new a.txt', 'b.txt: new b.txt']);
    expect(statSync(path.join(dir, 'a.txt')).nlink).toBe(1);
  });

  it('a failure that is no file system failure (a bug) removes what was staged and surfaces', async () => {
    const dir = scratch();
    const bug = (): Promise<StagedWrite> => Promise.reject(new TypeError('bug'));
    await expect(writeAll([...stages(dir, ['a.txt']), bug])).rejects.toThrow('bug');
    expect(readdirSync(dir)).toEqual([]);
  });
});
