/**
 * An option's value with a space typed without quotes (cli26): `--unit 1000 kr` as the help's `--unit "1000 kr"` is
 * read off the screen, `--version-sheet Arkiv 2027–2030` as the sheet tab shows it. Today «For mange filer: u.xlsx,
 * kr» and «2027–2030: kan ikke leses: filen finnes ikke». By hand: exit 2, one line naming the value and the option
 * with the quotes to type; nothing written.
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

jest.setTimeout(30_000);

describe('a value with spaces typed without quotes', () => {
  it.each([
    [
      ['new', 'u.xlsx', '--unit', '1000', 'kr'],
      'Verdien «1000 kr» for --unit har mellomrom og må stå i anførselstegn: --unit "1000 kr".',
    ],
    [
      ['new', 'u.xlsx', '--unit', 'mill', 'kr', '--lang', 'nn'],
      'Verdien «mill kr» for --unit har mellomrom og må stå i hermeteikn: --unit "mill kr".',
    ],
    [
      ['import', 'gammel.xlsx', '--out', 'ny.xlsx', '--unit', '1000', 'kr', '--lang', 'en'],
      'The value "1000 kr" for --unit has spaces and must be in quotes: --unit "1000 kr".',
    ],
    [
      ['compare', 'plan.xlsx', '--version-sheet', 'Arkiv', '2027–2030'],
      'Verdien «Arkiv 2027–2030» for --version-sheet har mellomrom og må stå i anførselstegn: --version-sheet "Arkiv 2027–2030".',
    ],
  ])('%j', async (argv, said) => {
    const io = testIo();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toBe(`${said}\n`);
    expect(io.files()).toEqual([]);
  });

  it('quoted, the unit is taken', async () => {
    const io = testIo();
    expect(await main(['new', 'u.xlsx', '--unit', '1000 kr'], io)).toBe(0);
  });
});
