/**
 * Struktur (repair) on a plan whose Innstillinger came back from Google Sheets or LibreOffice as plain cells (review
 * r34): tblInnstillinger and the list tables are gone, their cells stand where they were, and the reader finds them
 * by their headers on the sheet (SPEC §2). Repair used to add a second settings table and four list tables with
 * default values right of them (M1, P1, …), which the reader would then take by name instead of hers: her Plannavn,
 * sections and plan areas gone from the plan. It makes the Excel tables over her cells instead (repair/overCells.ts).
 *
 * canonicalSnapshot's Innstillinger: settings A1:B8, Seksjon D1:D3, Planområde F1:F5, Kode/Navn H1:I3, Ansvarlig K1:K3.
 */
import type { Edit } from '../../../src/domain/model/edits';
import { planRepair } from '../../../src/domain/repair/repair';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { readPlan } from '../../../src/domain/read/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, withoutTables } from '../../helpers/workbook';

const opts = { defaultStartYear: 2027 };
const LOST = ['tblInnstillinger', 'tblSeksjoner', 'tblPlanomrader', 'tblRammeomrader', 'tblAnsvarlige'];
const table = (name: string, ref: string): Edit => ({ kind: 'createTable', sheet: 'Innstillinger', name, ref });
const MADE = [
  table('tblInnstillinger', 'A1:B8'),
  table('tblSeksjoner', 'D1:D3'),
  table('tblPlanomrader', 'F1:F5'),
  table('tblRammeomrader', 'H1:I3'),
  table('tblAnsvarlige', 'K1:K3'),
];

const plain = (names: boolean): WorkbookSnapshot => {
  const wb = withoutTables(canonicalSnapshot(), LOST);
  return names ? wb : { ...wb, names: [] };
};

test('makes each table over her cells, where it stood, and writes no cell', () => {
  const wb = plain(true);
  const { changes, edits, blocked } = planRepair(wb, opts);
  expect(edits).toEqual(MADE);
  expect(changes.map((c) => `${c.kind} ${c.target} ${c.detail}`)).toEqual([
    'add-table tblInnstillinger A1:B8',
    'add-table tblSeksjoner D1:D3',
    'add-table tblPlanomrader F1:F5',
    'add-table tblRammeomrader H1:I3',
    'add-table tblAnsvarlige K1:K3',
  ]);
  expect(blocked).toEqual([]);
  // The plan reads the same before and after: the same settings and lists, now from the tables.
  const before = readPlan(wb, opts).plan;
  const after = readPlan(applyEdits(wb, edits), opts).plan;
  expect(after.settings).toEqual(before.settings);
  expect(after.lists).toEqual(before.lists);
  expect(after.lists.sections).toEqual(['Samfunn og tjenester', 'Organisasjon']);
});

test('gives each list its workbook name on the table made, when the name is gone too', () => {
  const { edits } = planRepair(plain(false), opts);
  expect(edits.filter((e) => e.kind === 'defineName')).toEqual([
    { kind: 'defineName', name: 'lstSeksjoner', ref: 'tblSeksjoner[Seksjon]' },
    { kind: 'defineName', name: 'lstPlanomrader', ref: 'tblPlanomrader[Planområde]' },
    { kind: 'defineName', name: 'lstRammeomrader', ref: 'tblRammeomrader[Kode]' },
    { kind: 'defineName', name: 'lstAnsvarlige', ref: 'tblAnsvarlige[Ansvarlig]' },
  ]);
  expect(edits.filter((e) => e.kind === 'createTable')).toEqual(MADE);
});

test('makes no list table where a table of hers reaches into the cells, nor a second one elsewhere', () => {
  const wb = plain(true);
  const hers = { ...wb, tables: [...wb.tables, { name: 'Mine', sheet: 'Innstillinger', ref: 'D3:E5' }] };
  const { edits } = planRepair(hers, opts);
  expect(edits.filter((e) => e.kind === 'createTable' && e.name === 'tblSeksjoner')).toEqual([]);
  expect(edits.filter((e) => e.kind === 'setCells')).toEqual([]);
  expect(edits.filter((e) => e.kind === 'createTable').map((e) => (e.kind === 'createTable' ? e.ref : ''))).toEqual([
    'A1:B8',
    'F1:F5',
    'H1:I3',
    'K1:K3',
  ]);
});
