/**
 * The workbooks of one run are written all or none (SPEC §11; §15: a consolidation's plans must agree with one
 * another): every one is staged beside its target before any takes its name. A system failure while staging the
 * second (a full disk, a folder that stopped taking files, Excel opening the first meanwhile) leaves the first
 * byte for byte as it was (or absent), no temporary file behind, and says that nothing was written. A failure
 * while they take their names takes back the ones written before it (a copy removed, a replaced file given its old
 * file back), unless another program changed one meanwhile: then it says exactly which were written. Failures the machine cannot produce on demand are
 * injected at the one system call that meets them, as in test/workbook/safeWrite.test.ts.
 */
import { copyFileSync, mkdirSync, promises as fsp, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { writeScenario } from './consolidatedScenario';
import { testIo, type TestIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

afterEach(() => jest.restoreAllMocks());

function setup(...names: string[]): { io: TestIo; at: (f: string) => string; original: Buffer } {
  const io = testIo();
  for (const name of names) copyFileSync(FIXTURE, path.join(io.cwd, name));
  return { io, at: (f) => path.join(io.cwd, f), original: readFileSync(FIXTURE) };
}

const systemError = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code });

/** Whether `file` is the temporary file of a write to `name` (".<name>.tiltaksplan-<pid>-<hex>.tmp"). */
const isTempOf = (file: unknown, name: string): boolean =>
  path.basename(String(file)).startsWith(`.${name}.tiltaksplan-`);

/** Writing the temporary file of `name` fails with `code` (a full disk meets the write, not the open). */
function failStaging(name: string, code: string, before?: () => void): void {
  const open = fsp.open.bind(fsp);
  jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
    const handle = await open(...args);
    if (!isTempOf(args[0], name)) return handle;
    before?.();
    if (code !== '') handle.writeFile = () => Promise.reject(systemError(code));
    return handle;
  });
}

describe('a failure while the workbooks are staged: nothing is written', () => {
  it('--in-place, a full disk at the second: the first byte for byte as it was, no temporary file, said in nb', async () => {
    const { io, at, original } = setup('plan.xlsx', 'annen.xlsx');
    failStaging('annen.xlsx', 'ENOSPC');
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(readFileSync(at('annen.xlsx'))).toEqual(original);
    expect(io.files()).toEqual(['annen.xlsx', 'plan.xlsx']);
    expect(io.err()).toBe(
      'annen.xlsx: kunne ikke skrives: ikke nok ledig plass på disken\n' +
        'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: plan.xlsx og annen.xlsx.\n',
    );
  });

  it('--write copies, the second folder refusing new files (EACCES): no copy made anywhere, said in nn', async () => {
    const { io, at, original } = setup();
    for (const dir of ['a', 'b']) {
      mkdirSync(at(dir));
      copyFileSync(FIXTURE, at(`${dir}/plan.xlsx`));
    }
    const open = fsp.open.bind(fsp);
    jest
      .spyOn(fsp, 'open')
      .mockImplementation((...args: Parameters<typeof fsp.open>) =>
        isTempOf(args[0], 'plan-kontrollert.xlsx') && path.dirname(String(args[0])) === at('b')
          ? Promise.reject(systemError('EACCES'))
          : open(...args),
      );
    const args = ['check', 'a/plan.xlsx', 'b/plan.xlsx', '--write', '--lang', 'nn'];
    expect(await main(args, io)).toBe(2);
    for (const dir of ['a', 'b']) {
      expect(readdirSync(at(dir))).toEqual(['plan.xlsx']);
      expect(readFileSync(at(`${dir}/plan.xlsx`))).toEqual(original);
    }
    expect(io.err()).toBe(
      'b/plan-kontrollert.xlsx: kunne ikkje skrivast: manglar løyve til å lage filer i mappa\n' +
        'Ingenting er skrive, for arbeidsbøkene i éi køyring blir lagra alle eller ingen. Ikkje lagra: a/plan-kontrollert.xlsx og b/plan-kontrollert.xlsx.\n',
    );
  });

  it('the first opened in Excel while the second is staged: judged again before any is written, none is', async () => {
    const { io, at, original } = setup('plan.xlsx', 'annen.xlsx');
    failStaging('annen.xlsx', '', () => writeFileSync(at('~$plan.xlsx'), 'Kari'));
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write', '--in-place', '--lang', 'en'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(readFileSync(at('annen.xlsx'))).toEqual(original);
    expect(io.files()).toEqual(['annen.xlsx', 'plan.xlsx', '~$plan.xlsx']);
    const lines = io.err().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^plan\.xlsx: could not be written: it is open in Excel .*Nothing was written/);
    expect(lines[1]).toBe(
      'Nothing was written: the workbooks of one run are saved all or none. Not saved: plan.xlsx and annen.xlsx.',
    );
  });

  it('the first saved in Excel while the second is staged: her version is kept, none is written', async () => {
    const { io, at, original } = setup('plan.xlsx', 'annen.xlsx');
    const hers = Buffer.concat([original, Buffer.from('saved in Excel')]);
    failStaging('annen.xlsx', '', () => writeFileSync(at('plan.xlsx'), hers));
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(hers);
    expect(readFileSync(at('annen.xlsx'))).toEqual(original);
    expect(io.files()).toEqual(['annen.xlsx', 'plan.xlsx']);
    expect(io.err()).toMatch(/^plan\.xlsx: kunne ikke skrives: filen er endret siden den ble lest/);
    expect(io.err()).toContain('Ingenting er skrevet');
  });

  it('a consolidation: the economy plan (staged last) on a full disk leaves every plan as it was', async () => {
    const io = testIo();
    await writeScenario(io.cwd);
    const files = ['rus.xlsx', 'helse.xlsx', 'okonomiplan.xlsx'];
    const before = files.map((f) => readFileSync(path.join(io.cwd, f)));
    const listed = io.files();
    failStaging('okonomiplan.xlsx', 'ENOSPC');
    const args = ['check', 'rus.xlsx', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];
    expect(await main(args, io)).toBe(2);
    files.forEach((f, i) => expect(readFileSync(path.join(io.cwd, f))).toEqual(before[i]));
    expect(io.files()).toEqual(listed);
    expect(io.err()).toContain(
      'okonomiplan.xlsx: kunne ikke skrives: ikke nok ledig plass på disken\n' +
        'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: rus.xlsx, helse.xlsx og okonomiplan.xlsx.\n',
    );
  }, 60_000);
});

