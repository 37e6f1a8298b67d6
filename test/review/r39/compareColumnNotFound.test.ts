/**
 * Review r39 — severity: high (invented changes in the change log of a political case). SPEC §4 finds a column by
 * its header text; a compared column not found is `column-missing`, an error of check (§8).
 *
 * What she did: the example plan (`new plan.xlsx --example --start 2027`, 1000 kr) adopted in June. In the autumn the
 * header «Nye midler» of Tiltak drift (Q1) was retyped «Nye midler ØP»; no figure under it changed. `compare plan.xlsx
 * host.xlsx`.
 *
 * Seen: exit 0, «7 endret», each costed measure's Nye midler «2 400 → (tom)», «500 → (tom)» …, new money per year
 * 1 370 → 0, 2 300 → 0, 2 900 → 0, 3 500 → 0 and every Rammeområde to 0: a cut of 10 070 (1000 kr) nobody made.
 *
 * By hand: no Nye midler changed; the newer version's column was not read. As for a table not found
 * (compareTableNotFound.test.ts), the comparison is not made: exit 2, nothing on stdout, the finding named.
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { openXlsxFile, saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';

jest.setTimeout(30_000);

async function retyped(cwd: string, from: string, to: string, cell: string, text: string): Promise<void> {
  const wb = await openXlsxFile(path.join(cwd, from));
  await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: cell, values: [[text]] }]);
  await saveXlsxFile(wb, path.join(cwd, to));
}

describe('compare when a compared column of one version is not found and the other version has it', () => {
  it.each([
    ['the newer', ['plan.xlsx', 'host.xlsx']],
    ['the older', ['host.xlsx', 'plan.xlsx']],
  ])('%s with «Nye midler» retyped: not compared (exit 2), no Nye midler emptied', async (_, files) => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    await retyped(io.cwd, 'plan.xlsx', 'host.xlsx', 'Q1', 'Nye midler ØP');
    const t = testIo({ cwd: io.cwd });
    const code = await main(['compare', ...files], t);
    // Seen: 0, with «Nye midler 2 400 → (tom)» and new money 1 370 → 0 … on stdout.
    expect(t.out()).toBe('');
    expect(code).toBe(2);
    expect(t.err()).toContain('host.xlsx');
    expect(t.err()).toContain('Nye midler');
  });

  it('both versions with it retyped: compared as usual, no change', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    await retyped(io.cwd, 'plan.xlsx', 'host.xlsx', 'Q1', 'Nye midler ØP');
    const t = testIo({ cwd: io.cwd });
    expect(await main(['compare', 'host.xlsx', 'host.xlsx', '--format', 'json'], t)).toBe(0);
    const doc = JSON.parse(t.out()) as { measures: { added: unknown[]; removed: unknown[]; changed: unknown[] } };
    expect([doc.measures.added, doc.measures.removed, doc.measures.changed]).toEqual([[], [], []]);
  });
});
