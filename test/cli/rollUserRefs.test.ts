/**
 * `tiltaksplan roll` of a workbook whose user's own formulas and names refer into the rolled tables' year columns
 * (SPEC §11 as docs/spec.md adds to it): the roll gives each year column the next year, so a reference by A1
 * address now reads another year, and a structured reference to the year that left finds no column. The roll
 * never rewrites the user's formulas: it names each one. Hand-made from `new --example --start 2027`:
 * tblTiltakDrift A1:U12 with 2027…2030 in H…K, Sum periode in L; tblTiltakInvestering A1:Y6 with 2027…2030 in K…N.
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
        [f("=SUM('Tiltak drift'!H2:H12)")], // B2: H is 2027 → 2028 after the roll: named
        [f("=SUM('Tiltak drift'!L2:L12)")], // B3: L is Sum periode before and after: not named
        [f('=SUM(tblTiltakDrift[2027])')], // B4: the year that left: named
        [f('=SUM(tblTiltakDrift[2028])')], // B5: 2028 stays a column of the table: not named
        [f('="\'Tiltak drift\'!H2"&"x"')], // B6: text that looks like a reference: not named
        [f("=SUM('Tiltak investering'!$K$2:$N$6)+H2")], // B7: K…N 2027–2030 → 2028–2031; H2 is Oversikt's own
      ],
    },
    // Beside the table on its own sheet, below it: an unqualified reference to J (2029 → 2030).
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'X14', values: [[f('=J2*2')]] },
    { kind: 'defineName', name: 'DriftSum', ref: "'Tiltak drift'!$H$2:$H$12" },
    { kind: 'defineName', name: 'Navnliste', ref: "'Tiltak drift'!$E$2:$E$12" }, // Tiltak: no year column
  ]);
  await saveXlsxFile(wb, path.join(dir, 'refs.xlsx'));
}

describe('roll names the user formulas and names that refer into the rolled year columns', () => {
  it('names each A1 reference to a year column and each structured reference to the year that left', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      await handMade(dir);
      const result = await runCommand(run, ['refs.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const lines = result.stdout.split('\n');
      const cell = (c: string, ref: string, before: string, after: string) =>
        cliText('rollStaleCell', 'nb', { cell: c, ref, before, after });
      const expected = [
        cell('Oversikt!B2', "'Tiltak drift'!H2:H12", '2027', '2028'),
        cliText('rollGoneYear', 'nb', { where: 'Oversikt!B4', ref: 'tblTiltakDrift[2027]', year: '2027' }),
        cell('Oversikt!B7', "'Tiltak investering'!$K$2:$N$6", '2027–2030', '2028–2031'),
        cell('Tiltak drift!X14', 'J2', '2029', '2030'),
        cliText('rollStaleName', 'nb', {
          name: 'DriftSum',
          ref: "'Tiltak drift'!$H$2:$H$12",
          before: '2027',
          after: '2028',
        }),
      ];
      expect(lines).toEqual(expect.arrayContaining(expected));
      // Exactly those five: Sum periode, 2028 by name, the text, Oversikt!H2 and the Tiltak column are not named.
      const named = lines.filter((l) => /Oversikt!|X14|DriftSum|Navnliste/.test(l));
      expect(named).toHaveLength(5);
      // The user's formulas are left as she wrote them.
      const rolled = await (await openXlsxFile(path.join(dir, 'rullert.xlsx'))).read();
      const formulas = rolled.sheets.find((s) => s.sheet === 'Oversikt')?.formulas ?? [];
      expect(formulas.map((r) => r[r.length - 1])).toContain("=SUM('Tiltak drift'!H2:H12)");
      expect(rolled.names?.find((n) => n.name === 'DriftSum')?.ref).toBe("'Tiltak drift'!$H$2:$H$12");
    } finally {
      cleanup();
    }
  }, 60_000);
});
