/**
 * The task pane's roll (a new workbook) of a plan whose tblInnstillinger is plain cells (review r34: back from
 * Google Sheets or LibreOffice). The reader finds the settings by their header, a block that spans the sheet
 * (read/locateTable.ts); the lists beside them (D, F, H:I, K in canonicalSnapshot) are no columns of the settings.
 * Before, the new settings table took all five list columns as columns of hers (A1:G8) and pushed the lists to I1…
 * A column of hers joined to Verdi (C, «Merknad») is hers and is carried.
 */
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell, withoutTables } from '../../helpers/workbook';

const tables = (wb: WorkbookSnapshot) => {
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  const { edits } = planRolledWorkbook(wb, plan, { date: '2027-01-15', findings });
  return edits.flatMap((e) => (e.kind === 'createTable' && e.sheet === 'Innstillinger' ? [`${e.name} ${e.ref}`] : []));
};

test('the lists beside plain settings are no columns of them', () => {
  expect(tables(withoutTables(canonicalSnapshot(), ['tblInnstillinger']))).toEqual([
    'tblInnstillinger A1:B8',
    'tblSeksjoner D1:D3',
    'tblPlanomrader F1:F5',
    'tblRammeomrader H1:I3',
    'tblAnsvarlige K1:K3',
  ]);
});

test('her column joined to Verdi is carried, up to the list table beside it', () => {
  const wb = setCell(
    setCell(withoutTables(canonicalSnapshot(), ['tblInnstillinger']), 'Innstillinger', 'C1', 'Merknad'),
    'Innstillinger',
    'C2',
    'sjekk',
  );
  // Settings A:C (her Merknad after Verdi), then the lists one column further right: E, G, I:J, L.
  expect(tables(wb)).toEqual([
    'tblInnstillinger A1:C8',
    'tblSeksjoner E1:E3',
    'tblPlanomrader G1:G5',
    'tblRammeomrader I1:J3',
    'tblAnsvarlige L1:L3',
  ]);
});
