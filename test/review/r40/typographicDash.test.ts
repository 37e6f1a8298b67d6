/**
 * Review r40 — severity medium (a budget officer copies a command from a Word document or an e-mail, where «--out»
 * has become «–out» with an en dash or «—out» with an em dash, as Word and Outlook autocorrect two hyphens).
 *
 * Today the dashed option is taken as a file name: `roll plan.xlsx –out neste.xlsx` says «For mange filer: plan.xlsx,
 * –out, neste.xlsx», and `check plan.xlsx –format json` says «–format: kan ikke leses: filen finnes ikke», as if she
 * had named a missing file. By hand: exit 2, nothing written, and one line in her language that names what she typed
 * and the option meant, typed with two plain hyphens (--out, --format), and says why (a long dash).
 */
import { argLang, longDashOption } from '../../../src/cli/args';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

async function withPlan(): Promise<ReturnType<typeof testIo>> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  return io;
}

const said = {
  nb: 'lang strek',
  nn: 'lang strek',
  en: 'long dash',
} as const;

describe.each(['nb', 'nn', 'en'] as const)('%s', (lang) => {
  test('roll with «–out» (en dash): exit 2, nothing written, the line names --out', async () => {
    const { cwd } = await withPlan();
    const io = testIo({ cwd });
    const code = await main(['roll', 'plan.xlsx', '–out', 'neste.xlsx', '--lang', lang], io);
    expect(code).toBe(2);
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toContain('–out');
    expect(io.err()).toContain('--out');
    expect(io.err()).toContain(said[lang]);
    expect(io.err().trim().split('\n')).toHaveLength(1);
  });

  test('check with «—format» (em dash): exit 2, not told as a missing file', async () => {
    const { cwd } = await withPlan();
    const io = testIo({ cwd });
    const code = await main(['check', 'plan.xlsx', '—format', 'json', '--lang', lang], io);
    expect(code).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('--format');
    expect(io.err()).toContain(said[lang]);
    expect(io.err()).not.toMatch(/finnes ikke|finst ikkje|no such file/);
  });

  test('check with «−−write» (minus signs): exit 2, no copy written', async () => {
    const { cwd } = await withPlan();
    const io = testIo({ cwd });
    const code = await main(['check', 'plan.xlsx', '−−write', '--lang', lang], io);
    expect(code).toBe(2);
    expect(io.files()).toEqual(['plan.xlsx']);
    expect(io.err()).toContain('--write');
  });
});

describe('longDashOption', () => {
  it.each([
    ['–out', '--out'],
    ['—format=json', '--format'],
    ['−−write', '--write'],
    ['–-in-place', '--in-place'],
    ['--out', null],
    ['–utkast.xlsx', null],
    ['–', null],
    ['2027–2030.xlsx', null],
  ])('%s → %s', (arg, option) => {
    expect(longDashOption(arg)).toBe(option);
  });

  test('«—lang en» is refused in English, the language it asks for', () => {
    expect(argLang(['check', 'plan.xlsx', '—lang', 'en'])).toBe('en');
    expect(argLang(['check', 'plan.xlsx', '–lang=nn'])).toBe('nn');
  });
});
