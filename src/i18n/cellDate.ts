/**
 * A date cell as the user sees it. The readers give a cell with a date number format as ISO text, the way the
 * exceljs adapter once delivered dates (workbook/serialDate.ts serialToIso, for both adapters):
 * "2027-01-01T00:00:00.000Z". The domain keeps that text (it is no amount, no section, no ID, whatever it is
 * compared with), but a message that quotes it must name the date as Norwegian Excel shows it: 01.01.2027.
 */

/** The readers' ISO form exactly (UTC, milliseconds, Z): text a user typed as "2027-01-01" is left as typed. */
const READER_ISO = /(?<![\w-])(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z(?![\w-])/g;

/**
 * `text` with every date cell value in it shown as dd.mm.yyyy, with the time of day (hh:mm, and :ss when not
 * 0) only when the cell holds one. Any other text is returned unchanged.
 */
export function showCellDates(text: string): string {
  if (!text.includes('T')) return text;
  return text.replace(READER_ISO, (_, y: string, mo: string, d: string, h: string, mi: string, s: string) => {
    const date = `${d}.${mo}.${y}`;
    if (h === '00' && mi === '00' && s === '00') return date;
    return `${date} ${h}:${mi}${s === '00' ? '' : `:${s}`}`;
  });
}
