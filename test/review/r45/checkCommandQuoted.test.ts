/**
 * Review r45, finding 5. compare's lines on a side's rows under a table (new this session), its amount cells that
 * count as 0 and its period in doubt end with the command to run, «tiltaksplan check FILE». A file named with spaces,
 * as Explorer names them («Ny plan.xlsx»), went in bare: copied, the command is refused (two words, two files). The
 * command names it in straight quotes, as the wrong-order line now does; the line still starts with the name as given.
 *
 * By hand: one measure D-001 in the table and D-010 typed on row 3 under «Tiltak drift», outside the table; a «?» in
 * D-001's 2027 amount. Compared with itself under the name «Ny plan.xlsx».
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run as compareRun } from '../../../src/cli/commands/compare';
import { snapshotBytes } from '../../fixtures/make/snapshotToXlsx';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import { runCommand, scratchDir } from '../../cli/cliRun';

jest.setTimeout(30_000);

const base = canonicalSnapshot({ operating: [operatingRow({ '2027': '?' })] });
const typed = setCell(setCell(base, 'Tiltak drift', 'A3', 'D-010'), 'Tiltak drift', 'E3', 'Bostøtte-veiledning');

test.each(['nb', 'nn', 'en'] as const)('the check command quotes a name with spaces (%s)', async (lang) => {
  const { dir, cleanup } = scratchDir();
  try {
    const file = path.join(dir, 'Ny plan.xlsx');
    writeFileSync(file, await snapshotBytes(typed));
    const out = await runCommand(compareRun, [file, file, '--lang', lang], dir);
    expect(out.code).toBe(0);
    const lines = out.stderr.split('\n').filter((l) => l.startsWith(`${file}: `));
    // The rows below the table and the «?» amount: two lines, each with the command quoted.
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain(`tiltaksplan check "${file}"`);
  } finally {
    cleanup();
  }
});
