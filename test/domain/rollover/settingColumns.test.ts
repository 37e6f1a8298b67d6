/**
 * The user's own columns of tblInnstillinger, carried by a roll forward after Verdi (SPEC §11: nothing the user
 * typed is lost). Excel wants every column of a table named, each name once (case aside): a blank header is
 * named as Excel names a new column, «Kolonne<n>» by its place, and a name met before gets 2, 3 … after it.
 */
import { userSettingRows } from '../../../src/domain/rollover/settingRows';
import { userColumnHeaders } from '../../../src/domain/sheets/userColumns';
import { settingsTableEdits } from '../../../src/domain/sheets/settingsEdits';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { SETTINGS } from '../../../src/domain/model/settingsSchema';
import { setCell } from '../../helpers/workbook';

describe('userColumnHeaders', () => {
  it('keeps typed names, names a blank one by its place, and numbers a name met before', () => {
    // Places in the rolled table: A Innstilling, B Verdi, then C, D, E, F → «Kolonne4» for the blank in D.
    expect(userColumnHeaders(['Merknad', ' ', 'merknad', 'Verdi'], ['Innstilling', 'Verdi'])).toEqual([
      'Merknad',
      'Kolonne4',
      'merknad2',
      'Verdi2',
    ]);
  });
});

describe('userSettingRows with two columns of the user’s, one of them headed by nothing', () => {
  // A table written by the product (A1:B8), then C and D added to it: C «Merknad», D blank with one cell.
  const settings = {
    startYear: 2027,
    yearCount: 4,
    unit: '1000 kr' as const,
    priceLevel: 'faste 2027-kroner',
    economyPlanVersion: '',
    tolerance: 0,
    planName: 'Boligsosial handlingsplan',
  };
  const base = applyEdits(EMPTY_WORKBOOK, settingsTableEdits(settings));
  const last = 1 + SETTINGS.length;
  let wb = setCell(base, 'Innstillinger', 'C1', 'Merknad');
  wb = setCell(wb, 'Innstillinger', 'C4', 'avklart med økonomi');
  wb = setCell(wb, 'Innstillinger', 'D3', 7);
  wb = { ...wb, tables: wb.tables.map((t) => (t.name === 'tblInnstillinger' ? { ...t, ref: `A1:D${last}` } : t)) };

  it('gives each column a header and each setting its cells, on the row of the setting', () => {
    const { columns, carried } = userSettingRows(wb);
    expect(carried).toEqual([]);
    expect(columns?.headers).toEqual(['Merknad', 'Kolonne4']);
    // Row 3 is the second setting (Antall planår), row 4 the third (Beløpsenhet).
    expect(columns?.bySetting.yearCount).toEqual([null, 7]);
    expect(columns?.bySetting.unit).toEqual(['avklart med økonomi', null]);
    expect(columns?.bySetting.startYear).toEqual([null, null]);
  });

  it('is written back as a table of four columns with the cells where they were', () => {
    const { columns } = userSettingRows(wb);
    const again = applyEdits(EMPTY_WORKBOOK, settingsTableEdits(settings, columns ? { columns } : {}));
    const values = again.sheets.find((s) => s.sheet === 'Innstillinger')?.values ?? [];
    expect(values[0]).toEqual(['Innstilling', 'Verdi', 'Merknad', 'Kolonne4']);
    expect(values[2]?.slice(2)).toEqual([null, 7]);
    expect(values[3]?.slice(2)).toEqual(['avklart med økonomi', null]);
    expect(again.tables.find((t) => t.name === 'tblInnstillinger')?.ref).toBe(`A1:D${last}`);
  });
});
