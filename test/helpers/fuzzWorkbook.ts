/**
 * Workbook snapshots generated from scratch for the checker's fuzzing: small sheets of random cells, often
 * under a header row of one of our tables (shuffled, duplicated, with gaps), with empty rows, merges,
 * formulas, and table metadata that may fit the cells, point elsewhere, or be nonsense.
 */
import fc from 'fast-check';
import { parseA1, toRange } from '../../src/domain/model/a1';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../../src/domain/model/schema';
import { SETTINGS, SETTINGS_HEADERS } from '../../src/domain/model/settingsSchema';
import type { CellValue, NameInfo, SheetSnapshot, TableInfo, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { cellValue, formulaText, HEADER_TEXTS, NAME_NAMES, rangeText, SHEET_NAMES, TABLE_NAMES } from './fuzzCells';
import { canonicalHeaders } from './workbook';

const YEARS = [2027, 2028, 2029, 2030];

/** Header rows of our tables, to be shuffled, cut and doubled. */
const HEADER_ROWS: readonly (readonly string[])[] = [
  canonicalHeaders(OPERATING_COLUMNS, YEARS),
  canonicalHeaders(INVESTMENT_COLUMNS, YEARS),
  canonicalHeaders(ECONOMY_PLAN_COLUMNS, YEARS),
  [SETTINGS_HEADERS.name, SETTINGS_HEADERS.value],
];

/** A header row: one of ours with columns missing and in another order, sometimes with a duplicate or stranger. */
const headerRow: fc.Arbitrary<CellValue[]> = fc
  .constantFrom(...HEADER_ROWS)
  .chain((headers) =>
    fc.tuple(
      fc.shuffledSubarray([...headers], { minLength: Math.min(3, headers.length) }),
      fc.array(fc.constantFrom(...HEADER_TEXTS, ...headers), { maxLength: 2 }),
    ),
  )
  .map(([kept, extra]) => [...kept, ...extra]);

/** A settings block: the labels in column A, random values in B. */
const settingsRows: fc.Arbitrary<CellValue[][]> = fc
  .shuffledSubarray(
    SETTINGS.map((s) => s.label),
    { minLength: 0 },
  )
  .chain((labels) => fc.tuple(...labels.map((l) => cellValue.map((v): CellValue[] => [l, v]))));

/** A body row of `width` cells: random, all empty (a gap), or ragged. */
const bodyRow = (width: number): fc.Arbitrary<CellValue[]> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(cellValue, { minLength: width, maxLength: width }) },
    { weight: 1, arbitrary: fc.constant(Array<CellValue>(width).fill(null)) },
    { weight: 1, arbitrary: fc.array(cellValue, { maxLength: width + 2 }) },
  );

const body = fc.integer({ min: 0, max: 12 }).chain((width) => fc.array(bodyRow(width), { maxLength: 8 }));

const MERGES = ['A1:B1', 'C1:G1', 'H1:K1', 'A2:A5', 'B2:C3', 'A1', 'bad', 'K1:H1'];

interface SheetDraft {
  readonly sheet: string;
  readonly origin: string;
  readonly header: CellValue[] | null;
  readonly settings: CellValue[][] | null;
  readonly body: CellValue[][];
  readonly formulaCells: readonly [number, number, string | null][] | null;
  readonly merges: readonly string[];
}

function buildSheet(d: SheetDraft): SheetSnapshot {
  const values = [...(d.header ? [d.header] : []), ...(d.settings ?? []), ...d.body];
  if (d.formulaCells === null) return { sheet: d.sheet, origin: d.origin, values, merges: d.merges };
  const formulas = values.map((r) => r.map((): string | null => null));
  for (const [r, c, f] of d.formulaCells) {
    const line = formulas[r % Math.max(1, formulas.length)];
    if (line && line.length > 0) line[c % line.length] = f;
  }
  return { sheet: d.sheet, origin: d.origin, values, formulas, merges: d.merges };
}

const sheetDraft: fc.Arbitrary<SheetDraft> = fc.record({
  sheet: fc.constantFrom(...SHEET_NAMES),
  origin: fc.constantFrom('A1', 'A1', 'A1', 'B3', 'C10', '$A$1', 'bad'),
  header: fc.option(headerRow, { nil: null, freq: 3 }),
  settings: fc.option(settingsRows, { nil: null, freq: 4 }),
  body,
  formulaCells: fc.option(fc.array(fc.tuple(fc.nat(20), fc.nat(20), formulaText), { maxLength: 4 }), { nil: null }),
  merges: fc.array(fc.constantFrom(...MERGES), { maxLength: 2 }),
});

/** The range a sheet's block covers, as a table over exactly its cells would have. */
function fittingRange(sheet: SheetSnapshot): string {
  const at = parseA1(sheet.origin) ?? { row: 1, col: 1 };
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  return toRange(at.row, at.col, at.row + Math.max(0, sheet.values.length - 1), at.col + width - 1);
}

const tableDraft = fc.record({
  name: fc.constantFrom(...TABLE_NAMES),
  sheetIndex: fc.nat(),
  ref: fc.option(rangeText, { nil: null, freq: 3 }),
});

const nameInfo: fc.Arbitrary<NameInfo> = fc.record({
  name: fc.constantFrom(...NAME_NAMES),
  ref: rangeText,
});

/** A whole workbook from scratch: up to five sheets, tables over them (mostly fitting), and names. */
export const scratchWorkbook: fc.Arbitrary<WorkbookSnapshot> = fc
  .array(sheetDraft.map(buildSheet), { maxLength: 5 })
  .chain((sheets) =>
    fc
      .record({
        tables: fc.array(tableDraft, { maxLength: 6 }),
        names: fc.array(nameInfo, { maxLength: 3 }),
      })
      .map(({ tables, names }): WorkbookSnapshot => {
        const infos: TableInfo[] = tables.map((t) => {
          const sheet = sheets.length > 0 ? sheets[t.sheetIndex % sheets.length] : undefined;
          return { name: t.name, sheet: sheet?.sheet ?? 'Ark1', ref: t.ref ?? (sheet ? fittingRange(sheet) : 'A1') };
        });
        return { sheets, tables: infos, names };
      }),
  );
