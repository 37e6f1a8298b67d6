/**
 * `--lang` in any case (cli26): a budget officer types «--lang NB» or «--lang Nn» as she writes the language's
 * abbreviation elsewhere; the language is the same, so the command runs in it instead of refusing the value.
 */
import { argLang, badLang } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

describe('argLang and badLang take the language in any case', () => {
  it.each([
    [['check', 'a.xlsx', '--lang', 'NB'], 'nb'],
    [['check', 'a.xlsx', '--lang', 'Nb'], 'nb'],
    [['check', 'a.xlsx', '--lang=NN'], 'nn'],
    [['--lang', 'EN', 'check'], 'en'],
    [['check', '--lang', 'eN'], 'en'],
  ])('%j → %s, not refused', (args, lang) => {
    expect(argLang(args)).toBe(lang);
    const value = args.find((a, i) => args[i - 1] === '--lang') ?? args.find((a) => a.startsWith('--lang='))?.slice(7);
    expect(badLang(value, 'nb')).toBeNull();
  });

  it('a value that is no language in any case is still refused', () => {
    expect(badLang('DE', 'nb')).not.toBeNull();
    expect(argLang(['check', '--lang', 'DE'])).toBe('nb');
  });
});

describe('commands run in the language given in capitals', () => {
  it.each([
    [['new', 'a.xlsx', '--example', '--lang', 'NB'], 'Skrev a.xlsx med eksempelplanen'],
    [['new', 'a.xlsx', '--example', '--lang', 'Nn'], 'Skreiv a.xlsx med eksempelplanen'],
    [['new', 'a.xlsx', '--example', '--lang=EN'], 'Wrote a.xlsx with the example plan'],
  ])('%j', async (argv, said) => {
    const io = testIo();
    expect(await main(argv, io)).toBe(0);
    expect(io.err() + io.out()).toContain(said);
    expect(io.files()).toEqual(['a.xlsx']);
  });

  it('help in English for «--lang EN --help»', async () => {
    const io = testIo();
    expect(await main(['--lang', 'EN', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Exit status: 0 no errors');
  });

  it('roll with «--lang NN» writes and speaks nynorsk', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    const t = testIo({ cwd: io.cwd });
    expect(await main(['roll', 'plan.xlsx', '--out', 'neste.xlsx', '--lang', 'NN'], t)).toBe(0);
    expect(t.files()).toEqual(['neste.xlsx', 'plan.xlsx']);
    expect(t.err() + t.out()).toContain('Skreiv neste.xlsx: planperioden 2028–2031');
  });
});
