/**
 * The operating measures found on «Tiltak drift» by their headers, with no Excel table
 * (SPEC §2). Repair makes the table over the block it found (repair/tables.ts, detail = the whole ref "A1:…"), and the
 * preview read «Lager tabellen over driftstiltak på arket «Tiltak drift», fra celle A1:U2.»: «fra celle» before a
 * range, and «Lager» for a table over measures that are there. Now: «Gjør cellene A1:U2 på arket «Tiltak drift» til tabellen over driftstiltak.»
 */
import { planRepair } from '../../src/domain';
import { structureChangeText } from '../../src/i18n/structureChange';
import { operatingRow } from '../helpers/rows';
import { canonicalSnapshot } from '../helpers/workbook';

it('does not call a range a cell when repair makes a table over a block found by headers', () => {
  const base = canonicalSnapshot({ operating: [operatingRow()] });
  const wb = { ...base, tables: base.tables.filter((t) => t.name !== 'tblTiltakDrift') };
  const { changes } = planRepair(wb, { defaultStartYear: 2026 });
  const add = changes.find((c) => c.kind === 'add-table' && c.target === 'tblTiltakDrift');
  expect(add).toBeDefined();
  const text = add ? structureChangeText(add, 'nb') : '';
  expect(text).not.toMatch(/fra celle [A-Z]+\d+:/);
});

it('names the range in every language, and a new table still by its first cell', () => {
  const over = { kind: 'add-table', sheet: 'Tiltak drift', target: 'tblTiltakDrift', detail: 'A1:U2' } as const;
  expect(structureChangeText(over, 'nb')).toMatch(/^Gjør cellene A1:U2 på arket «Tiltak drift» til /);
  expect(structureChangeText(over, 'nn')).toMatch(/^Gjer cellene A1:U2 på arket «Tiltak drift» til /);
  expect(structureChangeText(over, 'en')).toMatch(/^Makes the cells A1:U2 on the sheet "Tiltak drift" into /);
  const made = { ...over, detail: 'A1' };
  expect(structureChangeText(made, 'nb')).toMatch(/, fra celle A1\.$/);
});
