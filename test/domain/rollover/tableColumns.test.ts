/** The columns a structured reference reads (rollover/tableColumns.ts parseTableColumns), as a pivot cache holds it. */
import { parseTableColumns } from '../../../src/domain/rollover/tableColumns';

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
