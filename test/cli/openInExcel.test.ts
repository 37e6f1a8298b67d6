/**
 * A workbook open in Excel is never written: Excel keeps an owner file "~$<name>" beside a workbook it has open
 * (LibreOffice ".~lock.<name>#"), and when she saves there, Excel's copy replaces ours (or ours half of hers) without
 * a word. Every write to a name with such a file beside it is refused before anything is written, exit 2, in one
 * line naming the workbook and the owner file, saying to close it in Excel, and to delete the owner file when
 * Excel is not open (one left by a crash). Real files in temporary folders.
 */
import { copyFileSync, existsSync, promises as fsp, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

function setup(name = 'Plan.xlsx'): { io: TestIo; at: (f: string) => string; original: Buffer } {
  const io = testIo();
  copyFileSync(FIXTURE, path.join(io.cwd, name));
  return { io, at: (f) => path.join(io.cwd, f), original: readFileSync(FIXTURE) };
}

/** What Excel writes into an owner file: the user's name, padded (its content is never read). */
const ownerFile = (file: string): void => writeFileSync(file, Buffer.from('\u0005Kari \u0000', 'latin1'));

describe('check --write --in-place on a workbook open in Excel', () => {
  it('refused with exit 2, one line naming the workbook and ~$Plan.xlsx; the workbook byte for byte as it was', async () => {
    const { io, at, original } = setup();
    ownerFile(at('~$Plan.xlsx'));
    expect(await main(['check', 'Plan.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('Plan.xlsx'))).toEqual(original);
    const lines = io.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Plan\.xlsx: /);
    expect(lines[0]).toContain('åpen i Excel');
    expect(lines[0]).toContain('Lukk den i Excel');
    expect(lines[0]).toContain('Ingenting er skrevet');
    expect(lines[0]).toContain('slett ~$Plan.xlsx');
    expect(io.files()).toEqual(['Plan.xlsx', '~$Plan.xlsx']); // no copy, no temporary file; the owner file left
  });

  it('in nynorsk and English too', async () => {
    const nn = setup();
    ownerFile(nn.at('~$Plan.xlsx'));
    expect(await main(['check', 'Plan.xlsx', '--write', '--in-place', '--lang', 'nn'], nn.io)).toBe(2);
    expect(nn.io.err()).toContain('open i Excel');
    expect(nn.io.err()).toContain('Ingenting er skrive');
    expect(nn.io.err()).toContain('slett ~$Plan.xlsx');
    const en = setup();
    ownerFile(en.at('~$Plan.xlsx'));
    expect(await main(['check', 'Plan.xlsx', '--write', '--in-place', '--lang', 'en'], en.io)).toBe(2);
    expect(en.io.err()).toMatch(
      /^Plan\.xlsx: .*open in Excel.*Nothing was written.*Close it in Excel.*delete ~\$Plan\.xlsx/,
    );
  });

  it('a workbook in a subfolder: the owner file is named where it is, as the path was given', async () => {
    const { io, at, original } = setup();
    const { mkdirSync } = await import('node:fs');
    mkdirSync(at('plans'));
    copyFileSync(at('Plan.xlsx'), at('plans/Plan.xlsx'));
    ownerFile(at('plans/~$Plan.xlsx'));
    expect(await main(['check', 'plans/Plan.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('plans/Plan.xlsx'))).toEqual(original);
    expect(io.err()).toContain(path.join('plans', '~$Plan.xlsx'));
  });

  it('LibreOffice\'s lock file ".~lock.Plan.xlsx#" is refused the same way', async () => {
    const { io, at, original } = setup();
    writeFileSync(at('.~lock.Plan.xlsx#'), 'Kari,kari,host,06.12.2026 17:00,file:///home/kari/.config/libreoffice/4;');
    expect(await main(['check', 'Plan.xlsx', '--write', '--in-place', '--lang', 'en'], io)).toBe(2);
    expect(readFileSync(at('Plan.xlsx'))).toEqual(original);
    expect(io.err()).toContain('it is open in LibreOffice (the hidden file .~lock.Plan.xlsx# is there)');
    expect(io.err()).toContain('Close it in LibreOffice');
  });

  it('one of several open: none of them is written', async () => {
    const { io, at, original } = setup();
    copyFileSync(FIXTURE, at('Annen.xlsx'));
    ownerFile(at('~$Annen.xlsx'));
    expect(await main(['check', 'Plan.xlsx', 'Annen.xlsx', '--write', '--in-place'], io)).toBe(2);
    expect(readFileSync(at('Plan.xlsx'))).toEqual(original);
    expect(readFileSync(at('Annen.xlsx'))).toEqual(original);
    expect(io.err()).toContain('Annen.xlsx');
  });

  it('without an owner file the write goes through (the workbook gains Sammendrag)', async () => {
    const { io, at, original } = setup();
    // The owner file of another workbook in the folder says nothing about this one.
    ownerFile(at('~$Annen.xlsx'));
    await main(['check', 'Plan.xlsx', '--write', '--in-place'], io);
    expect(io.err()).toBe('Skrev Sammendrag og Avstemming til Plan.xlsx.\n');
    expect(readFileSync(at('Plan.xlsx')).equals(original)).toBe(false);
  });
});

describe('Excel holding the file without an owner file (a share that keeps none): the system refuses the rename', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [
      'nb',
      'EPERM',
      'Plan.xlsx: kunne ikke skrives: systemet nektet å erstatte filen (EPERM): den er trolig åpen i Excel',
    ],
    [
      'en',
      'EBUSY',
      'Plan.xlsx: could not be written: the system refused to replace the file (EBUSY): it is probably open',
    ],
  ])('%s, %s: said as a file in use, not a missing permission; the workbook unchanged', async (lang, code, said) => {
    const { io, at, original } = setup();
    jest.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('held'), { code }));
    expect(await main(['check', 'Plan.xlsx', '--write', '--in-place', '--lang', lang], io)).toBe(2);
    expect(io.err()).toContain(said);
    expect(readFileSync(at('Plan.xlsx'))).toEqual(original);
    expect(io.files()).toEqual(['Plan.xlsx']);
  });
});

describe('a new file under a name Excel has open', () => {
  it('check --write --out Ny.xlsx with ~$Ny.xlsx there (the file moved or deleted while open): refused, nothing written', async () => {
    const { io, at, original } = setup();
    ownerFile(at('~$Ny.xlsx'));
    expect(await main(['check', 'Plan.xlsx', '--write', '--out', 'Ny.xlsx'], io)).toBe(2);
    expect(existsSync(at('Ny.xlsx'))).toBe(false);
    expect(readFileSync(at('Plan.xlsx'))).toEqual(original);
    expect(io.err()).toContain('Ny.xlsx');
    expect(io.err()).toContain('slett ~$Ny.xlsx');
  });

  it('check --write: the copy Plan-kontrollert.xlsx with its owner file there: refused', async () => {
    const { io, at } = setup();
    ownerFile(at('~$Plan-kontrollert.xlsx'));
    expect(await main(['check', 'Plan.xlsx', '--write'], io)).toBe(2);
    expect(existsSync(at('Plan-kontrollert.xlsx'))).toBe(false);
    expect(io.err()).toContain('~$Plan-kontrollert.xlsx');
  });

  it('roll --out and new: refused the same way', async () => {
    const { io, at } = setup();
    ownerFile(at('~$Rullert.xlsx'));
    expect(await main(['roll', 'Plan.xlsx', '--out', 'Rullert.xlsx'], io)).toBe(2);
    expect(existsSync(at('Rullert.xlsx'))).toBe(false);
    expect(io.err()).toContain('~$Rullert.xlsx');
    ownerFile(at('~$Tom.xlsx'));
    expect(await main(['new', 'Tom.xlsx'], io)).toBe(2);
    expect(existsSync(at('Tom.xlsx'))).toBe(false);
    expect(io.err()).toContain('~$Tom.xlsx');
  });

  it('a report open in Excel (rapport.html) is not replaced either', async () => {
    const { io, at } = setup();
    writeFileSync(at('rapport.html'), '<p>forrige</p>');
    ownerFile(at('~$rapport.html'));
    expect(await main(['check', 'Plan.xlsx', '--format', 'html', '--out', 'rapport.html'], io)).toBe(2);
    expect(readFileSync(at('rapport.html'), 'utf8')).toBe('<p>forrige</p>');
    expect(io.err()).toContain('~$rapport.html');
  });
});
