/**
 * A table's blocks are sized by what its first rows weigh (payload.ts sampledBytesPerCell, review r38): the JSON of
 * the heaviest sampled row over its cells, when that is more than the 24 bytes any value is estimated at.
 */
import { BYTES_PER_CELL, sampledBytesPerCell } from '../../../src/workbook/excel/payload';

describe('sampledBytesPerCell', () => {
  it('keeps the estimate of any value for rows of short values', () => {
    // ["Tiltak A",1000,null] is 22 bytes of JSON, 8 a cell.
    expect(sampledBytesPerCell([['Tiltak A', 1000, null]])).toBeUndefined();
    expect(BYTES_PER_CELL.values).toBe(24);
  });

  it('takes the heaviest row: a text of 100 «ø» (two bytes each) beside a number, 206 / 2 = 103 a cell', () => {
    // ["øøø…",5]: 2 brackets + 2 quotes + 200 + 1 comma + 1 digit = 206 bytes. A row of 50 «a» beside 5:
    // 2 + 2 + 50 + 1 + 1 = 56, 28 a cell.
    const heavy = ['ø'.repeat(100), 5];
    expect(sampledBytesPerCell([['a'.repeat(50), 5], heavy])).toBe(103);
  });

  it('reads no sample (an empty grid, empty rows) as nothing to go by', () => {
    expect(sampledBytesPerCell([])).toBeUndefined();
    expect(sampledBytesPerCell([[]])).toBeUndefined();
  });
});
