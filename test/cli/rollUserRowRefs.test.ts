/**
 * `tiltaksplan roll` of a workbook whose user's formulas and names read a measure's row by address outside the
 * year columns (docs/spec.md §11, an addition of this repository): the roll takes the finished Engangs measures
 * D-002 (row 3) and D-009 (row 10) out of tblTiltakDrift, so the rows below them move up, and a formula that read
 * D-004's row now reads D-005's. Named, never rewritten. Hand-made from `new --example --start 2027`: drift rows
 * 2…12 hold D-001…D-011 (ID in A, Tiltak in E, Sum periode in L); after the roll rows 2…10 hold D-001, D-003…D-008,
 * D-010, D-011 (11 − 2 = 9 measures), so row 4 holds D-004, row 5 D-005, row 12 none.
 */
import path from 'node:path';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { cliText } from '../../src/i18n/cliCommand';
import { openXlsxFile, saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

async function handMade(dir: string): Promise<void> {
  expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
  const wb = await openXlsxFile(path.join(dir, 'plan.xlsx'));
  const f = (formula: string) => ({ formula, value: 0 });
  await wb.apply([
    { kind: 'ensureSheet', sheet: 'Oversikt' },
    {
      kind: 'setCells',
      sheet: 'Oversikt',
      origin: 'B2',
      values: [
        [f("='Tiltak drift'!L5")], // B2: D-004's Sum periode; row 5 holds D-005 after: named
        [f("=SUM('Tiltak drift'!L2:L12)")], // B3: the whole table; only the leavers are gone: not named
        [f("='Tiltak drift'!E2")], // B4: D-001 stays in row 2: not named
        [f("='Tiltak drift'!E12")], // B5: D-011; row 12 holds no measure after: named
        [f("=SUM('Tiltak drift'!L2:L4)")], // B6: D-001…D-003 → D-001, D-003, D-004: named
        [f("='Tiltak investering'!E3")], // B7: no investment leaves: not named
      ],
    },
    { kind: 'defineName', name: 'FemteTiltak', ref: "'Tiltak drift'!$E$5" },
  ]);
  await saveXlsxFile(wb, path.join(dir, 'rows.xlsx'));
}

describe('roll names the user formulas and names that read a row another measure holds after the roll', () => {
  it('names each reference whose rows hold another measure, not a sum over the whole table', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const result = await runCommand(run, ['rows.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      const cell = (c: string, ref: string, before: string, after: string) =>
        cliText('rollRowCell', 'nb', { cell: c, ref, before, after });
      expect(lines).toEqual(
        expect.arrayContaining([
          cell('Oversikt!B2', "'Tiltak drift'!L5", 'D-004', 'D-005'),
          cell('Oversikt!B5', "'Tiltak drift'!E12", 'D-011', 'ikke noe tiltak'),
          cell('Oversikt!B6', "'Tiltak drift'!L2:L4", 'D-001, D-002, D-003', 'D-001, D-003, D-004'),
          cliText('rollRowName', 'nb', {
            name: 'FemteTiltak',
            ref: "'Tiltak drift'!$E$5",
            before: 'D-004',
            after: 'D-005',
          }),
        ]),
      );
      // Exactly those four: B3, B4 and B7 are not named.
      expect(lines.filter((l) => /Oversikt!|FemteTiltak/.test(l))).toHaveLength(4);
      // The user's formula is left as she wrote it.
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const formulas = rolled.sheets.find((s) => s.sheet === 'Oversikt')?.formulas ?? [];
      expect(formulas.map((r) => r[r.length - 1])).toContain("='Tiltak drift'!L5");
    } finally {
      cleanup();
    }
  }, 60_000);

  it.each([
    ['nb', 'Rulleringen skriver aldri om formlene dine: den nevner dem som nå leser et annet år eller tiltak'],
    ['nn', 'Rulleringa skriv aldri om formlane dine: ho nemner dei som no les eit anna år eller tiltak'],
    ['en', 'The roll never rewrites your formulas: it names those that now read another year or measure'],
  ])('roll --help --lang %s says that the roll names such references', async (lang, text) => {
    const { dir, cleanup } = scratchDir();
    try {
      const result = await runCommand(run, ['--help', '--lang', lang], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(text);
    } finally {
      cleanup();
    }
  });
});
