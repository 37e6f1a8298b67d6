/**
 * carryArchives (SPEC §11, §14): the rolled workbook gets the old period on a new archive sheet and the earlier
 * archives and versions carried as values. Excel's sheet names are one name whatever their case, so an earlier
 * sheet whose name is the new archive's up to case is that archive, not one to carry on top of it.
 */
import { carryArchives, notCarried } from '../../../src/domain/rollover/carry';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { readPlan } from '../../../src/domain/read/plan';
import { findVersions } from '../../../src/domain/read/versionHeader';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { planVersionSheet } from '../../../src/domain/sheets/version';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

describe('carryArchives and the name of the archive being written', () => {
  // The old workbook holds a version sheet the user renamed «ARKIV 2027–2030» (Excel: the same name as
  // «Arkiv 2027–2030»), saved with 1 in 2027, and an archive of an earlier period, «Arkiv 2025–2028».
  const rows = (label: string, amount: number) => [
    ['Lagret versjon av tiltaksplanen – verdier, endres ikke'],
    ['Innstilling', 'Verdi'],
    ['Versjon', label],
    ['Dato', '2026-11-01'],
    ['Første planår', 2027],
    ['Antall planår', 4],
    ['Beløpsenhet', '1000 kr'],
    [],
    ['Tiltak drift'],
    ['ID', 'Tiltak', 2027, 2028, 2029, 2030],
    ['D-001', 'A', amount, null, null, null],
  ];
  const old: WorkbookSnapshot = applyEdits(EMPTY_WORKBOOK, [
    ...planVersionSheet('ARKIV 2027–2030', { rows: rows('Gammel kopi', 1), headerRows: [2, 10] }, true),
    ...planVersionSheet('Arkiv 2025–2028', { rows: rows('Før', 2), headerRows: [2, 10] }, false),
  ]);

  it('does not carry a sheet named as the new archive up to case: its cells would land on the new archive', () => {
    const sheets = carryArchives(old, 'Arkiv 2027–2030').flatMap((e) => (e.kind === 'ensureSheet' ? [e.sheet] : []));
    expect(sheets).toEqual(['Arkiv 2025–2028']);
  });
});

describe('the versions of a workbook rolled twice, in sheet order', () => {
  // Endringer offers the last version in sheet order first (the latest). Rolled 2027 → 2028 → 2029, the workbook
  // holds the archive of 2027–2030, carried, and that of 2028–2031, just written: the one just written is the latest.
  const roll = (wb: WorkbookSnapshot, date: string) =>
    applyEdits(EMPTY_WORKBOOK, planRolledWorkbook(wb, readPlan(wb, { defaultStartYear: 2027 }).plan, { date }).edits);
  const once = roll(canonicalSnapshot({ operating: [operatingRow()] }), '2027-12-01');
  const twice = roll(once, '2028-12-01');

  it('puts the archive just written after the archives it carries', () => {
    expect(findVersions(twice).map((v) => [v.sheet, v.date])).toEqual([
      ['Arkiv 2027–2030', '2027-12-01'],
      ['Arkiv 2028–2031', '2028-12-01'],
    ]);
  });
});

describe('cells the user typed beside the tables on Innstillinger and Handlingsplan', () => {
  // The rolled workbook builds Innstillinger and Handlingsplan anew from the settings, the lists and the plan items
  // alone, as it builds the measure sheets: a note there is not carried, and the user is told, as for Tiltak drift.
  // canonicalSnapshot: tblInnstillinger A1:B8 (header and 7 settings) with the lists beside it on row 1 onwards.
  const base = canonicalSnapshot({ operating: [operatingRow()], planItems: ['14'] });
  const noted = setCell(
    setCell(base, 'Innstillinger', 'A12', 'Saksbehandler: Kari Nordmann'),
    'Handlingsplan',
    'D2',
    'Se K-sak 45/2026',
  );
  const { plan } = readPlan(noted, { defaultStartYear: 2027 });

  it('names them, each with its range, as it names a note beside a measure table', () => {
    expect(notCarried(noted, plan)).toEqual([
      { kind: 'cells', sheet: 'Innstillinger', range: 'A12:A12' },
      { kind: 'cells', sheet: 'Handlingsplan', range: 'D2:D2' },
    ]);
  });

  it('names nothing when those sheets hold only their tables', () => {
    expect(notCarried(base, readPlan(base, { defaultStartYear: 2027 }).plan)).toEqual([]);
  });
});
