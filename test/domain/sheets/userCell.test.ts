/**
 * A cell of a user's column as a roll writes it again (sheets/userColumns.ts userCell): the readers give a date
 * as ISO text, which must become a date again, not text; a number keeps its format; text stays text.
 */
import { userCell } from '../../../src/domain/sheets/userColumns';

describe('userCell', () => {
  it('writes a date as its day number, shown as a date, with the time of day when it has one', () => {
    // 2026-03-01 is day 46082 (2026-01-01 = 46023, + 31 + 28); 12:30 is 12.5 / 24 = 0.5208333… of a day.
    expect(userCell('2026-03-01T00:00:00.000Z', 'dd.mm.yyyy')).toEqual([46082, 'dd.mm.yyyy']);
    const [serial, format] = userCell('2026-03-01T12:30:00.000Z', 'm/d/yy h:mm');
    expect(serial).toBeCloseTo(46082 + 12.5 / 24, 9);
    expect(format).toBe('dd.mm.yyyy hh:mm');
  });

  it('counts January, February and a leap day right', () => {
    // 2027-01-01 = 46023 + 365 = 46388, so 15 January is 46402; 2028-01-01 = 46388 + 365 = 46753, and 29 February
    // 2028 (a leap year) is 31 + 28 days later: 46812; 1 March 2028 follows it: 46813.
    expect(userCell('2027-01-15T00:00:00.000Z', null)[0]).toBe(46402);
    expect(userCell('2028-02-29T00:00:00.000Z', null)[0]).toBe(46812);
    expect(userCell('2028-03-01T00:00:00.000Z', null)[0]).toBe(46813);
  });

  it('keeps a number’s format unless it is General, and text as text without a format', () => {
    expect(userCell(0.25, '0%')).toEqual([0.25, '0%']);
    expect(userCell(7, 'General')).toEqual([7, null]);
    expect(userCell(7, null)).toEqual([7, null]);
    expect(userCell('12345', '@')).toEqual(['12345', null]);
    expect(userCell('2026-03-01', null)).toEqual(['2026-03-01', null]); // typed text, not the readers' date form
    expect(userCell(true, null)).toEqual([true, null]);
  });
});
