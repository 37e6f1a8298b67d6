/**
 * Review r45, finding 1. compare's wrong-order warning (docs/spec.md §14) tells her the command to type instead,
 * «tiltaksplan compare NEWER OLDER». Explorer and Finder name files with spaces («Tiltaksplan 2027.xlsx»), and the
 * names went into that command bare: copied, `tiltaksplan compare Tiltaksplan 2027.xlsx Rullert plan.xlsx` is four
 * words, refused as four files. The command names a file with spaces in the shell's straight quotes, as the
 * spaced-name line does (src/cli/spacedName.ts); the sentence around it names the files as before.
 *
 * By hand: the example (2027–2030) saved as «Tiltaksplan 2027.xlsx» and rolled to «Rullert plan.xlsx» (2028–2031),
 * given in the wrong order: the command is tiltaksplan compare "Tiltaksplan 2027.xlsx" "Rullert plan.xlsx".
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

jest.setTimeout(30_000);

const PLAN = 'Tiltaksplan 2027.xlsx';
const ROLLED = 'Rullert plan.xlsx';
const WARN = {
  nb: 'Er filene gitt i riktig rekkefølge?',
  nn: 'Er filene gitt i rett rekkjefølgje?',
  en: 'Are the files given in the right order?',
} as const;

describe('compare in the wrong order, files with spaces in their names', () => {
  let cwd = '';
  beforeAll(async () => {
    const io = { ...testIo(), today: '2027-12-15' };
    expect(await main(['new', PLAN, '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['roll', PLAN, '--out', ROLLED], io)).toBe(0);
    cwd = io.cwd;
  });

  it.each(['nb', 'nn', 'en'] as const)('the command to type quotes both names (%s)', async (lang) => {
    const t = testIo({ cwd });
    expect(await main(['compare', ROLLED, PLAN, '--lang', lang], t)).toBe(0);
    const lines = t.err().split('\n');
    expect(lines.filter((l) => l.startsWith(WARN[lang]))).toHaveLength(1);
    const line = lines.find((l) => l.startsWith(WARN[lang])) ?? '';
    expect(line).toContain('tiltaksplan compare "Tiltaksplan 2027.xlsx" "Rullert plan.xlsx"');
    // The sentence still names the files as she gave them.
    expect(line).toContain(`${ROLLED} `);
  });
});
