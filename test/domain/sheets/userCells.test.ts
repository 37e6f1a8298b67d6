/**
 * SPEC §11: the product never writes over a user's cell. The property runs every planner that writes cells
 * (add, edit and move a measure, repair, Sammendrag, Avstemming) on random plans whose workbook already
 * went through a check --write of another plan (so the generated blocks have other sizes), with notes the
 * user typed around and below every table and beside and below Sammendrag. A note is a unique text, or a formula
 * holding one that shows "" (a cell that reads as empty but is the user's), so it can be followed when Excel moves
 * it (insertCells): no setCells lands on one, every note is still there after the edits, and a blocked plan names
 * only notes. The measure tables may end in empty rows (0–2), where only such formulas go: text there would make
 * the row a measure's, which the product may write.
 */
import fc from 'fast-check';
import { checkSnapshot } from '../../../src/domain/check';
import { planAddMeasure } from '../../../src/domain/measureEdits/add';
import { planUpdateMeasure } from '../../../src/domain/measureEdits/edit';
import { planMoveMeasure } from '../../../src/domain/measureEdits/move';
import { parseA1, parseRange, toA1 } from '../../../src/domain/model/a1';
import type { Edit } from '../../../src/domain/model/edits';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { combinePlans, type WritePlan } from '../../../src/domain/model/writePlan';
import { planRepair } from '../../../src/domain/repair/repair';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSummary } from '../../../src/domain/sheets/summary';
import { ownedSummaryAreas } from '../../../src/domain/sheets/summaryOwned';
import { isOccupied, userCellsIn } from '../../../src/domain/sheets/userCells';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { basePlan } from '../../helpers/fuzzPlans';
import { setCell, withoutTables } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

type Bounds = NonNullable<ReturnType<typeof parseRange>>;
interface Block {
  readonly sheet: string;
  readonly b: Bounds;
}

const NOTE = 'brukerens notat #';
const isNote = (v: CellValue): boolean => typeof v === 'string' && v.startsWith(NOTE);
/** A formula note: it shows "" (its value reads as empty) and holds its note's text, to follow it. */
const formulaNote = (i: number) => `=IF(TRUE,"","${NOTE}${i}")`;
const isFormulaNote = (f: string | null | undefined): boolean => typeof f === 'string' && f.includes(NOTE);
const explain = reconciliationSheetText('nb', '1000 kr');
const check = (wb: WorkbookSnapshot) => checkSnapshot(wb, { file: '', defaultStartYear: 2027, render: () => '' });

/** Whether the cell holds a note, typed or as a formula (the snapshots of these tests start at A1). */
function noteAt(wb: WorkbookSnapshot, sheet: string, row: number, col: number): boolean {
  const s = wb.sheets.find((x) => x.sheet === sheet);
  return isNote(s?.values[row - 1]?.[col - 1] ?? null) || isFormulaNote(s?.formulas?.[row - 1]?.[col - 1]);
}

const notesIn = (wb: WorkbookSnapshot): string[] =>
  wb.sheets
    .flatMap((s) => [
      ...s.values.flat().filter((v): v is string => isNote(v)),
      ...(s.formulas ?? []).flat().filter((f): f is string => isFormulaNote(f)),
    ])
    .sort();

/** Sammendrag and Avstemming of `from`'s check written into `into`, as a first check --write leaves them. */
function firstRun(from: WorkbookSnapshot, into: WorkbookSnapshot): WorkbookSnapshot {
  const r = check(from);
  const plan = combinePlans([
    planSummary(r.plan, r.report.totals, into),
    planReconciliation(r.report.reconciliation, r.plan, into, explain),
  ]);
  return applyEdits(into, editsOf(plan));
}

/** Every table of the workbook, and the block Sammendrag was written in: nothing of the user's goes inside. */
function productBlocks(wb: WorkbookSnapshot): Block[] {
  const tables = wb.tables.flatMap((t) => {
    const b = parseRange(t.ref);
    return b ? [{ sheet: t.sheet, b }] : [];
  });
  return [...tables, ...ownedSummaryAreas(wb).blocks.map((b) => ({ sheet: 'Sammendrag', b }))];
}

