/**
 * The CLI never writes a report over a workbook or an input, writes --in-place through symlinks keeping the
 * file's mode, refuses what it cannot write faithfully, and says why in one line naming the user's path.
 * Real files in temporary folders; permission tests know that root is not stopped by permission bits.
 */
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  promises as fsp,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { testIo, type TestIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const LEGACY = path.join(__dirname, '..', 'fixtures', 'legacy-verdal-6-1-6-2.xlsx');
const IS_ROOT = process.getuid?.() === 0;

function setup(): { io: TestIo; at: (f: string) => string; original: Buffer } {
  const io = testIo();
  copyFileSync(FIXTURE, path.join(io.cwd, 'plan.xlsx'));
  return { io, at: (f) => path.join(io.cwd, f), original: readFileSync(FIXTURE) };
}

const sheetsOf = async (file: string): Promise<string[]> =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.map((s) => s.sheet);

afterEach(() => jest.restoreAllMocks());

/** Files in a folder, hidden ones included (a temporary file left behind shows up here). */
const entries = (dir: string): string[] => readdirSync(dir).sort();

describe('a report never replaces a workbook or an input', () => {
  it('--out budsjett.xlsx without --write: refused before anything is read, the workbook untouched', async () => {
    const { io, at } = setup();
    copyFileSync(FIXTURE, at('budsjett.xlsx'));
    expect(await main(['check', 'plan.xlsx', '--out', 'budsjett.xlsx'], io)).toBe(2);
    expect(readFileSync(at('budsjett.xlsx'))).toEqual(readFileSync(FIXTURE));
    expect(io.err()).toContain('budsjett.xlsx');
    expect(io.err()).toContain('--write --out');
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['a symlink to the input', (io: TestIo) => symlinkSync('plan.xlsx', path.join(io.cwd, 'rapport.txt'))],
    [
      'a hard link to the input',
      (io: TestIo) => linkSync(path.join(io.cwd, 'plan.xlsx'), path.join(io.cwd, 'rapport.txt')),
    ],
  ])('--out naming %s: refused, the input unchanged', async (_name, make) => {
    const { io, at, original } = setup();
    make(io);
    expect(await main(['check', 'plan.xlsx', '--out', 'rapport.txt'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(io.err()).toContain('rapport.txt');
  });

  it('--out over a workbook under another name (a zip package): refused', async () => {
    const { io, at } = setup();
    copyFileSync(FIXTURE, at('gammel-rapport.txt'));
    expect(await main(['check', 'plan.xlsx', '--out', 'gammel-rapport.txt'], io)).toBe(2);
    expect(readFileSync(at('gammel-rapport.txt'))).toEqual(readFileSync(FIXTURE));
  });

  it.each(['old-xls-renamed.xlsx', 'password-protected.xlsx'])(
    '--out over a workbook that is no zip package (%s: an .xls, or one with a password) under another name: refused',
    async (fixture) => {
      const { io, at } = setup();
      const workbook = path.join(__dirname, '..', 'fixtures', 'broken', fixture);
      copyFileSync(workbook, at('gammel-rapport.txt'));
      expect(await main(['check', 'plan.xlsx', '--out', 'gammel-rapport.txt'], io)).toBe(2);
      expect(readFileSync(at('gammel-rapport.txt'))).toEqual(readFileSync(workbook));
      expect(io.err()).toContain('gammel-rapport.txt');
    },
  );

  it('an earlier report is replaced, keeping its mode', async () => {
    const { io, at } = setup();
    writeFileSync(at('rapport.json'), 'old');
    chmodSync(at('rapport.json'), 0o600);
    expect(await main(['check', 'plan.xlsx', '--format', 'json', '--out', 'rapport.json'], io)).toBe(0);
    expect(JSON.parse(readFileSync(at('rapport.json'), 'utf8'))).toHaveProperty('file', 'plan.xlsx');
    expect(statSync(at('rapport.json')).mode & 0o777).toBe(0o600);
    expect(entries(io.cwd)).toEqual(['plan.xlsx', 'rapport.json']);
  });
});

describe('check --write --in-place', () => {
  it('keeps a 0600 file 0600', async () => {
    const { io, at } = setup();
    chmodSync(at('plan.xlsx'), 0o600);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
    expect(statSync(at('plan.xlsx')).mode & 0o777).toBe(0o600);
    expect(await sheetsOf(at('plan.xlsx'))).toContain('Avstemming');
    expect(entries(io.cwd)).toEqual(['plan.xlsx']);
  });

  it('writes through a symlink to its target; the link stays a link', async () => {
    const { io, at } = setup();
    mkdirSync(at('ekte'));
    copyFileSync(at('plan.xlsx'), at('ekte/plan.xlsx'));
    symlinkSync('ekte/plan.xlsx', at('lenke.xlsx'));
    expect(await main(['check', 'lenke.xlsx', '--write', '--in-place'], io)).toBe(0);
    expect(lstatSync(at('lenke.xlsx')).isSymbolicLink()).toBe(true);
    expect(await sheetsOf(at('ekte/plan.xlsx'))).toContain('Sammendrag');
    expect(io.err()).toContain('lenke.xlsx');
    expect(entries(at('ekte'))).toEqual(['plan.xlsx']);
  });

  it('refuses a file with a second hard link, leaving both names as they were', async () => {
    const { io, at, original } = setup();
    linkSync(at('plan.xlsx'), at('kopi.xlsx'));
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(statSync(at('plan.xlsx')).ino).toBe(statSync(at('kopi.xlsx')).ino);
    expect(io.err()).toMatch(/^plan\.xlsx: .*harde lenker.*--write --out/);
  });

  it('refuses a read-only file (even for root), in the chosen language', async () => {
    const { io, at, original } = setup();
    chmodSync(at('plan.xlsx'), 0o444);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toBe('plan.xlsx: could not be written: the file is read-only\n');
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(statSync(at('plan.xlsx')).mode & 0o777).toBe(0o444);
  });

  it('writes none of several files when one of them cannot be written', async () => {
    const { io, at, original } = setup();
    copyFileSync(FIXTURE, at('les.xlsx'));
    chmodSync(at('les.xlsx'), 0o444);
    expect(await main(['check', 'plan.xlsx', 'les.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    // With several files the run also says that none was saved (review r24), naming them.
    expect(io.err()).toBe(
      'les.xlsx: kunne ikke skrives: filen er skrivebeskyttet\n' +
        'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: plan.xlsx og les.xlsx.\n',
    );
  });

  it('judges every owner before writing: none of several files is written when one cannot keep its owner', async () => {
    const { io, at, original } = setup();
    copyFileSync(FIXTURE, at('annen.xlsx'));
    const mine = statSync(at('plan.xlsx')).uid;
    const other = mine === 0 ? 4321 : mine + 1;
    // The user `other` runs the command; plan.xlsx is theirs (root gives it to them), annen.xlsx is not.
    // (Only root can give a file away: run by anyone else, `other` owns neither and plan.xlsx is refused first.)
    if (IS_ROOT) chownSync(at('plan.xlsx'), other, statSync(at('plan.xlsx')).gid);
    jest.spyOn(process, 'geteuid').mockReturnValue(IS_ROOT ? other : mine + 1);
    if (IS_ROOT) jest.spyOn(process, 'getgroups').mockReturnValue([statSync(at('plan.xlsx')).gid]);
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(readFileSync(at('annen.xlsx'))).toEqual(original);
    const refused = IS_ROOT ? 'annen.xlsx' : 'plan.xlsx';
    expect(io.err()).toBe(
      `${refused}: kunne ikke skrives: filen eies av en annen bruker eller gruppe, og eierskapet kan ikke beholdes\n` +
        'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: plan.xlsx og annen.xlsx.\n',
    );
    expect(io.out()).toBe('');
  });

  it('a writable file in a folder that takes no new files: refused naming the folder, the file untouched', async () => {
    const { io, at, original } = setup();
    const access = fsp.access.bind(fsp);
    // What the system answers an ordinary user for a folder without write permission (root is let through).
    jest
      .spyOn(fsp, 'access')
      .mockImplementation((p, mode) =>
        p === io.cwd ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : access(p, mode),
      );
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(io.err()).toBe('plan.xlsx: kunne ikke skrives: mangler tillatelse til å lage filer i mappen\n');
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(entries(io.cwd)).toEqual(['plan.xlsx']);
  });

  it('refuses the same file given twice (through a symlink) before writing anything', async () => {
    const { io, at, original } = setup();
    symlinkSync('plan.xlsx', at('samme.xlsx'));
    expect(await main(['check', 'plan.xlsx', 'samme.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(io.err()).toContain('samme.xlsx');
  });
});

describe('file system failures: one line, the user’s path, the reason', () => {
  it('a folder that does not exist', async () => {
    const { io } = setup();
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'finnes-ikke/ut.xlsx', '--lang', 'nn'], io)).toBe(2);
    expect(io.err()).toBe(
      'finnes-ikke/ut.xlsx: kunne ikkje skrivast: mappa finst ikkje; lag ho først, eller vel ei mappe som finst\n',
    );
    expect(entries(io.cwd)).toEqual(['plan.xlsx']);
  });

  it('a folder without write permission (root writes anyway, and leaves nothing behind)', async () => {
    const { io, at } = setup();
    mkdirSync(at('låst'));
    chmodSync(at('låst'), 0o555);
    const code = await main(['check', 'plan.xlsx', '--write', '--out', 'låst/ut.xlsx'], io);
    if (IS_ROOT) {
      expect(code).toBe(0);
      expect(entries(at('låst'))).toEqual(['ut.xlsx']);
    } else {
      expect(code).toBe(2);
      expect(io.err()).toBe('låst/ut.xlsx: kunne ikke skrives: mangler tillatelse til å lage filer i mappen\n');
      expect(entries(at('låst'))).toEqual([]);
    }
    chmodSync(at('låst'), 0o755);
  });

  // An --out the system cannot even look at (a path through a file, a symlink loop, a name too long) was
  // compared with the inputs by a stat that threw: "uventet feil: ENOTDIR …" in English, not the user's reason.
  it.each([
    ['check', 'plan.xlsx/rapport.txt', 'en del av stien er ikke en mappe'],
    ['check', 'løkke.txt', 'systemfeil ELOOP'],
    ['check', `${'a'.repeat(300)}.txt`, 'navnet er for langt'],
    ['import', 'plan.xlsx/ny.xlsx', 'en del av stien er ikke en mappe'],
    ['roll', `${'a'.repeat(300)}.xlsx`, 'navnet er for langt'],
    ['compare', 'plan.xlsx/endringer.txt', 'en del av stien er ikke en mappe'],
  ])('%s --out %s: one line in Norwegian naming the path, nothing written', async (command, out, reason) => {
    const { io, at } = setup();
    symlinkSync('løkke.txt', at('løkke.txt'));
    symlinkSync('løkke.xlsx', at('løkke.xlsx'));
    // import reads an old plan made by hand: a plan of the product's own it refuses before it tries --out.
    if (command === 'import') copyFileSync(LEGACY, at('plan.xlsx'));
    const original = readFileSync(at('plan.xlsx'));
    const inputs = command === 'compare' ? ['plan.xlsx', 'plan.xlsx'] : ['plan.xlsx'];
    expect(await main([command, ...inputs, '--out', out], io)).toBe(2);
    const line =
      io
        .err()
        .split('\n')
        .find((l) => l.includes(reason)) ?? io.err();
    expect(line).toMatch(new RegExp(`^${out}: (kunne ikke skrives|kan ikke leses): ${reason}$`));
    expect(io.err()).not.toContain('uventet');
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(entries(io.cwd)).toEqual(['løkke.txt', 'løkke.xlsx', 'plan.xlsx']);
  });

  it('new onto a dangling symlink: refused, the link left alone', async () => {
    const io = testIo();
    symlinkSync('borte.xlsx', path.join(io.cwd, 'plan.xlsx'));
    expect(await main(['new', 'plan.xlsx'], io)).toBe(2);
    expect(lstatSync(path.join(io.cwd, 'plan.xlsx')).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(io.cwd, 'borte.xlsx'))).toBe(false);
  });

  it('an input that cannot be read for permission says so (not "not a file")', async () => {
    const { io, at } = setup();
    chmodSync(at('plan.xlsx'), 0o000);
    const code = await main(['check', 'plan.xlsx'], io);
    chmodSync(at('plan.xlsx'), 0o644);
    if (IS_ROOT) expect(code).toBe(0);
    else expect(io.err()).toBe('plan.xlsx: kan ikke leses: mangler tillatelse\n');
  });
});

describe('temporary files', () => {
  it('a stale temporary file of ours is removed by the next write; nothing else is', async () => {
    const { io, at } = setup();
    const stale = '.plan-kontrollert.xlsx.tiltaksplan-4999999-0123456789ab.tmp';
    const live = `.plan.xlsx.tiltaksplan-${process.pid}-0123456789ab.tmp`;
    const userFiles = ['.notater.tmp', 'plan.xlsx.tmp', '.plan.xlsx.tiltaksplan-4999999-x.tmp'];
    for (const f of [stale, live, ...userFiles]) writeFileSync(at(f), 'x');
    expect(await main(['check', 'plan.xlsx', '--write'], io)).toBe(0);
    expect(entries(io.cwd)).toEqual([live, ...userFiles, 'plan-kontrollert.xlsx', 'plan.xlsx'].sort());
  });
});
