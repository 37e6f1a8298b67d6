/**
 * applyEdits' row-by-row patch (patchSheet.ts) against the full rebuild, over random setCells and resizeTable
 * lists on the example plans: every cell's value, formula and number format must read back the same.
 */
import fc from 'fast-check';
import { exampleContent } from '../../../src/domain/example/example';
import { verdalMillKrContent } from '../../../src/domain/example/verdal';
import { parseA1, parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import { cellAt, formulaAt, numberFormatAt, sheetBounds } from '../../../src/domain/read/sheetCells';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { CellInput, Edit } from '../../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { snapshotFromContent } from '../../helpers/contentSnapshot';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));

/**
 * The example with a user's formula in every Helårsvirkning (M) of Tiltak drift, =K{row} saved with K's value:
 * neither a per-row sum nor written by the product, so both ways must keep the saved value where it is not written.
 */
function withUserFormulas(wb: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = wb.sheets.map((s) => {
    if (s.sheet !== 'Tiltak drift') return s;
    const at = (r: number) => r > 0 && r < s.values.length;
    return {
      ...s,
      values: s.values.map((row, r) => (at(r) ? row.map((v, c) => (c === 12 ? (row[10] ?? null) : v)) : row)),
      formulas: (s.formulas ?? []).map((row, r) => (at(r) ? row.map((f, c) => (c === 12 ? `=K${r + 1}` : f)) : row)),
    };
  });
  return { ...wb, sheets };
}

const plans: [string, WorkbookSnapshot][] = [
  ['example', example],
  ['example with user formulas', withUserFormulas(example)],
  ['verdal (mill kr)', snapshotFromContent(verdalMillKrContent())],
  ['empty', snapshotFromContent({ ...exampleContent({ startYear: 2027 }), operating: [], investment: [] })],
];

function editsFor(wb: WorkbookSnapshot): fc.Arbitrary<Edit[]> {
  const tables = wb.tables.filter((t) => wb.sheets.some((s) => s.sheet === t.sheet));
  const table = fc.constantFrom(...tables);
  const input = (top: number, left: number, right: number): fc.Arbitrary<CellInput> =>
    fc.oneof(
      fc.constant(null),
      fc.integer({ min: -5000, max: 5000 }),
      fc.double({ min: -100, max: 100, noNaN: true }),
      fc.constantFrom('x', '1 500', ''),
      fc.integer({ min: 0, max: 3 }).map((d) => ({
        formula: `=SUM(${toA1(top + d, left)}:${toA1(top + d, right)})`,
      })),
      fc.constant({ formula: '=1+1' }),
    );
  const setCells = table.chain((t) => {
    const b = parseRange(t.ref)!;
    return fc
      .record({
        row: fc.integer({ min: b.top + 1, max: b.bottom + 4 }),
        col: fc.integer({ min: b.left, max: b.right + 1 }),
        height: fc.integer({ min: 1, max: 3 }),
        width: fc.integer({ min: 1, max: 4 }),
      })
      .chain(({ row, col, height, width }) =>
        fc
          .array(fc.array(input(row, b.left, b.right), { minLength: width, maxLength: width }), {
            minLength: height,
            maxLength: height,
          })
          .map((values): Edit => ({ kind: 'setCells', sheet: t.sheet, origin: toA1(row, col), values })),
      );
  });
  const resize = table.chain((t) => {
    const b = parseRange(t.ref)!;
    return fc
      .integer({ min: b.top + 1, max: b.bottom + 4 })
      .map((bottom): Edit => ({ kind: 'resizeTable', name: t.name, ref: toRange(b.top, b.left, bottom, b.right) }));
  });
  return fc.array(fc.oneof({ arbitrary: setCells, weight: 4 }, { arbitrary: resize, weight: 1 }), {
    minLength: 1,
    maxLength: 6,
  });
}

/**
 * Whether a setCells edit writes a table's header cell. Left out: the patch keeps the per-row sums of the rows it
 * does not write (Excel renames the column in their formulas), where the rebuild finds no column of the old name.
 */
function writesHeader(wb: WorkbookSnapshot, e: Edit): boolean {
  if (e.kind !== 'setCells') return false;
  const at = parseA1(e.origin)!;
  const width = Math.max(0, ...e.values.map((r) => r.length));
  return wb.tables.some((t) => {
    const b = parseRange(t.ref)!;
    const row = b.top - at.row;
    return t.sheet === e.sheet && row >= 0 && row < e.values.length && at.col <= b.right && at.col + width > b.left;
  });
}

describe.each(plans)('applyEdits patched and rebuilt on the %s plan', (_, wb) => {
  it('read back the same, cell for cell', () => {
    fc.assert(
      fc.property(editsFor(wb), (edits) => {
        fc.pre(!edits.some((e) => writesHeader(wb, e)));
        const before = JSON.stringify(wb);
        const patched = applyEdits(wb, edits);
        // The source is shared, never changed.
        expect(JSON.stringify(wb) === before).toBe(true);
        // A cleared empty block far away makes every sheet rebuilt from a grid (the way before patchSheet.ts).
        const rebuilt = applyEdits(wb, [
          ...edits,
          ...wb.sheets.map((s): Edit => ({ kind: 'clearOwnedRange', sheet: s.sheet, range: 'ZZ9000:ZZ9000' })),
        ]);
        expect(patched.tables).toEqual(rebuilt.tables);
        // Every cell of every sheet as "A1 value formula format", compared at once (an expect per cell is slow).
        const cells = (book: WorkbookSnapshot, name: string, bottom: number, right: number) => {
          const s = book.sheets.find((x) => x.sheet === name)!;
          const out: string[] = [];
          for (let r = 1; r <= bottom; r++)
            for (let c = 1; c <= right; c++)
              out.push(
                `${toA1(r, c)} ${JSON.stringify([cellAt(s, r, c), formulaAt(s, r, c), numberFormatAt(s, r, c)])}`,
              );
          return out;
        };
        expect(patched.sheets.map((s) => s.sheet)).toEqual(rebuilt.sheets.map((s) => s.sheet));
        for (const b of rebuilt.sheets) {
          const ba = sheetBounds(patched.sheets.find((s) => s.sheet === b.sheet)!);
          const bb = sheetBounds(b);
          const [bottom, right] = [Math.max(ba.bottom, bb.bottom), Math.max(ba.right, bb.right)];
          expect(cells(patched, b.sheet, bottom, right)).toEqual(cells(rebuilt, b.sheet, bottom, right));
        }
      }),
      { numRuns: 150 },
    );
  });
});
