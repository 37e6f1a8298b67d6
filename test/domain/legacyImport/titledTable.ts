/**
 * A legacy table whose unit may be stated only in the title above it (units.test.ts, shortUnitSpellings.test.ts):
 * at B3 the title, B4 empty, B5 the header (no unit in it), B6 the section, then the measures. Verdal's 6.1 figures,
 * typed in mill kr.
 */
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue, SheetSnapshot } from '../../../src/domain/model/snapshot';
import { importCommentNote } from '../../../src/i18n/importLog';

export const HEADER: CellValue[] = [
  'Prioritet',
  'Tiltak',
  'Samlet kostnad',
  '2011',
  '2012',
  '2013',
  '2014',
  'Endr. drift',
  'Øk. plan Nye midler',
  'Ansvarlig',
];

/** The section row and two measures. */
export const BODY: CellValue[][] = [
  ['SAMFUNN OG TJENESTER'],
  [1, '14. Utvidelse miljøteam', '2,4', '0,6', '1,2', '1,8', '2,4', '----', '2,4', 'Rådmannen'],
  [2, '4. Samordnet saksbehandling', 0.35, 0.35, 0.35, 0.35, 0.35, 0.1, 0.25, 'Leder boligkontor'],
];

/** The table under `title` imported with the first year 2027 and, when given, `--unit`. */
export function importTitled(
  title: string,
  { header = HEADER, body = BODY, unit }: { header?: CellValue[]; body?: CellValue[][]; unit?: Unit } = {},
): ImportResult {
  const sheet: SheetSnapshot = { sheet: 'Ark1', origin: 'B3', values: [[title], [], header, ...body] };
  return importLegacy(
    { sheets: [sheet], tables: [] },
    { defaultStartYear: 2027, commentNote: importCommentNote('nb'), ...(unit ? { unit } : {}) },
  );
}

/** Per measure: Helårsvirkning, the years, Omdisponering, Nye midler. */
export const figures = (r: ImportResult): unknown[] =>
  r.content.operating.map((m) => [m.values.fullYear, ...m.years, m.values.finReallocation, m.values.finNew]);
