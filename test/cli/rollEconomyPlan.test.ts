/**
 * `roll` of finance's economy plan workbook (`new --economy-plan`: Innstillinger and tblOkonomiplan, no measure
 * table) refuses and writes nothing; the message says plainly why (it is no plan of measures) and what to do:
 * roll each plan of measures that is checked against it, and make the new period's economy plan anew.
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

const WORDS = {
  nb: { why: 'økonomiplanen', what: 'ingen tiltaksplan', oldWay: 'finner ingen tabell' },
  nn: { why: 'økonomiplanen', what: 'ingen tiltaksplan', oldWay: 'finn ingen tabell' },
  en: { why: 'economy plan', what: 'not a measures plan', oldWay: 'no operating or investment measures table' },
} as const;

describe('roll of an economy plan workbook', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s: refuses, says why and what to roll instead', async (lang) => {
    const io = testIo();
    expect(await main(['new', 'okonomiplan.xlsx', '--economy-plan', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(
      0,
    );
    expect(await main(['roll', 'okonomiplan.xlsx', '--out', 'ny.xlsx', '--lang', lang], io)).toBe(2);
    expect(io.files()).toEqual(['okonomiplan.xlsx']);
    const err = io.err();
    expect(err).not.toContain(WORDS[lang].oldWay);
    expect(err).toContain(WORDS[lang].why);
    expect(err).toContain(WORDS[lang].what);
    // What to do: roll the plan that uses it; a new economy plan for the next period is made anew.
    expect(err).toContain('tiltaksplan roll PLAN.xlsx --out');
    expect(err).toContain('tiltaksplan new');
    expect(err).toContain('--economy-plan');
    // An old plan typed by hand is still told its way in.
    expect(err).toContain('tiltaksplan import okonomiplan.xlsx --out');
  });
});
