/**
 * The check read's plan for a measure table (readPlan.ts): the table and the row under it, values and the formulas
 * of that row and of the table's last twenty rows, never past Excel's last row (1 048 576): a table that reaches it
 * has no row under it.
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
    // The body 2–12 is shorter than twenty rows: the formulas of all of it (a formula showing "" in an empty row
    // is the user's) and of row 13.
    expect(shown(12)).toEqual(expect.arrayContaining(['values 1-32', 'formulas 2-13']));
    // Body 2–100: the formulas of its last twenty rows, 81–100, and of 101; Sum periode's (C) above them.
    expect(shown(100)).toEqual(expect.arrayContaining(['values 1-120', 'formulas 81-101', 'formulas 2-80']));
  });

  it('stops at Excel’s last row when the table reaches it', () => {
    const pieces = shown(1_048_576);
    expect(pieces).toContain('values 1-1048576');
    expect(pieces.filter((p) => p.startsWith('formulas 1048577') || p.includes('-1048577'))).toEqual([]);
    expect(pieces.filter((p) => p === 'formulas 1048576-1048576')).toEqual([]);
    // The formulas of its last twenty rows all the same (1 048 557–1 048 576), Sum periode's above them.
    expect(pieces).toEqual(expect.arrayContaining(['formulas 1048557-1048576', 'formulas 2-1048556']));
  });
});
