/** Two versions given in the wrong order (compare/order.ts): by the first plan year, then by the saved versions' dates. */
import { newestVersionDate, orderDoubt } from '../../../src/domain/compare/order';

describe('orderDoubt', () => {
  it.each([
    [
      { startYear: 2028, date: null },
      { startYear: 2027, date: null },
      { kind: 'period', old: 2028, new: 2027 },
    ],
    [
      { startYear: 2028, date: '2027-01-01' },
      { startYear: 2027, date: '2027-12-15' },
      { kind: 'period', old: 2028, new: 2027 },
    ],
    [
      { startYear: 2027, date: '2027-12-15' },
      { startYear: 2027, date: '2027-06-01' },
      { kind: 'date', old: '2027-12-15', new: '2027-06-01' },
    ],
    [{ startYear: 2027, date: '2027-12-15' }, { startYear: 2028, date: '2027-06-01' }, null],
    [{ startYear: 2027, date: '2027-06-01' }, { startYear: 2027, date: '2027-12-15' }, null],
    [{ startYear: 2027, date: '2027-06-01' }, { startYear: 2027, date: '2027-06-01' }, null],
    [{ startYear: 2027, date: '2027-12-15' }, { startYear: 2027, date: null }, null],
    [{ startYear: 2027, date: null }, { startYear: 2027, date: '2027-06-01' }, null],
  ])('%j as older, %j as newer → %j', (older, newer, doubt) => {
    expect(orderDoubt(older, newer)).toEqual(doubt);
  });

  it('the newest ISO date of the versions; a date typed otherwise is not read', () => {
    expect(newestVersionDate([{ date: '2027-06-01' }, { date: '2027-12-15' }, { date: '2027-09-30' }])).toBe(
      '2027-12-15',
    );
    expect(newestVersionDate([{ date: 'juni 2027' }, { date: ' 2026-02-01 ' }])).toBe('2026-02-01');
    expect(newestVersionDate([{ date: '' }])).toBeNull();
    expect(newestVersionDate([])).toBeNull();
  });
});
