import { readPlan } from '../../../src/domain/read/plan';
import { rollMissingTables, rollRefusal } from '../../../src/domain/rollover/typed';
import { canonicalSnapshot, withoutSheet } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

// SPEC §11, the product's choice: a measure table or the economy plan table not found (sheet-missing, an error in
// check) in a workbook whose settings are found is not rolled. A plan made by `new` has all three tables.
const findingsOf = (wb: ReturnType<typeof canonicalSnapshot>) => readPlan(wb, { defaultStartYear: 2027 }).findings;
const plan = () => canonicalSnapshot({ operating: [operatingRow()] });

describe('rollMissingTables', () => {
  it('carries on with a whole plan', () => {
    expect(rollMissingTables(findingsOf(plan()))).toEqual([]);
  });

  it.each([
    ['Tiltak drift', 'tblTiltakDrift'],
    ['Tiltak investering', 'tblTiltakInvestering'],
    ['Økonomiplan', 'tblOkonomiplan'],
  ])('refuses the sheet %s gone, naming its table %s', (sheet, table) => {
    const refusal = rollMissingTables(findingsOf(withoutSheet(plan(), sheet)));
    expect(refusal.map((f) => [f.code, f.sheet, f.cell, f.params.table])).toEqual([
      ['sheet-missing', sheet, 'A1', table],
    ]);
    // Not a period finding: saving a version (which asks rollRefusal) is not changed by it.
    expect(rollRefusal(findingsOf(withoutSheet(plan(), sheet)))).toEqual([]);
  });

  it('does not judge a workbook without its settings table: the choice is for one whose settings are found', () => {
    const findings = findingsOf(withoutSheet(withoutSheet(plan(), 'Innstillinger'), 'Tiltak investering'));
    expect(findings.filter((f) => f.code === 'sheet-missing').map((f) => f.params.table)).toEqual([
      'tblInnstillinger',
      'tblTiltakInvestering',
    ]);
    expect(rollMissingTables(findings)).toEqual([]);
  });
});