/** A place right below or right of one of the blocks, but inside none of them. */
function notePlaces(wb: WorkbookSnapshot): fc.Arbitrary<{ sheet: string; row: number; col: number }> {
  const blocks = productBlocks(wb);
  const inside = (sheet: string, row: number, col: number) =>
    blocks.some((k) => k.sheet === sheet && row >= k.b.top && row <= k.b.bottom && col >= k.b.left && col <= k.b.right);
  return fc
    .constantFrom(...blocks)
    .chain(({ sheet, b }) =>
      fc
        .oneof(
          fc.record({
            row: fc.integer({ min: b.bottom + 1, max: b.bottom + 3 }),
            col: fc.integer({ min: b.left, max: b.right + 2 }),
          }),
          fc.record({
            row: fc.integer({ min: b.top, max: b.bottom + 2 }),
            col: fc.integer({ min: b.right + 1, max: b.right + 3 }),
          }),
        )
        .map((at) => ({ sheet, ...at })),
    )
    .filter((p) => !inside(p.sheet, p.row, p.col));
}

const MEASURE_TABLES = ['tblTiltakDrift', 'tblTiltakInvestering'];

/** `wb` with each measure table grown over `rows` empty rows under it (a table made longer than its measures). */
function grown(wb: WorkbookSnapshot, rows: number): WorkbookSnapshot {
  const tables = wb.tables.map((t) => {
    const b = MEASURE_TABLES.includes(t.name) ? parseRange(t.ref) : null;
    return b ? { ...t, ref: toA1(b.top, b.left) + ':' + toA1(b.bottom + rows, b.right) } : t;
  });
  return { ...wb, tables };
}

/** A cell of the empty rows at the end of a measure table (`rows` of them): a place for a formula note only. */
function emptyRowPlaces(wb: WorkbookSnapshot, rows: number): fc.Arbitrary<{ sheet: string; row: number; col: number }> {
  const blocks = wb.tables.flatMap((t) => {
    const b = MEASURE_TABLES.includes(t.name) ? parseRange(t.ref) : null;
    return b && rows > 0 ? [{ sheet: t.sheet, b }] : [];
  });
  if (blocks.length === 0) return fc.constant({ sheet: '', row: 0, col: 0 });
  return fc.constantFrom(...blocks).chain(({ sheet, b }) =>
    fc.record({
      sheet: fc.constant(sheet),
      row: fc.integer({ min: b.bottom - rows + 1, max: b.bottom }),
      col: fc.integer({ min: b.left, max: b.right }),
    }),
  );
}

/** `wb` with a note at `p`: a text, or a formula showing "" (always inside a table). */
function withNote(wb: WorkbookSnapshot, p: { sheet: string; row: number; col: number; formula: boolean }, i: number) {
  if (p.sheet === '') return wb;
  if (!p.formula) return setCell(wb, p.sheet, toA1(p.row, p.col), `${NOTE}${i}`);
  const values = [[{ formula: formulaNote(i) }]];
  return applyEdits(wb, [{ kind: 'setCells', sheet: p.sheet, origin: toA1(p.row, p.col), values }]);
}

const scenario = fc
  .tuple(basePlan, basePlan, fc.integer({ min: 0, max: 2 }))
  .map(([earlier, now, rows]) => ({ written: grown(firstRun(earlier, now), rows), rows }))
  .chain(({ written, rows }) =>
    fc.record({
      wb: fc
        .array(
          fc.oneof(
            fc.record({ at: notePlaces(written), formula: fc.boolean() }),
            fc.record({ at: emptyRowPlaces(written, rows), formula: fc.constant(true) }),
          ),
          { minLength: 1, maxLength: 10 },
        )
        .map((places) => places.reduce((wb, p, i) => withNote(wb, { ...p.at, formula: p.formula }, i), written)),
      pick: fc.nat(),
      up: fc.boolean(),
      dropped: fc.subarray(['tblTiltakDrift', 'tblTiltakInvestering', 'tblOkonomiplan']),
    }),
  );

