/**
 * A file name with spaces typed without quotes (cli26): Windows' Explorer and the Mac's Finder name files «Tiltaksplan
 * 2027.xlsx», and `tiltaksplan check Tiltaksplan 2027.xlsx` hands the command two names, «Tiltaksplan» and «2027.xlsx».
 * Today: two lines «Tiltaksplan: kan ikke leses: filen finnes ikke» and «2027.xlsx: …», or «For mange filer:
 * Tiltaksplan, 2027.xlsx. Oppgi én fil.» for roll. By hand: when the words joined by spaces name a file that is there,
 * one line names it and says to put it in quotes; exit 2, nothing read or written.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

jest.setTimeout(30_000);

async function withSpacedPlan(): Promise<TestIo> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  copyFileSync(path.join(io.cwd, 'plan.xlsx'), path.join(io.cwd, 'Tiltaksplan 2027.xlsx'));
  return testIo({ cwd: io.cwd });
}

const NB =
  'Filnavnet «Tiltaksplan 2027.xlsx» har mellomrom og må stå i anførselstegn: "Tiltaksplan 2027.xlsx". ' +
  'Uten dem leses «Tiltaksplan» og «2027.xlsx» som hver sin fil.\n';

describe('an unquoted file name with spaces', () => {
  it.each([
    [['check', 'Tiltaksplan', '2027.xlsx']],
    [['check', 'plan.xlsx', 'Tiltaksplan', '2027.xlsx', '--format', 'json']],
    [['roll', 'Tiltaksplan', '2027.xlsx', '--out', 'neste.xlsx']],
    [['compare', 'Tiltaksplan', '2027.xlsx', 'plan.xlsx']],
  ])('%j: one line naming the file in quotes, exit 2, nothing written', async (argv) => {
    const io = await withSpacedPlan();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toBe(NB);
    expect(io.out()).toBe('');
    expect(io.files()).toEqual(['Tiltaksplan 2027.xlsx', 'plan.xlsx']);
  });

  it.each([
    [
      'nn',
      'Filnamnet «Tiltaksplan 2027.xlsx» har mellomrom og må stå i hermeteikn: "Tiltaksplan 2027.xlsx". Utan dei blir «Tiltaksplan» og «2027.xlsx» lesne som kvar si fil.\n',
    ],
    [
      'en',
      'The file name "Tiltaksplan 2027.xlsx" has spaces and must be in quotes: "Tiltaksplan 2027.xlsx". Without them, "Tiltaksplan" and "2027.xlsx" are read as separate files.\n',
    ],
  ])('in %s', async (lang, said) => {
    const io = await withSpacedPlan();
    expect(await main(['check', 'Tiltaksplan', '2027.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.err()).toBe(said);
  });

  it('quoted, the file is read as usual', async () => {
    const io = await withSpacedPlan();
    expect(await main(['check', 'Tiltaksplan 2027.xlsx'], io)).toBe(1); // the example's deliberate differences
    expect(io.err()).toBe('');
  });

  it('words that join to no file are left to the command: two missing files named as before', async () => {
    const io = await withSpacedPlan();
    expect(await main(['check', 'Tiltaksplan', '2028.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Tiltaksplan: kan ikke leses: filen finnes ikke');
  });

  it('an option value beside a file is not joined: «--format json plan.xlsx» checks plan.xlsx', async () => {
    const io = await withSpacedPlan();
    expect(await main(['check', '--format', 'json', 'plan.xlsx'], io)).toBe(1);
    expect(io.err()).toBe('');
  });
});

test('help asked for is given, words or not', async () => {
  const io = await withSpacedPlan();
  expect(await main(['check', 'Tiltaksplan', '2027.xlsx', '--help'], io)).toBe(0);
  expect(io.out()).toContain('tiltaksplan check FIL.xlsx');
});

describe('a new file name with spaces typed without quotes: refused as before, saying why', () => {
  const line = (name: string, parts: string): string =>
    `Filnavnet «${name}» har mellomrom og må stå i anførselstegn: "${name}". Uten dem leses ${parts} som hver sin fil.\n`;

  it.each([
    [['new', 'Min', 'plan.xlsx'], line('Min plan.xlsx', '«Min» og «plan.xlsx»')],
    [['new', 'Ny', 'plan', '2027.xlsx', '--example'], line('Ny plan 2027.xlsx', '«Ny», «plan» og «2027.xlsx»')],
    [['roll', 'plan.xlsx', '--out', 'Ny', 'plan.xlsx'], line('Ny plan.xlsx', '«Ny» og «plan.xlsx»')],
    [['roll', 'Gammel', 'plan.xlsx', '--out', 'ny.xlsx'], line('Gammel plan.xlsx', '«Gammel» og «plan.xlsx»')],
    [['roll', 'Gammel', 'plan.xlsx'], line('Gammel plan.xlsx', '«Gammel» og «plan.xlsx»')],
  ])('%j', async (argv, said) => {
    const io = await withSpacedPlan();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toBe(said);
    expect(io.files()).toEqual(['Tiltaksplan 2027.xlsx', 'plan.xlsx']);
  });

  it('two names that each have an ending are told as too many files, as before', async () => {
    const io = await withSpacedPlan();
    expect(await main(['new', 'a.xlsx', 'b.xlsx'], io)).toBe(2);
    expect(io.err()).toBe('For mange filer: a.xlsx, b.xlsx. Oppgi én fil.\n');
  });
});
