import { CHECKED_TABLES, sheetScopeOf } from '../../../src/domain';

// The tables each read scope asks for, written out by hand (SPEC §2): the check's tables, with tblAvstemming
// for a check and a structure write (its kept columns, and the cells a write must not land on), without it for a
// roll (the rolled workbook writes Avstemming anew), and none for Endringer (the saved versions only).
const CHECKED = [
  'tblInnstillinger',
  'tblSeksjoner',
  'tblPlanomrader',
  'tblRammeomrader',
  'tblAnsvarlige',
  'tblTiltakDrift',
  'tblTiltakInvestering',
  'tblOkonomiplan',
  'tblHandlingsplan',
];

describe('the tables a read scope reads', () => {
  it('checks the settings, the four lists, both measure tables, the economy plan and the plan items', () => {
    expect(CHECKED_TABLES.map((t) => t.table)).toEqual(CHECKED);
  });

  it.each([
    ['check', [...CHECKED, 'tblAvstemming']],
    ['structure', [...CHECKED, 'tblAvstemming']],
    ['roll', CHECKED],
    ['versions', []],
  ] as const)('%s reads %j', (scope, tables) => {
    expect(sheetScopeOf(scope).tables.map((t) => t.table)).toEqual(tables);
  });

  it('looks for Avstemming on its own sheet when tblAvstemming is not found by name', () => {
    expect(sheetScopeOf('check').tables.at(-1)).toEqual({ table: 'tblAvstemming', sheet: 'Avstemming' });
  });
});
