/**
 * `import` of a workbook that is already the product's: a plan (`new --example`: tblTiltakDrift and
 * tblTiltakInvestering) or finance's economy plan (`new --economy-plan`: tblOkonomiplan alone). Read as a legacy
 * table, a plan would lose its Plannavn and all its economy plan lines, and the log would speak of sections it
 * did not miss; so import refuses such a workbook before reading it as legacy, writes nothing, exits 2 and says
 * what the file is and which command to use instead.
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

const WORDS = {
  nb: { plan: 'allerede en tiltaksplan', economy: 'en økonomiplan', nothing: 'ingenting er skrevet' },
  nn: { plan: 'allereie ein tiltaksplan', economy: 'ein økonomiplan', nothing: 'ingenting er skrive' },
  en: { plan: 'already a measures plan', economy: 'an economy plan', nothing: 'nothing was written' },
} as const;

async function made(args: string[]) {
  const io = testIo();
  expect(await main(['new', ...args], testIo({ cwd: io.cwd }))).toBe(0);
  return io;
}

describe('import of a workbook that is already a Tiltaksplan workbook', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s: a plan is refused, pointing to check and roll', async (lang) => {
    const io = await made(['eksempel.xlsx', '--example']);
    expect(await main(['import', 'eksempel.xlsx', '--out', 'x.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.files()).toEqual(['eksempel.xlsx']);
    expect(io.out()).toBe('');
    const err = io.err();
    expect(err).toContain('eksempel.xlsx');
    expect(err).toContain(WORDS[lang].plan);
    expect(err.toLowerCase()).toContain(WORDS[lang].nothing);
    expect(err).toContain('tiltaksplan check eksempel.xlsx');
    expect(err).toContain('tiltaksplan roll eksempel.xlsx --out');
    // Not the legacy reader's log about a section row before the first measure.
    expect(err).not.toMatch(/seksjon/i);
  });

  it.each(['nb', 'nn', 'en'] as const)(
    '%s: an economy plan is refused, pointing to check --economy-plan',
    async (lang) => {
      const io = await made(['okonomiplan.xlsx', '--economy-plan', '--start', '2027']);
      expect(await main(['import', 'okonomiplan.xlsx', '--out', 'x.xlsx', '--lang', lang], io)).toBe(2);
      expect(io.files()).toEqual(['okonomiplan.xlsx']);
      expect(io.out()).toBe('');
      const err = io.err();
      expect(err).toContain(WORDS[lang].economy);
      expect(err.toLowerCase()).toContain(WORDS[lang].nothing);
      expect(err).toContain('tiltaksplan check PLAN.xlsx --economy-plan okonomiplan.xlsx');
    },
  );
});
