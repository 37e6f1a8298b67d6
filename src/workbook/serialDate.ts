/**
 * A date serial as both adapters give it to the domain: the file reader for a cell whose style is a date, the
 * Office.js reader for a cell whose number format is one. One conversion, so the two paths read the same date.
 */

/** Days from 1899-12-30 (Excel's day 0 as it counts after its 1900 leap-year bug) to 1970-01-01. */
const EPOCH_1900 = 25569;
/** The 1904 date system counts from 1904-01-01: 1462 days later. */
const OFFSET_1904 = 1462;
const DAY_MS = 24 * 3600 * 1000;

/** A date serial as an ISO string (the way the exceljs adapter delivered dates). */
export function serialToIso(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? OFFSET_1904 : 0) - EPOCH_1900;
  return new Date(Math.round(days * DAY_MS)).toISOString();
}