describe('a failure while the staged workbooks take their names: the ones saved are taken back', () => {
  /** The link that gives `name` its new copy fails with `code`; `before` runs first (another program at work). */
  function failLink(name: string, code: string, before?: () => void): void {
    const link = fsp.link.bind(fsp);
    jest.spyOn(fsp, 'link').mockImplementation(async (from, to) => {
      if (path.basename(String(to)) !== name) return link(from, to);
      before?.();
      throw systemError(code);
    });
  }

  it('--write copies, the second new name refused (EIO at the link): the first copy removed, nothing written, nb', async () => {
    const { io, at, original } = setup('plan.xlsx', 'annen.xlsx');
    failLink('annen-kontrollert.xlsx', 'EIO');
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write'], io)).toBe(2);
    expect(io.files()).toEqual(['annen.xlsx', 'plan.xlsx']); // no copy, no temporary file
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(io.err()).toBe(
      'annen-kontrollert.xlsx: kunne ikke skrives: lese- eller skrivefeil på disken\n' +
        'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: plan-kontrollert.xlsx og annen-kontrollert.xlsx.\n',
    );
  });

  it('--write copies, the first copy overwritten by another program meanwhile: hers is kept, said as saved', async () => {
    const { io, at } = setup('plan.xlsx', 'annen.xlsx');
    failLink('annen-kontrollert.xlsx', 'EIO', () => writeFileSync(at('plan-kontrollert.xlsx'), 'hers'));
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write'], io)).toBe(2);
    expect(readFileSync(at('plan-kontrollert.xlsx'), 'utf8')).toBe('hers');
    expect(io.files()).toEqual(['annen.xlsx', 'plan-kontrollert.xlsx', 'plan.xlsx']);
    expect(io.err()).toBe(
      'Skrev Sammendrag og Avstemming til plan-kontrollert.xlsx.\n' +
        'annen-kontrollert.xlsx: kunne ikke skrives: lese- eller skrivefeil på disken\n' +
        'Bare en del er skrevet. Lagret: plan-kontrollert.xlsx. Ikke lagret: annen-kontrollert.xlsx. Rett feilen og kjør kommandoen på nytt, så alle skrives fra samme kontroll.\n',
    );
  });

  it("a consolidation to copies, the economy plan's copy (the last) refused: the plans' copies removed again", async () => {
    const io = testIo();
    await writeScenario(io.cwd);
    const listed = io.files();
    failLink('okonomiplan-kontrollert.xlsx', 'EIO');
    expect(await main(['check', 'rus.xlsx', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write'], io)).toBe(
      2,
    );
    expect(io.files()).toEqual(listed);
    expect(io.err()).toContain(
      'okonomiplan-kontrollert.xlsx: kunne ikke skrives: lese- eller skrivefeil på disken\n' +
        'Ingenting er skrevet, for arbeidsbøkene i én kjøring lagres alle eller ingen. Ikke lagret: rus-kontrollert.xlsx, helse-kontrollert.xlsx og okonomiplan-kontrollert.xlsx.\n',
    );
    expect(io.err()).not.toMatch(/Skrev|Lagret:/);
  }, 60_000);

  it('--in-place, the second refused at the rename (held open, EBUSY): the first gets its old file back, en', async () => {
    const { io, at, original } = setup('plan.xlsx', 'annen.xlsx');
    const inode = statSync(at('plan.xlsx')).ino;
    const rename = fsp.rename.bind(fsp);
    jest
      .spyOn(fsp, 'rename')
      .mockImplementation((from, to) =>
        path.basename(String(to)) === 'annen.xlsx' ? Promise.reject(systemError('EBUSY')) : rename(from, to),
      );
    expect(await main(['check', 'plan.xlsx', 'annen.xlsx', '--write', '--in-place', '--lang', 'en'], io)).toBe(2);
    expect(readFileSync(at('plan.xlsx'))).toEqual(original);
    expect(statSync(at('plan.xlsx')).ino).toBe(inode); // the very file she had, not a copy of it
    expect(readFileSync(at('annen.xlsx'))).toEqual(original);
    expect(io.files()).toEqual(['annen.xlsx', 'plan.xlsx']); // no temporary file, no backup
    expect(io.err()).toBe(
      'annen.xlsx: could not be written: the system refused to replace the file (EBUSY): it is probably open in Excel or another program; close it\n' +
        'Nothing was written: the workbooks of one run are saved all or none. Not saved: plan.xlsx and annen.xlsx.\n',
    );
  });
});
