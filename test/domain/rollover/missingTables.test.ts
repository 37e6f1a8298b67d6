import { readPlan } from '../../../src/domain/read/plan';
import { rollBlocker, rollMissingSettings, rollMissingTables, rollRefusal } from '../../../src/domain/rollover/typed';
import { canonicalSnapshot, setCell, withoutSheet } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

// SPEC §11, the product's choice: a measure table or the economy plan table not found (sheet-missing, an error in
// check) is not rolled, nor a plan whose settings table is not read (sheet-missing, or column-missing for its
// Innstilling or Verdi column): the period and unit would be the defaults. A plan made by `new` has all of them.
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

  it('refuses a workbook without its settings table, and names the measure table missing beside it too', () => {
    const findings = findingsOf(withoutSheet(withoutSheet(plan(), 'Innstillinger'), 'Tiltak investering'));
    const at = (fs: readonly { code: string; sheet: string; cell: string }[]) =>
      fs.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(at(rollMissingSettings(findings))).toEqual(['sheet-missing Innstillinger!A1']);
    expect(at(rollMissingTables(findings))).toEqual(['sheet-missing Tiltak investering!A1']);
    // The settings first: without them the rest is read in a made-up period and unit.
    expect(rollBlocker(findings)).toBe('settings');
  });
});

describe('rollMissingSettings', () => {
  it('carries on with a whole plan', () => {
    expect(rollMissingSettings(findingsOf(plan()))).toEqual([]);
    expect(rollBlocker(findingsOf(plan()))).toBeNull();
  });

  // canonicalSnapshot's tblInnstillinger has Innstilling in A1 and Verdi in B1: with either header retyped, no
  // setting is read (column-missing at the retyped header's cell, to be renamed back).
  it.each([
    ['A1', 'Parameter', 'Innstilling'],
    ['B1', 'Verdi 2027', 'Verdi'],
  ])('refuses %s retyped «%s»: the %s column is not found', (cell, typed, column) => {
    const findings = findingsOf(setCell(plan(), 'Innstillinger', cell, typed));
    expect(rollMissingSettings(findings).map((f) => [f.code, f.sheet, f.cell, f.params.column])).toEqual([
      ['column-missing', 'Innstillinger', cell, column],
    ]);
    expect(rollBlocker(findings)).toBe('settings');
  });

  it('leaves a measure table not found to rollMissingTables, and a period that does not read to rollRefusal', () => {
    expect(rollBlocker(findingsOf(withoutSheet(plan(), 'Økonomiplan')))).toBe('table');
    const hundredYears = canonicalSnapshot({ operating: [operatingRow()], settings: { 'Antall planår': 100 } });
    expect(rollBlocker(findingsOf(hundredYears))).toBe('period');
  });
});
