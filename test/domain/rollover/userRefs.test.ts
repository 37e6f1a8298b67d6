/**
 * staleReferences (docs/spec.md §11): which of the user's references a roll names. Layouts by hand: a drift table
 * on «Tiltak drift» with headers in row 1, body rows 2–12, ID in A, Tiltak in B, 2027…2030 in C…F, Sum periode in
 * G; after the roll the same columns hold 2028…2031 and Sum periode.
 */
import { staleReferences } from '../../../src/domain/rollover/userRefs';
import type { TableLayout } from '../../../src/domain/model/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

function layout(sheet: string, first: number, tableName: string | null = 'tblTiltakDrift'): TableLayout {
  const years = [0, 1, 2, 3].map((i) => String(first + i));
  const texts = ['ID', 'Tiltak', ...years, 'Sum periode'];
  const headers = texts.map((text, i) => ({ text, name: text, column: String.fromCharCode(65 + i) }));
  return {
    tableName,
    sheet,
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 12,
    columns: { id: 'A', title: 'B', sum: 'G' },
    yearColumns: Object.fromEntries(years.map((y, i) => [y, String.fromCharCode(67 + i)])),
    headers,
  };
}

const before = { operating: layout('Tiltak drift', 2027), investment: null, economyPlan: null };
const after = { operating: layout('Tiltak drift', 2028), investment: null, economyPlan: null };

/** A sheet holding `formulas` in column B from row 1 down. */
function book(formulas: readonly string[], names: { name: string; ref: string }[] = []): WorkbookSnapshot {
  return {
    sheets: [
      {
        sheet: "Kari's ark",
        origin: 'A1',
        values: formulas.map(() => [null, 0]),
        formulas: formulas.map((f) => [null, f]),
      },
    ],
    tables: [],
    names,
  };
}

const refsOf = (wb: WorkbookSnapshot) =>
  staleReferences(wb, before, after).map((r) => [r.cell ?? r.name, r.ref, r.before, r.after]);

