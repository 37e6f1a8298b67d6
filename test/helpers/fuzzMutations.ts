/**
 * Mutations for the checker's fuzzing: edits of the kind users and other tools make to a plan — a cell
 * typed over, columns swapped, a header doubled or cleared, empty rows pushed into a table, a sheet renamed
 * or dropped, table metadata lost or pointing elsewhere, #REF! everywhere, years typed as text. Applied to
 * a valid plan (fuzzPlans.ts), they let the fuzzer reach the row rules, totals and reconciliation, not
 * only "table missing".
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/domain/model/snapshot';
import { applyMutations } from './applyMutations';
import { cellValue, EXCEL_ERRORS, formulaText, HEADER_TEXTS, rangeText, SHEET_NAMES, TABLE_NAMES } from './fuzzCells';
import { basePlan } from './fuzzPlans';

/** One edit to a workbook; `sheet` and column/row numbers are taken modulo what exists. */
export type Mutation =
  | { kind: 'set'; sheet: number; row: number; col: number; value: CellValue }
  | { kind: 'formula'; sheet: number; row: number; col: number; formula: string | null; value: CellValue }
  | { kind: 'swapColumns'; sheet: number; a: number; b: number; headerOnly: boolean }
  | { kind: 'duplicateHeader'; sheet: number; from: number; to: number }
  | { kind: 'clearHeader'; sheet: number; col: number }
  | { kind: 'renameHeader'; sheet: number; col: number; text: string }
  | { kind: 'insertRows'; sheet: number; at: number; count: number }
  | { kind: 'errors'; sheet: number; error: string }
  | { kind: 'yearHeaders'; sheet: number; style: 'text' | 'spaced' | 'decimal' | 'date' | 'number' }
  | { kind: 'origin'; sheet: number; origin: string }
  | { kind: 'merge'; sheet: number; range: string }
  | { kind: 'renameSheet'; sheet: number; name: string }
  | { kind: 'dropSheet'; sheet: number }
  | { kind: 'dropTable'; table: number }
  | { kind: 'tableRef'; table: number; ref: string }
  | { kind: 'renameTable'; table: number; name: string };

const n = fc.nat(40);
const at = { sheet: fc.nat(8), row: fc.nat(12), col: fc.nat(30) };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), ...at, value: cellValue }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('formula' as const), ...at, formula: formulaText, value: cellValue }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('swapColumns' as const),
      sheet: at.sheet,
      a: n,
      b: n,
      headerOnly: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('duplicateHeader' as const), sheet: at.sheet, from: n, to: n }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clearHeader' as const), sheet: at.sheet, col: n }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameHeader' as const),
      sheet: at.sheet,
      col: n,
      text: fc.constantFrom(...HEADER_TEXTS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insertRows' as const),
      sheet: at.sheet,
      at: fc.nat(8),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('errors' as const),
      sheet: at.sheet,
      error: fc.constantFrom(...EXCEL_ERRORS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('yearHeaders' as const),
      sheet: at.sheet,
      style: fc.constantFrom(
        'text' as const,
        'spaced' as const,
        'decimal' as const,
        'date' as const,
        'number' as const,
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('origin' as const),
      sheet: at.sheet,
      origin: fc.constantFrom('B2', 'A3', 'bad'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      sheet: at.sheet,
      range: fc.constantFrom('A1:C1', 'H1:K1', 'B2:B4', 'A1:A1'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameSheet' as const),
      sheet: at.sheet,
      name: fc.constantFrom(...SHEET_NAMES),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropSheet' as const), sheet: at.sheet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropTable' as const), table: fc.nat(10) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('tableRef' as const),
      table: fc.nat(10),
      ref: fc.oneof(rangeText, fc.constantFrom('A1:B2', 'A2:Z30')),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('renameTable' as const),
      table: fc.nat(10),
      name: fc.constantFrom(...TABLE_NAMES),
    }),
  },
);

/** A canonical plan with up to six mutations: the workbook and the mutations (shown when a run fails). */
export const mutatedPlan = fc
  .tuple(basePlan, fc.array(mutation, { maxLength: 6 }))
  .map(([wb, mutations]) => ({ wb: applyMutations(wb, mutations), mutations }));
