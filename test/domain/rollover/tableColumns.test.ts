/**
 * The columns a structured reference reads (rollover/tableColumns.ts parseTableColumns), as a pivot cache holds it;
 * and whether the roll changes what a block of cells inside a rolled table reads (cellsRolled).
 */
import { parseRange } from '../../../src/domain/model/a1';
import type { TableLayout } from '../../../src/domain/model/plan';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { cellsRolled, columnGone, parseTableColumns } from '../../../src/domain/rollover/tableColumns';

const reads = (first: string, last: string, headers: boolean, data: boolean, totals: boolean) => ({
  table: 'tblTiltakDrift',
  first,
  last,
  headers,
  data,
  totals,
});

describe('parseTableColumns', () => {
  it.each([
    ['tblTiltakDrift[[#All],[ID]:[Tiltak]]', reads('ID', 'Tiltak', true, true, true)],
    ['tblTiltakDrift[[#Headers],[#Data],[2027]]', reads('2027', '2027', true, true, false)],
    ['tblTiltakDrift[Tiltak]', reads('Tiltak', 'Tiltak', false, true, false)], // no part named: the data rows
    ['tblTiltakDrift[[Sum periode]:[Helårsvirkning]]', reads('Sum periode', 'Helårsvirkning', false, true, false)],
    ["tblTiltakDrift[[#Data],[Ref'.'[1']]]", reads('Ref.[1]', 'Ref.[1]', false, true, false)], // ' escapes [ and ]
    [' tblTiltakDrift[ [#Headers], [ID] ] ', reads('ID', 'ID', true, false, false)],
  ])('%s', (ref, expected) => {
    expect(parseTableColumns(ref)).toEqual(expected);
  });

  it.each([
    ['tblTiltakDrift'], // the whole table: judged as the table
    ['tblTiltakDrift[#All]'],
    ['tblTiltakDrift[]'], // no column named: the whole table's data, as tblTiltakDrift
    ['tblTiltakDrift[ ]'],
    ['tblTiltakDrift[[#Data]]'],
    ['tblTiltakDrift[[#This Row],[ID]]'], // no pivot cache reads one row
    ['tblTiltakDrift[[ID],[Tiltak]]'], // two columns apart
    ["'Tiltak drift'!$A$1:$E$12"],
  ])('%s: no columns', (ref) => {
    expect(parseTableColumns(ref)).toBeNull();
  });
});

describe('cellsRolled: a block of cells read as the columns of the rolled table it lies in', () => {
  // tblTiltakDrift on «Tiltak drift», by hand: ID, Tiltak in A, B; the years in C…F (2027…2030 before, 2028…2031
  // after); Sum periode in G; header in row 1, D-001 and D-002 in rows 2 and 3. `leaves`: D-002 leaves (row 3 empty).
  const layout = (first: number, lastDataRow: number): TableLayout => {
    const texts = ['ID', 'Tiltak', ...[0, 1, 2, 3].map((i) => String(first + i)), 'Sum periode'];
    const headers = texts.map((text, i) => ({ text, name: text, column: String.fromCharCode(65 + i) }));
    const years = Object.fromEntries(texts.slice(2, 6).map((y, i) => [y, String.fromCharCode(67 + i)]));
    const columns = { id: 'A', title: 'B', sum: 'G' };
    return {
      tableName: 'tblTiltakDrift',
      sheet: 'Tiltak drift',
      headerRow: 1,
      firstDataRow: 2,
      lastDataRow,
      columns,
      yearColumns: years,
      headers,
    };
  };
  const side = (first: number, rows: CellValue[][], tables: WorkbookSnapshot['tables'] = []) => ({
    wb: {
      sheets: [{ sheet: 'Tiltak drift', origin: 'A1', values: [layout(first, 3).headers.map((h) => h.text), ...rows] }],
      tables,
    },
    layouts: { operating: layout(first, 1 + rows.length), investment: null, economyPlan: null },
  });
  const before = side(2027, [
    ['D-001', 'Tiltak A', 100, 200, 300, 400, 1000],
    ['D-002', 'Tiltak B', 50, 0, 0, 0, 50],
  ]);
  const after = side(2028, [
    ['D-001', 'Tiltak A', 200, 300, 400, 400, 1300],
    ['D-002', 'Tiltak B', 0, 0, 0, 0, 0],
  ]);
  const leaves = side(2028, [['D-001', 'Tiltak A', 200, 300, 400, 400, 1300]]);
  const box = (ref: string) => parseRange(ref) ?? { top: 0, left: 0, bottom: 0, right: 0 };

  it.each([
    ['A1:B200', 'ID, Tiltak: the same two rows, the same empty cells below', after, false],
    ['A2:B3', 'the body only', after, false],
    ['A1:B200', "D-002's row is empty after the roll", leaves, true],
    ['C1:C3', 'C is 2027 before, 2028 after', after, true],
    // By name 2028…2030 hold what they held (200, 300, 400, in C…E after): by place D…F hold 2029…2031 now.
    ['D1:F3', 'the same cells hold 2029–2031 now', after, true],
    ['G1:G3', 'Sum periode: 1 000 → 1 300', after, true],
  ] as const)('%s (%s)', (ref, _why, rolled, expected) => {
    expect(cellsRolled('Tiltak drift', box(ref), before, rolled)).toBe(expected);
  });

  it.each([
    ['A1:H3', 'Tiltak drift'], // H is beside the table: not inside it
    ['A1:B3', 'Oversikt'], // no rolled table there
  ])('%s on %s: not judged (null)', (ref, sheet) => {
    expect(cellsRolled(sheet, box(ref), before, after)).toBeNull();
  });

  it('columnGone: the year that left, as the first or last of a span; none for columns that stay', () => {
    const cols = (table: string, first: string, last: string) => ({
      table,
      first,
      last,
      headers: true,
      data: true,
      totals: false,
    });
    expect(columnGone(cols('tblTiltakDrift', '2027', '2030'), before, after)).toBe('2027');
    expect(columnGone(cols('TBLTILTAKDRIFT', 'ID', '2027'), before, after)).toBe('2027');
    expect(columnGone(cols('tblTiltakDrift', '2028', '2030'), before, after)).toBeNull();
    expect(columnGone(cols('tblTiltakDrift', 'ID', 'Sum periode'), before, after)).toBeNull();
    expect(columnGone(cols('tblAnnet', '2027', '2027'), before, after)).toBeNull();
  });

  it('does not judge a block that meets another table too (a list below, rolled as well)', () => {
    const lists = [{ name: 'tblLister', sheet: 'Tiltak drift', ref: 'A20:B25' }];
    const withList = { ...before, wb: { ...before.wb, tables: lists } };
    expect(cellsRolled('Tiltak drift', box('A1:B200'), withList, after)).toBeNull();
    expect(cellsRolled('Tiltak drift', box('A1:B19'), withList, after)).toBe(false);
  });
});
