/**
 * carryArchives (SPEC §11, §14): the rolled workbook gets the old period on a new archive sheet and the earlier
 * archives and versions carried as values. Excel's sheet names are one name whatever their case, so an earlier
 * sheet whose name is the new archive's up to case is that archive, not one to carry on top of it.
 */
import { carryArchives } from '../../../src/domain/rollover/carry';
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