/** Applies `edits` to `wb`, asserting that no setCells lands on a note and that every note survives. */
function expectNotesKept(wb: WorkbookSnapshot, edits: readonly Edit[], planner: string): void {
  let current = wb;
  // A note a clear kept (clearOwnedRange `keep`) is written again as it stands: the last check says it is.
  const kept = new Set(edits.flatMap((e) => (e.kind === 'clearOwnedRange' ? (e.keep ?? []) : [])));
  for (const e of edits) {
    if (e.kind === 'setCells') {
      const o = parseA1(e.origin) ?? { row: 0, col: 0 };
      e.values.forEach((row, i) =>
        row.forEach((_, j) => {
          if (noteAt(current, e.sheet, o.row + i, o.col + j) && !kept.has(toA1(o.row + i, o.col + j)))
            throw new Error(`${planner} writes over a note at ${e.sheet}!${toA1(o.row + i, o.col + j)}`);
        }),
      );
    } else if (e.kind === 'clearOwnedRange' || e.kind === 'insertCells') current = applyEdits(current, [e]);
  }
  expect({ planner, notes: notesIn(applyEdits(wb, edits)) }).toEqual({ planner, notes: notesIn(wb) });
}

function expectHonest(wb: WorkbookSnapshot, planned: WritePlan, planner: string): void {
  if (planned.ok) return expectNotesKept(wb, planned.edits, planner);
  for (const c of planned.blocked) {
    const at = parseA1(c.cell) ?? { row: 0, col: 0 };
    expect({ planner, cell: c, note: noteAt(wb, c.sheet, at.row, at.col) }).toEqual({
      planner,
      cell: c,
      note: true,
    });
  }
}

describe('no planner writes over a cell of the user (property)', () => {
  it('add, edit, move, repair, Sammendrag and Avstemming', () => {
    fc.assert(
      fc.property(scenario, ({ wb, pick, up, dropped }) => {
        const r = check(wb);
        const { plan } = r;
        const measures = [...plan.operating, ...plan.investment];
        const m = measures[pick % Math.max(1, measures.length)];
        const row = {
          values: { section: 'Organisasjon', measure: 'Nytt tiltak', costStatus: 'Beregnet' },
          years: [1, 2],
        };
        for (const kind of ['operating', 'investment'] as const)
          for (const canInsertCells of [false, true])
            expectHonest(wb, planAddMeasure(plan, kind, row, wb, { canInsertCells }), `add ${kind} ${canInsertCells}`);
        if (m) {
          expectNotesKept(
            wb,
            planUpdateMeasure(plan, m.id, { values: { measure: 'Endret', comment: 'ny' }, years: [7] }, wb),
            'edit',
          );
          expectNotesKept(wb, planMoveMeasure(plan, m.id, up ? 'up' : 'down'), 'move');
        }
        expectHonest(wb, planSummary(plan, r.report.totals, wb), 'summary');
        expectHonest(wb, planReconciliation(r.report.reconciliation, plan, wb, explain), 'reconciliation');
        const damaged = withoutTables(wb, dropped);
        const repair = planRepair(damaged, { defaultStartYear: 2027 });
        expectNotesKept(damaged, repair.edits, 'repair');
        expectHonest(damaged, { ok: false, blocked: repair.blocked }, 'repair');
      }),
      { numRuns: 50 },
    );
  }, 180_000); // a limit for a loaded machine, not a speed target
});

describe('userCellsIn', () => {
  const wb: WorkbookSnapshot = {
    sheets: [
      {
        sheet: 'S',
        origin: 'B2',
        values: [
          ['a', null, '  '],
          [null, null, 3],
        ],
        formulas: [
          [null, '=NA()', null],
          [null, null, null],
        ],
      },
    ],
    tables: [],
  };

  it('names values and formulas (even without a result), not blanks, and leaves owned blocks out', () => {
    expect(userCellsIn(wb, 'S', { top: 1, left: 1, bottom: 9, right: 9 })).toEqual([
      { sheet: 'S', cell: 'B2' },
      { sheet: 'S', cell: 'C2' },
      { sheet: 'S', cell: 'D3' },
    ]);
    expect(
      userCellsIn(wb, 's', { top: 2, left: 2, bottom: 3, right: 4 }, [{ top: 2, left: 2, bottom: 2, right: 3 }]),
    ).toEqual([{ sheet: 'S', cell: 'D3' }]);
    expect(userCellsIn(wb, 'Borte', { top: 1, left: 1, bottom: 9, right: 9 })).toEqual([]);
    expect(isOccupied(wb.sheets[0]!, 2, 4)).toBe(false);
  });
});
