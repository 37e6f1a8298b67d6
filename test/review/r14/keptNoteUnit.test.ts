/**
 * Review r14: a row kept below the items (its item gone, no amounts) remembers the Avvik its «Akseptert» was given at
 * only in its note, «Akseptert ved avvik 100.», read in the Beløpsenhet of the run. After a change of unit
 * (1000 kr → mill kr) the 100 000 kr accepted is read as 100 mill kr. The note now names its unit, and is read in it.
 *
 * The built-in example (1000 kr), checked with --write; D-003 2030 (Avvik 100: 500 against Økonomiplan!J6 400) is
 * accepted, then Tiltak drift!K1 «2030» typed 2031: the item is not compared and the row kept below.
 */
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { kr } from '../../../src/domain/model/money';
import { reviewStatus } from '../../../src/domain/sheets/statusReview';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { exampleTyped } from '../../cli/exampleTyped';
import { testIo } from '../../cli/testIo';
import { avstemmingRow } from '../../helpers/avstemming';

const ARGS = ['check', 'plan.xlsx', '--write', '--in-place'];

describe('the note of an accepted row kept below the items names its unit (docs/spec.md §10)', () => {
  test('«Akseptert ved avvik 100 (1000 kr).»', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, () => undefined);
    const file = path.join(io.cwd, 'plan.xlsx');
    expect(await main(ARGS, io)).toBe(1);
    const row = await avstemmingRow(file, 'D-003', 2030);
    expect(row.cell('Avvik').value).toBe(100);
    row.cell('Status').value = 'Akseptert';
    row.wb.getWorksheet('Tiltak drift')!.getCell('K1').value = 2031;
    await row.wb.xlsx.writeFile(file);
    await main(ARGS, testIo({ cwd: io.cwd }));

    const kept = await avstemmingRow(file, 'D-003', 2030, false);
    expect(String(kept.cell('Forklaring').value).endsWith(' Akseptert ved avvik 100 (1000 kr).')).toBe(true);
  });

  test('read in that unit in a mill kr workbook: 100 (1000 kr) is 100 000 kr', () => {
    const texts = reconciliationSheetText('nb', 'mill kr');
    const old = {
      status: 'Akseptert',
      class: null,
      difference: null,
      explanation: 'Ikke avstemt i denne kjøringen … Akseptert ved avvik 100 (1000 kr).',
    };
    const item = (difference: number) => ({
      code: 'measure-new-money',
      class: 'mismatch' as const,
      severity: 'error' as const,
      difference: kr(difference),
    });
    // The item back at 0,1 mill kr: the Avvik accepted. Today: 100 read as 100 mill kr, «vurder på nytt».
    expect(reviewStatus(old, item(100_000), 'mill kr', texts)).toBeNull();
    expect(reviewStatus(old, item(200_000), 'mill kr', texts)).toEqual({
      kind: 'accepted-changed',
      accepted: 100_000,
      now: 200_000,
    });
  });
});
