/**
 * Review r14: after a change of Beløpsenhet (1000 kr → mill kr, every amount converted), every «Akseptert» row asks
 * to be reconsidered: the Avvik it was accepted at (the row's Avvik, or the one its note names) is read in the new
 * unit, 100 (1000 kr, that is 100 000 kr) as 100 mill kr.
 *
 * The built-in example in mill kr, checked with --write: D-003 2030 has Tiltaksplan 0,5, Økonomiplan 0,4, Avvik 0,1
 * (500 000 − 400 000 = 100 000 kr). Its row is then made what a run in 1000 kr wrote: 500, 400, 100, «Akseptert».
 * In kroner nothing changed (100 × 1 000 = 0,1 × 1 000 000 = 100 000 kr): no note is expected.
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';
import { avstemmingRow } from '../../helpers/avstemming';

const CHECK = ['check', 'plan.xlsx', '--write', '--in-place'];

/** The example in mill kr, checked with --write, its D-003 2030 row typed with `cells` and saved; the file. */
async function writtenIn1000kr(cells: Readonly<Record<string, string | number>>): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--unit', 'mill kr'], io)).toBe(0);
  expect(await main(CHECK, testIo({ cwd: io.cwd }))).toBe(1);
  const file = path.join(io.cwd, 'plan.xlsx');
  const row = await avstemmingRow(file, 'D-003', 2030);
  expect([row.cell('Tiltaksplan').value, row.cell('Økonomiplan').value, row.cell('Avvik').value]).toEqual([
    0.5, 0.4, 0.1,
  ]);
  for (const [h, v] of Object.entries(cells)) row.cell(h).value = v;
  await row.wb.xlsx.writeFile(file);
  expect(await main(CHECK, testIo({ cwd: io.cwd }))).toBe(1);
  return file;
}

describe('«Akseptert» after a change of Beløpsenhet (docs/spec.md §10)', () => {
  test('an Avvik accepted as 100 in 1000 kr is the 0,1 mill kr now there: no note', async () => {
    const file = await writtenIn1000kr({ Tiltaksplan: 500, Økonomiplan: 400, Avvik: 100, Status: 'Akseptert' });
    const row = await avstemmingRow(file, 'D-003', 2030);
    expect(row.cell('Status').value).toBe('Akseptert');
    expect(row.cell('Avvik').value).toBe(0.1);
    // Today: «Akseptert ved avvik 100; avviket er nå 0,1 — vurder på nytt. …»
    expect(String(row.cell('Forklaring').value)).not.toContain('vurder på nytt');
  });

  test('a note of a 1000 kr run naming 100 is read in that unit too: no note once the Avvik is back to it', async () => {
    const note = 'Akseptert ved avvik 100; avviket er nå 150 — vurder på nytt. Tøm Forklaring-cellen for å godta 150.';
    const file = await writtenIn1000kr({
      Tiltaksplan: 550,
      Økonomiplan: 400,
      Avvik: 150,
      Forklaring: `${note} Nye midler for D-003 i 2030: …`,
      Status: 'Akseptert',
    });
    const row = await avstemmingRow(file, 'D-003', 2030);
    expect(String(row.cell('Forklaring').value)).not.toContain('vurder på nytt');
  });

  test('an Avvik that did change in kroner still asks: accepted 200 (1000 kr), now 0,1 mill kr', async () => {
    const file = await writtenIn1000kr({ Tiltaksplan: 600, Økonomiplan: 400, Avvik: 200, Status: 'Akseptert' });
    const row = await avstemmingRow(file, 'D-003', 2030);
    // 200 000 kr accepted, named in the unit of the run: 0,2 mill kr.
    expect(String(row.cell('Forklaring').value)).toContain(
      'Akseptert ved avvik 0,2; avviket er nå 0,1 — vurder på nytt',
    );
  });
});
