/**
 * Review r14: a row she accepted whose item is gone for a run is kept below the items without its Klasse, so when
 * the item returns as a graver class only its Avvik is compared: a timing difference accepted, back as a mismatch
 * at the same Avvik, passes as accepted.
 *
 * The built-in example, checked with --write: D-005 2030 is «Periodisering» (a warning), Avvik −200 (400 against
 * Økonomiplan!J7 600; the period sums agree). She accepts it. Tiltak drift!K1 «2030» is typed 2031: the item is not
 * compared and her row is kept below. The header put back and Økonomiplan!G7 (D-005 2027) typed 100 instead of 0,
 * the period sums differ by 100: D-005 2030 is back as «Avvik» (an error), still −200.
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { exampleTyped } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';
import { avstemmingRow } from '../../helpers/avstemming';

const ARGS = ['check', 'plan.xlsx', '--write', '--in-place'];

describe('an accepted row kept below the items keeps its Klasse (docs/spec.md §10)', () => {
  test('and its item, back as a graver class, is told so', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, () => undefined);
    const file = path.join(io.cwd, 'plan.xlsx');
    expect(await main(ARGS, io)).toBe(1);

    const row = await avstemmingRow(file, 'D-005', 2030);
    expect([row.cell('Klasse').value, row.cell('Avvik').value]).toEqual(['Periodisering', -200]);
    row.cell('Status').value = 'Akseptert';
    row.wb.getWorksheet('Tiltak drift')!.getCell('K1').value = 2031;
    await row.wb.xlsx.writeFile(file);
    await main(ARGS, testIo({ cwd: io.cwd }));

    const kept = await avstemmingRow(file, 'D-005', 2030, false);
    expect(kept.cell('Avvik').value).toBeNull();
    // Today: empty.
    expect(kept.cell('Klasse').value).toBe('Periodisering');

    kept.wb.getWorksheet('Tiltak drift')!.getCell('K1').value = 2030;
    const economy = kept.wb.getWorksheet('Økonomiplan')!;
    expect(economy.getCell('G7').value).toBe(0);
    economy.getCell('G7').value = 100;
    await kept.wb.xlsx.writeFile(file);
    await main(ARGS, testIo({ cwd: io.cwd }));

    const back = await avstemmingRow(file, 'D-005', 2030);
    expect([back.cell('Klasse').value, back.cell('Avvik').value]).toEqual(['Avvik', -200]);
    expect(back.cell('Status').value).toBe('Akseptert');
    expect(String(back.cell('Forklaring').value)).toContain('Akseptert som Periodisering; nå Avvik — vurder på nytt');
  });
});
