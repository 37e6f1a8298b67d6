/**
 * `tiltaksplan roll` of the built-in example, as a newcomer ran it: the finished one-offs D-002 and D-009 leave,
 * the sections they leave are numbered again (no priority-gap for the next check), and the roll says that the
 * economy plan's new last year 2031 is still empty. Figures by hand from the example (src/domain/example).
 */
import { run } from '../../src/cli/commands/roll';
import { run as newRun } from '../../src/cli/commands/new';
import { run as checkRun } from '../../src/cli/commands/check';
import { runCommand, scratchDir } from './cliRun';

describe('tiltaksplan roll of the example', () => {
  it('numbers the sections again, names each change and the empty 2031, and check finds no priority-gap', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['x.xlsx', '--example'], dir)).code).toBe(0);
      const result = await runCommand(run, ['x.xlsx', '--out', 'y.xlsx'], dir);
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const lines = result.stdout.trim().split('\n');
      // Samfunn og tjenester was 1..5 (D-001..D-005), D-002 left: D-003 3 → 2, D-004 4 → 3, D-005 5 → 4.
      // Organisasjon was 1..6 (D-006..D-011), D-009 left: D-010 5 → 4, D-011 6 → 5.
      expect(lines).toEqual([
        'Skrev y.xlsx: planperioden 2028–2031; forrige periode er lagret på arket «Arkiv 2027–2030».',
        'Engangstiltaket D-002 har ingen kostnad i den nye perioden og er tatt ut av tabellene (det står på arket «Arkiv 2027–2030»).',
        'Engangstiltaket D-009 har ingen kostnad i den nye perioden og er tatt ut av tabellene (det står på arket «Arkiv 2027–2030»).',
        'Prioritetene i seksjonen «Samfunn og tjenester» er nummerert på nytt etter at ferdige engangstiltak gikk ut: D-003 3 → 2, D-004 4 → 3, D-005 5 → 4 (de gamle står på arket «Arkiv 2027–2030»).',
        'Prioritetene i seksjonen «Organisasjon» er nummerert på nytt etter at ferdige engangstiltak gikk ut: D-010 5 → 4, D-011 6 → 5 (de gamle står på arket «Arkiv 2027–2030»).',
        'Økonomiplanen har ingen beløp for 2031 ennå: kontrollen avstemmer ikke 2031 før tallene fra den nye økonomiplanen er lagt inn.',
      ]);
      const check = await runCommand(checkRun, ['y.xlsx'], dir);
      // The one warning: 2031 not typed in the economy plan yet (economy-plan-year-empty).
      expect(check.stdout).toContain('Funn i arkene: 0 feil, 1 advarsel, 0 merknader.');
      expect(check.stdout).not.toContain('Prioritetene i seksjonen');
    } finally {
      cleanup();
    }
  });
});
