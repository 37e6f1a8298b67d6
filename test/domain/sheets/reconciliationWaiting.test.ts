/**
 * waitingForYears (SPEC §10, §15): a kept row is told it waits only when an item of its Kode, Ref and År can come back
 * to the sheet once the headers (or figures) are right — a year of the period, a line the sheet's items come from.
 */
import { waitingForYears } from '../../../src/domain/sheets/reconciliationWaiting';

const YEARS = [2028, 2029, 2030, 2031];

describe('waitingForYears', () => {
  test('nothing held and no year empty: no test at all', () => {
    expect(waitingForYears([], [], { years: YEARS })).toBeUndefined();
  });

  test('the economy plan table held: a year of the period waits, a year that left it (after a roll) does not', () => {
    const waits = waitingForYears(['economyPlan'], [], { years: YEARS })!;
    expect(waits({ code: 'measure-new-money', cells: { ref: 'D-005', year: 2028 } })).toBe('yearsNotRead');
    expect(waits({ code: 'measure-new-money', cells: { ref: 'D-005', year: '2031' } })).toBe('yearsNotRead');
    expect(waits({ code: 'measure-new-money', cells: { ref: 'D-005', year: 2027 } })).toBeUndefined();
    expect(waits({ code: 'frame-total', cells: { ref: 'R3', year: 2032 } })).toBeUndefined();
    // An item over the period (no År) and a code that reads no table.
    expect(waits({ code: 'project-financing', cells: { ref: 'P-1', year: null } })).toBe('yearsNotRead');
    expect(waits({ code: 'measure-not-in-economy-plan', cells: { ref: 'D-9', year: 2028 } })).toBeUndefined();
  });

  test('a line without measure waits only when a line the sheet reads has its Ref (case and spaces aside)', () => {
    const lines = new Set(['øp23-117']);
    const waits = waitingForYears(['economyPlan'], [], { years: YEARS, lines })!;
    expect(waits({ code: 'economy-plan-line-unmatched', cells: { ref: ' ØP23-117 ', year: null } })).toBe(
      'yearsNotRead',
    );
    expect(waits({ code: 'economy-plan-line-unmatched', cells: { ref: 'ØP23-200', year: null } })).toBeUndefined();
    // Without a list of lines (the consolidation's own sheet: every line no plan claims is its), any Ref may come back.
    const any = waitingForYears(['economyPlan'], [], { years: YEARS })!;
    expect(any({ code: 'economy-plan-line-unmatched', cells: { ref: 'ØP23-200', year: null } })).toBe('yearsNotRead');
  });

  test('a year not typed in the economy plan: its items wait, other years and years outside the period do not', () => {
    const waits = waitingForYears([], [2031], { years: YEARS })!;
    expect(waits({ code: 'frame-total', cells: { ref: 'R3', year: 2031 } })).toBe('yearsEmpty');
    expect(waits({ code: 'frame-total', cells: { ref: 'R3', year: 2030 } })).toBeUndefined();
    expect(waits({ code: 'project-financing', cells: { ref: 'P-1', year: 2027 } })).toBeUndefined();
  });
});
