/**
 * staleReferences and uncheckedReferences over the user's formulas in no cell (docs/spec.md §11; userRefPlaces.ts):
 * charts, rules, drop-downs, sheet-local names. Layouts by hand, as in userRefs.test.ts: a drift table on «Tiltak
 * drift», headers in row 1, body rows 2–12, ID in A, Tiltak in B, 2027…2030 in C…F, Sum periode in G; after the
 * roll the same columns hold 2028…2031.
 */
import type { TableLayout } from '../../../src/domain/model/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { readFrom, type PlacedFormula } from '../../../src/domain/rollover/userRefPlaces';
import { staleReferences, uncheckedReferences } from '../../../src/domain/rollover/userRefs';

function layout(first: number): TableLayout {
  const years = [0, 1, 2, 3].map((i) => String(first + i));
  const texts = ['ID', 'Tiltak', ...years, 'Sum periode'];
  return {
    tableName: 'tblTiltakDrift',
    sheet: 'Tiltak drift',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow: 12,
    columns: { id: 'A', title: 'B', sum: 'G' },
    yearColumns: Object.fromEntries(years.map((y, i) => [y, String.fromCharCode(67 + i)])),
    headers: texts.map((text, i) => ({ text, name: text, column: String.fromCharCode(65 + i) })),
  };
}

const before = { operating: layout(2027), investment: null, economyPlan: null };
const after = { operating: layout(2028), investment: null, economyPlan: null };
const empty: WorkbookSnapshot = { sheets: [], tables: [], names: [] };
const rule = (sheet: string, over: string, formula: string): PlacedFormula => ({
  formula,
  at: { kind: 'rule', sheet, range: over },
  over,
});

describe('readFrom', () => {
  it("spans a relative reference over a rule's cells, from its first range's top left cell", () => {
    // B2:B11 is 10 rows: $G2 read from B2 … B11 is G2 … G11; columns anchored.
    expect(readFrom('$G2', 'B2:B11')).toEqual(['$G2', '$G11']);
    // B2:C3 D5: rows 0…3 and columns 0…2 from B2: C2 from B2 … E5 from D5.
    expect(readFrom('C2', 'B2:C3 D5')).toEqual(['C2', 'E5']);
    expect(readFrom('$C$2:$C$12', 'B2:B11')).toEqual(['$C$2:$C$12']);
    expect(readFrom('C:C', 'B2:D2')).toEqual(['C:C', 'E:E']);
    expect(readFrom('C2', undefined)).toEqual(['C2']);
  });
});

describe('staleReferences over charts, rules, drop-downs and sheet-local names', () => {
  it('names each by its place, spanning a rule over its cells, and leaves rules on the table and on Sammendrag', () => {
    // Before: rows 2…6 hold D-001…D-005; D-002 (row 3) leaves: rows 2…5 hold D-001, D-003, D-004, D-005.
    const m = (row: number, id: string) => ({ sheet: 'Tiltak drift', row, id, measure: id });
    const rows = {
      before: [m(2, 'D-001'), m(3, 'D-002'), m(4, 'D-003'), m(5, 'D-004'), m(6, 'D-005')],
      after: [m(2, 'D-001'), m(3, 'D-003'), m(4, 'D-004'), m(5, 'D-005')],
    };
    const chart = { kind: 'chart', sheet: 'Oversikt', chart: 'Diagram 1' } as const;
    const placed: PlacedFormula[] = [
      { formula: "'Tiltak drift'!$D$2:$D$12", at: chart }, // 2028 → 2029
      { formula: "'Tiltak drift'!$B$2:$B$12", at: chart }, // every Tiltak: not named
      // $G2 from A2…A4 reads G2 … G4, one row per cell: A2 → G2 D-001 stays; A3 → G3 D-002 → D-003: named with A3's.
      rule('Oversikt', 'A2:A4', "'Tiltak drift'!$G2>0"),
      rule('Oversikt', 'A2', "'Tiltak drift'!$G2>0"), // G2 alone: D-001 stays: not named
      rule('Tiltak drift', 'A2:G12', '$C2>0'), // on the table's cells (the roll takes it off): not named
      rule('Tiltak drift', 'J2', '$F$2>0'), // beside the table, F (2030 → 2031): named
      rule('Sammendrag', 'A1', "'Tiltak drift'!$C$2>0"), // the product's sheet: not named
      { formula: '$C$2', at: { kind: 'validation', sheet: 'Tiltak drift', range: 'J5' }, over: 'J5' }, // named
      { formula: "'Tiltak drift'!$E$2", at: { kind: 'localName', sheet: 'Oversikt', name: 'Lokal' } }, // named
      {
        formula: "'Tiltak drift'!$A$1:$G$12",
        at: { kind: 'localName', sheet: 'Tiltak drift', name: '_xlnm.Print_Area' },
      },
    ];
    const got = staleReferences(empty, before, after, rows, placed).map((r) => [
      r.place?.kind,
      r.ref,
      r.before,
      r.after,
    ]);
    expect(got).toEqual([
      ['chart', "'Tiltak drift'!$D$2:$D$12", '2028', '2029'],
      ['rule', "'Tiltak drift'!$G2", 'D-002', 'D-003'],
      ['rule', '$F$2', '2030', '2031'],
      ['validation', '$C$2', '2027', '2028'],
      ['localName', "'Tiltak drift'!$E$2", '2029', '2030'],
    ]);
  });
});

describe('uncheckedReferences', () => {
  it('lists INDIRECT anywhere and OFFSET from a rolled sheet or a name, not OFFSET from another sheet', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        {
          sheet: 'Oversikt',
          origin: 'A1',
          values: [[0], [0], [0], [0], [0]],
          formulas: [
            ['=SUM(INDIRECT("\'Tiltak drift\'!C"&B1))'], // A1: listed
            ['=OFFSET(B1,1,0)'], // A2: from Oversikt's own B1: not listed
            ["=SUM(OFFSET('Tiltak drift'!A1,1,2,11,1))"], // A3: listed
            ['=SUM(OFFSET(Start,1,2))'], // A4: from a name: listed
            ['="INDIRECT("&B1'], // A5: text: not listed
          ],
        },
      ],
      tables: [],
      names: [],
    };
    const placed = [rule('Oversikt', 'D1', 'INDIRECT("D"&ROW())>0')]; // listed
    expect(uncheckedReferences(wb, before, after, placed)).toEqual([
      { cell: 'Oversikt!A1' },
      { cell: 'Oversikt!A3' },
      { cell: 'Oversikt!A4' },
      { place: placed[0]?.at },
    ]);
  });
});
