/**
 * Review r42, finding 5 (lost data in a comparison). After the council adopted the plan, she adds a measure by typing
 * it on the first empty row under «Tiltak drift» — in LibreOffice, or with Excel's table auto-expand off, the row
 * stays outside tblTiltakDrift. `check` warns (row-below-table: «ligger utenfor tabellen … ikke med i kontrollen»),
 * but `compare ADOPTED NEW` said «Ingen endringer.» and nothing else: the reader of the political case never learns
 * that a new measure (D-010, 100 a year in 2011–2014) is in her file and left out.
 *
 * By hand: the comparison itself stays as SPEC §14 reads the tables (D-010 is not in the table, so no measure is
 * added), but compare says on stderr, as it does for amount cells it counts as 0, which rows of which file lie outside
 * the tables and are not compared: the file, «Tiltak drift!A11», and the way to bring them in.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run as compareRun } from '../../../src/cli/commands/compare';
import { checkSnapshot } from '../../../src/domain/check';
import { planVersion } from '../../../src/domain/compare/side';
import { readPlan } from '../../../src/domain/read/plan';
import { warningsOf } from '../../../src/taskpane/views/changesNotices';
import { snapshotBytes } from '../../fixtures/make/snapshotToXlsx';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import { runCommand, scratchDir } from '../../cli/cliRun';

/** The adopted plan: the seed's miljøteam (600 / 1 200 / 1 800 / 2 400, here 2027–2030) as D-001 on row 2. */
const adopted = canonicalSnapshot({ settings: { Plannavn: 'Boligsosial handlingsplan' }, operating: [operatingRow()] });

/** Her new measure on row 3, right under the table (A ID, B Seksjon, C Prioritet, E Tiltak, F Type, G Status, H–K). */
const typed: Record<string, string | number> = {
  A3: 'D-010',
  B3: 'Organisasjon',
  C3: 1,
  E3: 'Bostøtte-veiledning',
  F3: 'Varig',
  G3: 'Beregnet',
  H3: 100,
  I3: 100,
  J3: 100,
  K3: 100,
};
const edited = Object.entries(typed).reduce((wb, [cell, value]) => setCell(wb, 'Tiltak drift', cell, value), adopted);

test('compare of a version with a measure typed under the table, outside it, names the row it leaves out (was a silent «Ingen endringer»)', async () => {
  const { dir, cleanup } = scratchDir();
  try {
    const old = path.join(dir, 'vedtatt.xlsx');
    const now = path.join(dir, 'ny.xlsx');
    writeFileSync(old, await snapshotBytes(adopted));
    writeFileSync(now, await snapshotBytes(edited));
    const out = await runCommand(compareRun, [old, now], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Ingen endringer.');
    expect(out.stderr).toContain(now);
    expect(out.stderr).toContain('Tiltak drift!A3');
    expect(out.stderr).toMatch(/utenfor tabellen/);
  } finally {
    cleanup();
  }
});

test('the pane’s Endringer says the same of the open workbook and of the other file (not of a saved version)', () => {
  const opened = checkSnapshot(edited, { file: 'ny.xlsx', defaultStartYear: 2027, render: (f) => f.code });
  const other = planVersion(readPlan(edited, { defaultStartYear: 2027 }), '/data/ny2.xlsx', 'ny2.xlsx');
  const warnings = warningsOf('nb', other, 'ny.xlsx', opened).filter((w): w is string => w !== null);
  expect(warnings).toEqual([
    'ny2.xlsx: 1 rad rett under en tabell ligger utenfor tabellen og er ikke med i sammenligningen (Tiltak drift!A3). ' +
      'Er det et tiltak eller en linje du har lagt til, står det ikke blant endringene. Se Kontroll for hvordan du tar ' +
      'raden inn i tabellen.',
    'ny.xlsx: 1 rad rett under en tabell ligger utenfor tabellen og er ikke med i sammenligningen (Tiltak drift!A3). ' +
      'Er det et tiltak eller en linje du har lagt til, står det ikke blant endringene. Se Kontroll for hvordan du tar ' +
      'raden inn i tabellen.',
  ]);
  const clean = checkSnapshot(adopted, { file: 'vedtatt.xlsx', defaultStartYear: 2027, render: (f) => f.code });
  expect(warningsOf('en', other, 'vedtatt.xlsx', clean).filter((w) => w !== null)).toEqual([
    'ny2.xlsx: 1 row right under a table lies outside it and is not compared (Tiltak drift!A3). A measure or line you ' +
      'added there is not among the changes. See Kontroll for how to bring it into the table.',
  ]);
});
