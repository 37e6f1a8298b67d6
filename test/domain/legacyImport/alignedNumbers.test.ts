/**
 * Ordinary legacy tables that stand right over their figures must not be refused as misaligned
 * (findMisalignedHeadings; a review found both refused).
 * An «Ansvar» column holds the municipality's ansvarsnummer (2100, 3100 …) — a number by nature — and a
 * financing column nobody filled yet (Nye midler empty on every row) is no sign of a shifted heading.
 */
import { importLegacy } from '../../../src/domain/legacyImport/import';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

function imported(values: readonly (readonly CellValue[])[]): ReturnType<typeof importLegacy> {
  return importLegacy(
    { sheets: [{ sheet: 'Ark1', origin: 'A1', values: values.map((r) => [...r]), merges: [] }], tables: [] },
    { defaultStartYear: 2027, unit: '1000 kr', commentNote: importCommentNote('nb') },
  );
}

describe('a table whose headings stand over their figures', () => {
  it('is not refused for an Ansvar number beside an empty Nye midler column', () => {
    // A–H: every heading over its own column; Nye midler (H) not filled in on any row.
    const rows: CellValue[][] = [
      ['Prioritet', 'Tiltak', 'Ansvar', 2027, 2028, 2029, 2030, 'Nye midler'],
      [1, 'Utvide miljøteam', 2100, 100, 200, 200, 200, null],
      [2, 'Boligplan', 3100, 50, 0, 0, 0, null],
    ];
    const result = imported(rows);
    expect(result.misaligned).toEqual([]);
    // and the money lands in its year: D-001's 2027 is 100 (D2), 2028 is 200 (E2)
    expect(result.content.operating[0]?.years).toEqual([100, 200, 200, 200]);
  });

  it('is not refused for plan-area codes beside an empty last financing column', () => {
    const rows: CellValue[][] = [
      ['Prioritet', 'Tiltak', 2027, 2028, 2029, 2030, 'Endret drift', 'Nye midler', 'Berørte planområder'],
      [1, 'Utvide miljøteam', 100, 200, 200, 200, 200, null, 3],
      [2, 'Boligplan', 50, 0, 0, 0, null, null, 2],
    ];
    expect(imported(rows).misaligned).toEqual([]);
  });
});
