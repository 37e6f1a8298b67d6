/**
 * Review r32 — severity: medium (Excel path, roll and saved version). Since ce18d17d a column named by an alias
 * beside the column named by the product's own header is hers (read/table.ts scanHeaders: beside «Rammeområde»,
 * her «Ramme» is a column of her own). userColumnsOf (read/readScope.ts), which the Excel adapter uses to load the
 * formats and, in a roll, the formulas of her own columns (workbook/excel/readPlan.ts), still takes the FIRST column
 * matching a header or an alias as the product's. With her «Ramme» standing LEFT of «Rammeområde» it names
 * Rammeområde as hers and leaves her «Ramme» out: her column's dates are read as day numbers and her formulas there
 * are not loaded, so a roll in Excel carries them unnamed, unlike the file path.
 *
 * Hand-computed: header [Tiltak, Ramme, Rammeområde] (0-based 0, 1, 2). Tiltak is the product's (measure),
 * Rammeområde the product's by its exact header, «Ramme» (alias) hers → [1]. Today: [2].
 * With her column on the right ([Tiltak, Rammeområde, Ramme]) both agree: [2].
 */
import { TABLES, userColumnsOf } from '../../../src/domain';

test('her alias column left of the exact header is the user column, as table.ts maps it', () => {
  expect(userColumnsOf(TABLES.operating, ['Tiltak', 'Ramme', 'Rammeområde'])).toEqual([1]);
});

test('her alias column right of the exact header is the user column (control)', () => {
  expect(userColumnsOf(TABLES.operating, ['Tiltak', 'Rammeområde', 'Ramme'])).toEqual([2]);
});