describe('staleReferences', () => {
  it('names A1 references into the year columns, with the years they read and those the cells hold now', () => {
    const wb = book([
      "=SUM('Tiltak drift'!C2:C12)", // B1: C is 2027 → 2028
      "='Tiltak drift'!$D5*2", // B2: D is 2028 → 2029
      "=SUM('Tiltak drift'!B:G)", // B3: whole columns B…G cover C…F: 2027–2030 → 2028–2031
      "=SUM('Tiltak drift'!G2:G12)", // B4: Sum periode only: not named
      "=SUM('Tiltak drift'!C20:C30)", // B5: below the table: not named
      "=SUM([1]'Tiltak drift'!C2:C12)+SUM('[plan.xlsx]Tiltak drift'!C2)", // B6: another workbook: not named
      '=LOG10(C2)', // B7: this sheet's own C2, not the table's: not named
      '="\'Tiltak drift\'!C2"', // B8: text: not named
    ]);
    expect(refsOf(wb)).toEqual([
      ["Kari's ark!B1", "'Tiltak drift'!C2:C12", '2027', '2028'],
      ["Kari's ark!B2", "'Tiltak drift'!$D5", '2028', '2029'],
      ["Kari's ark!B3", "'Tiltak drift'!B:G", '2027–2030', '2028–2031'],
    ]);
  });

  it("names structured references to the year that left, in each of Excel's spellings, not to a year that stays", () => {
    const wb = book([
      '=SUM(tblTiltakDrift[2027])', // B1
      '=SUM(TBLTILTAKDRIFT[[#Data],[2027]])', // B2: table names are not case-sensitive
      '=SUM(tblTiltakDrift[[2027]:[2029]])', // B3: a span from the year that left
      '=tblTiltakDrift[@[2027]]', // B4
      '=SUM(tblTiltakDrift[2028])+SUM(tblTiltakDrift[Sum periode])', // B5: both stay: not named
    ]);
    expect(refsOf(wb)).toEqual([
      ["Kari's ark!B1", 'tblTiltakDrift[2027]', '2027', null],
      ["Kari's ark!B2", 'TBLTILTAKDRIFT[[#Data],[2027]]', '2027', null],
      ["Kari's ark!B3", 'tblTiltakDrift[[2027]:[2029]]', '2027', null],
      ["Kari's ark!B4", 'tblTiltakDrift[@[2027]]', '2027', null],
    ]);
  });

  it("names defined names by their reference, and leaves the product's own cells, Sammendrag and built-in names", () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        // E2 inside the table (a product's cell) and I2 beside it, both reading F2 (2030 → 2031).
        {
          sheet: 'Tiltak drift',
          origin: 'E2',
          values: [[0, null, null, null, 0]],
          formulas: [['=F2', null, null, null, '=F2']],
        },
        { sheet: 'Sammendrag', origin: 'A1', values: [[0]], formulas: [["=SUM('Tiltak drift'!C2:C12)"]] },
      ],
      tables: [],
      names: [
        { name: 'DriftSum', ref: "'Tiltak drift'!$C$2:$C$12" }, // 2027 → 2028
        { name: '_xlnm.Print_Area', ref: "'Tiltak drift'!$A$1:$G$12" }, // Excel's own: not named
        { name: 'Titler', ref: "'Tiltak drift'!$B$2:$B$12" }, // Tiltak: not named
      ],
    };
    expect(refsOf(wb)).toEqual([
      ['Tiltak drift!I2', 'F2', '2030', '2031'],
      ['DriftSum', "'Tiltak drift'!$C$2:$C$12", '2027', '2028'],
    ]);
  });

  it('names references to a row that holds another measure after the roll, once, and not a sum over the table', () => {
    // Before: rows 2…6 hold D-001…D-005; D-002 (row 3) leaves, so after rows 2…5 hold D-001, D-003, D-004, D-005.
    const m = (row: number, id: string) => ({ sheet: 'Tiltak drift', row, id, measure: `Tiltak ${id}` });
    const rows = {
      before: [m(2, 'D-001'), m(3, 'D-002'), m(4, 'D-003'), m(5, 'D-004'), m(6, 'D-005')],
      after: [m(2, 'D-001'), m(3, 'D-003'), m(4, 'D-004'), m(5, 'D-005')],
    };
    const wb = book([
      "='Tiltak drift'!G4", // B1: Sum periode of D-003, now D-004's: named
      "='Tiltak drift'!B2", // B2: D-001 stays in row 2: not named
      "=SUM('Tiltak drift'!G2:G12)", // B3: all five → the four that stay: not named
      "='Tiltak drift'!B6", // B4: D-005; row 6 holds none after: named
      "='Tiltak drift'!C4", // B5: 2027 → 2028 and D-003 → D-004: named once, for its year
      "='Tiltak drift'!H4", // B6: right of the table (A…G): not named
    ]);
    const got = staleReferences(wb, before, after, rows).map((r) => [r.cell, r.ref, r.before, r.after, r.measures]);
    expect(got).toEqual([
      ["Kari's ark!B1", "'Tiltak drift'!G4", 'D-003', 'D-004', true],
      ["Kari's ark!B4", "'Tiltak drift'!B6", 'D-005', '', true],
      ["Kari's ark!B5", "'Tiltak drift'!C4", '2027', '2028', undefined],
    ]);
  });

  it("leaves the formulas of a rolled table's totals row, which the roll drops (it names the row instead)", () => {
    // tblTiltakDrift (A1:G12) shows Excel's totals row in row 13: C13 =SUBTOTAL(109,tblTiltakDrift[2027]) and D13
    // =SUM(D2:D12) go with the row, so naming «C13 reads 2027» would send her to an empty cell. Her own formula in
    // row 13 right of the table (H13) and on her sheet (B1) read 2027 still: named, as before.
    const wb: WorkbookSnapshot = {
      sheets: [
        {
          sheet: 'Tiltak drift',
          origin: 'C13',
          values: [[0, 0, null, null, null, 0]],
          formulas: [['=SUBTOTAL(109,tblTiltakDrift[2027])', '=SUM(D2:D12)', null, null, null, '=SUM(C2:C12)']],
        },
        { sheet: "Kari's ark", origin: 'B1', values: [[0]], formulas: [['=SUM(tblTiltakDrift[2027])']] },
      ],
      tables: [{ name: 'tblTiltakDrift', sheet: 'Tiltak drift', ref: 'A1:G12', totalsRow: true }],
    };
    expect(refsOf(wb)).toEqual([
      ['Tiltak drift!H13', 'C2:C12', '2027', '2028'],
      ["Kari's ark!B1", 'tblTiltakDrift[2027]', '2027', null],
    ]);
  });
});
