/**
 * Review r9: the short unit spellings of municipal budgets that parseUnit reads since 96777f1 (docs/spec.md §3: tkr,
 * TNOK = 1000 kr; mkr, MNOK, NOK mill, millkr = mill kr) were no unit at all to the legacy import's header reader
 * (legacyImport/units.ts findUnit, which knew MNOK only): a legacy table titled «… (mkr)» was read as if it stated
 * none, its amounts taken in the assumed 1000 kr, 1000 times too small, and the log said «ingen enhet oppgitt»
 * though the title states one. Written as failing tests; 427f920 (findUnit reads through parseUnit) made them pass.
 * SPEC §11: the unit written over the columns or in the table's heading applies.
 *
 * Figures by hand, as units.test.ts: mill kr × 1000 = 1000 kr, so 2,4 / 0,6 / 1,2 / 1,8 / 2,4 mill → 2 400 / 600 /
 * 1 200 / 1 800 / 2 400; Endr. drift «----» = 0; Nye midler 2,4 → 2 400. A table in tkr imported with `--unit
 * "mill kr"` (the plan's unit, and the unit of columns whose heading states none) is converted: 2,4 tkr = 0,0024 mill.
 */
import type { ImportResult } from '../../../src/domain/legacyImport/import';
import { findUnit } from '../../../src/domain/legacyImport/units';
import { parseUnit, type Unit } from '../../../src/domain/model/money';
import { BODY, figures, importTitled } from './titledTable';

// The section and its first measure only.
const run = (title: string, unit?: Unit): ImportResult => importTitled(title, { body: BODY.slice(0, 2), unit });

describe('a legacy table whose heading states its unit in a short form that Beløpsenhet accepts (review r9)', () => {
  // The spellings as parseUnit reads them: one unit each. findUnit must not read them otherwise, nor as no unit.
  test.each(['mkr', 'tkr', 'TNOK'])('findUnit reads «Kostnad %s» as parseUnit does', (s) => {
    expect(findUnit(`Kostnad ${s}`)).toBe(parseUnit(s));
  });

  test.each([['Tabell 6.1 Utviklingstiltak drift (mkr)'], ['Tabell 6.1 Utviklingstiltak drift, beløp i mkr']])(
    '%p: the amounts are mill kr, converted to 1000 kr',
    (title) => {
      expect(figures(run(title))).toEqual([[2400, 600, 1200, 1800, 2400, 0, 2400]]);
    },
  );

  test('a table in tkr imported into a mill kr plan (--unit "mill kr") is converted from thousands', () => {
    // 2,4 tkr = 2 400 kr = 0,0024 mill kr (and 0,6 / 1,2 / 1,8 tkr likewise); read as «no unit stated», the --unit
    // applies and 2,4 tkr becomes 2,4 mill kr, 1000 times too much.
    expect(figures(run('Tabell 6.1 Utviklingstiltak drift (tkr)', 'mill kr'))).toEqual([
      [0.0024, 0.0006, 0.0012, 0.0018, 0.0024, 0, 0.0024],
    ]);
  });

  // Control: the spellings findUnit already knows give these figures (the test can pass).
  test('the same table titled «(mill kr)» or «(MNOK)» is converted (control)', () => {
    expect(figures(run('Tabell 6.1 Utviklingstiltak drift (mill kr)'))).toEqual([
      [2400, 600, 1200, 1800, 2400, 0, 2400],
    ]);
    expect(figures(run('Tabell 6.1 Utviklingstiltak drift (MNOK)'))).toEqual([[2400, 600, 1200, 1800, 2400, 0, 2400]]);
  });
});
