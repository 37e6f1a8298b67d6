/**
 * FAILS (bug found in review of 396a6fc): year-columns blames the user's own column right of the last year when the
 * period grew or moved on, not a header of the table.
 *
 * Canonical 2027–2030 layout (tests/helpers/workbook.ts): tblOkonomiplan has its years in G…J and Plan in K. A
 * workbook made before the Plan column (schema.ts: «after the years, so a workbook made before it keeps its columns
 * where they were»), or one where she typed a column of her own there, has «Merknad» in K1 — simulated by typing
 * «Merknad» over K1. With Antall planår 5 (2027…2031 expected, 2027…2030 found) no header is to blame: the period grew
 * under all of them, as it did for Første planår 2026 in yearColumnsCell.test.ts, so the finding belongs at the first
 * year column, G1. blamedYearColumn (src/domain/read/table.ts) takes 2031's slot, K (right of 2030 in J), and since
 * «Merknad» names no column of the table it says Økonomiplan!K1 — her own header, which holds nothing wrong (the
 * commit's own complaint about H1). The same with Første planår 2028 (2028…2031 expected): K1 again.
 * In tblTiltakDrift the slot right of 2030 (K) is L, Sum periode, a product column, so H1 there, as expected.
 */
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const yearColumns = (wb: WorkbookSnapshot) =>
  readPlan(wb, { defaultStartYear: 2026 })
    .findings.filter((f) => f.code === 'year-columns')
    .map((f) => `${f.sheet}!${f.cell}`);

const herMerknad = (opts: Parameters<typeof canonicalSnapshot>[0] = {}) =>
  setCell(canonicalSnapshot(opts), 'Økonomiplan', 'K1', 'Merknad');

describe('year-columns with her own column right of the last year', () => {
  it('has no finding for the plan as it is', () => {
    expect(yearColumns(herMerknad())).toEqual([]);
  });

  it('points at the first year column (G1) when Antall planår grew from 4 to 5, not at her «Merknad» (K1)', () => {
    const five = herMerknad({ settings: { 'Antall planår': 5 } });
    expect(yearColumns(five)).toEqual(['Tiltak drift!H1', 'Tiltak investering!K1', 'Økonomiplan!G1']);
  });

  it('points at the first year column (G1) when Første planår moved on to 2028, not at her «Merknad» (K1)', () => {
    const moved = setCell(herMerknad(), 'Innstillinger', 'B2', 2028);
    expect(yearColumns(moved)).toEqual(['Tiltak drift!H1', 'Tiltak investering!K1', 'Økonomiplan!G1']);
  });
});
