/**
 * Where `year-columns` points (SPEC §8: a structure rule points at the header cell): at the header that took the
 * place of the one missing plan year — a year renamed («År 2028», «2030 (1000 kr)») or typed as a year outside the
 * period (2031 for 2030) — so that clicking the finding shows the header to fix; at the first year column when no
 * single header is to blame (the period moved under all of them). Canonical 2027–2030 layout: drift years in H…K,
 * investment years in K…N (tests/helpers/workbook.ts).
 */
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const yearColumns = (wb: WorkbookSnapshot) =>
  readPlan(wb, { defaultStartYear: 2026 })
    .findings.filter((f) => f.code === 'year-columns')
    .map((f) => `${f.sheet}!${f.cell}`);

describe('the cell of year-columns', () => {
  it.each([
    [
      '2028 renamed «År 2028» (I1, between 2027 in H1 and 2029 in J1)',
      'Tiltak drift',
      'I1',
      'År 2028',
      'Tiltak drift!I1',
    ],
    [
      '2030 renamed «2030 (1000 kr)» (K1, right of 2029 in J1)',
      'Tiltak drift',
      'K1',
      '2030 (1000 kr)',
      'Tiltak drift!K1',
    ],
    ['2027 renamed «Budsjett 2027» (H1, left of 2028 in I1)', 'Tiltak drift', 'H1', 'Budsjett 2027', 'Tiltak drift!H1'],
    ['2030 typed as 2031 (N1, right of 2029 in M1)', 'Tiltak investering', 'N1', '2031', 'Tiltak investering!N1'],
  ])('%s', (_what, sheet, cell, header, expected) => {
    const wb = canonicalSnapshot();
    expect(yearColumns(wb)).toEqual([]);
    expect(yearColumns(setCell(wb, sheet, cell, header))).toEqual([expected]);
  });

  it('points at the first year column when no single header is to blame', () => {
    // Første planår 2026: 2026…2029 expected, 2027…2030 found in every table; 2026's slot left of 2027 (H1) holds
    // Kostnadsstatus (G1), a column of the table: H1, K1 (investering) and G1 (økonomiplan, years in G…J).
    const moved = setCell(canonicalSnapshot(), 'Innstillinger', 'B2', 2026);
    expect(yearColumns(moved)).toEqual(['Tiltak drift!H1', 'Tiltak investering!K1', 'Økonomiplan!G1']);
    // Two years renamed: no single header, the first year column as before (H1).
    const two = setCell(setCell(canonicalSnapshot(), 'Tiltak drift', 'I1', 'x'), 'Tiltak drift', 'J1', 'y');
    expect(yearColumns(two)).toEqual(['Tiltak drift!H1']);
  });
});
