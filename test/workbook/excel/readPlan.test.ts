/**
 * The check read's plan for a measure table (readPlan.ts): the table and the row under it, values and that row's
 * formulas, never past Excel's last row (1 048 576): a table that reaches it has no row under it.
 */
import { planPieces, type LocatedTable } from '../../../src/workbook/excel/readPlan';

const HEADER = ['ID', 'Seksjon', 'Sum periode'];
const table = (bottom: number): LocatedTable => ({
  name: 'tblTiltakDrift',
  sheet: 'Tiltak drift',
  rect: { top: 1, left: 1, bottom, right: 3 },
  header: HEADER,
});
const shown = (bottom: number) =>
  planPieces([table(bottom)], [], 'check').map((p) => `${p.field} ${p.rect.top}-${p.rect.bottom}`);

describe('the check read of a measure table', () => {
  it('takes the twenty rows under the table, and the formulas of the first (where a new measure goes)', () => {
    expect(shown(12)).toEqual(expect.arrayContaining(['values 1-32', 'formulas 13-13']));
  });

  it('stops at Excel’s last row when the table reaches it', () => {
    const pieces = shown(1_048_576);
    expect(pieces).toContain('values 1-1048576');
    expect(pieces.filter((p) => p.startsWith('formulas 1048577') || p.includes('-1048577'))).toEqual([]);
    expect(pieces.filter((p) => p === 'formulas 1048576-1048576')).toEqual([]);
  });
});
