/**
 * A product column missing while a column of hers holds its values under another header (her «Status», G1, holding
 * Beregnet, Må utredes): repair does not add an empty Kostnadsstatus at the end — every measure would then read as
 * without cost status — nor write over her header (SPEC §2, §11: her cell); it holds the column back and says to
 * rename G1 first (docs/spec.md §11, as built).
 */
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { planRepair } from '../../../src/domain/repair/repair';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';

const opts = { defaultStartYear: 2027 };
const SHEET = 'Tiltak drift';
const rows = (third: string) => [
  operatingRow(),
  operatingRow({ ID: 'D-002', Prioritet: 2, Kostnadsstatus: 'Må utredes' }),
  operatingRow({ ID: 'D-003', Prioritet: 3, Kostnadsstatus: third }),
];
const withStatus = (third: string): WorkbookSnapshot =>
  setCell(canonicalSnapshot({ operating: rows(third) }), SHEET, 'G1', 'Status');
/** Every text any setCells edit on the sheet writes. */
const written = (wb: WorkbookSnapshot): string[] =>
  planRepair(wb, opts).edits.flatMap((e) =>
    e.kind === 'setCells' && e.sheet === SHEET ? e.values.flat().filter((v) => typeof v === 'string') : [],
  ) as string[];

describe('repair and her look-alike column', () => {
  it('her «Status» holds only cost statuses: no Kostnadsstatus added, G1 not written, held and named', () => {
    const wb = withStatus('');
    const repair = planRepair(wb, opts);
    expect(repair.changes.filter((c) => c.sheet === SHEET)).toEqual([]);
    expect(written(wb)).not.toContain('Kostnadsstatus');
    expect(repair.edits.filter((e) => e.kind === 'resizeTable' || e.kind === 'setValidation')).toEqual([]);
    expect(repair.held).toEqual([{ sheet: SHEET, cell: 'G1', header: 'Kostnadsstatus', found: 'Status' }]);
  });

  it('once she renames G1 «Kostnadsstatus»: nothing to do, nothing held', () => {
    const wb = setCell(withStatus(''), SHEET, 'G1', 'Kostnadsstatus');
    const repair = planRepair(wb, opts);
    expect(repair.changes).toEqual([]);
    expect(repair.held).toEqual([]);
  });

  it('a value in «Status» that is no cost status: no look-alike, the column added at the end as before', () => {
    const repair = planRepair(withStatus('Ferdig'), opts);
    expect(repair.changes.filter((c) => c.sheet === SHEET)).toEqual([
      { kind: 'add-column', sheet: SHEET, target: 'Kostnadsstatus', detail: 'V' },
    ]);
    expect(repair.held).toEqual([]);
  });
});
