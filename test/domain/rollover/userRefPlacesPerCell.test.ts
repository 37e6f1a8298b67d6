/**
 * Review of dffea83: a rule's relative reference is "taken over every cell it applies to" by joining what all its
 * cells read into one box, and a box over the whole table is read as a sum over the table (not named,
 * userRowRefs.ts). But each cell of a rule reads its own row: a rule on Oversikt!A2:A6 `'Tiltak drift'!$G2>0` is,
 * cell by cell, A2 → G2, A3 → G3 … A6 → G6 — the same reading as formula cells A2…A6 `='Tiltak drift'!$G2` …
 * `$G6`, which the roll names (A3: D-002 → D-003 …). The rule is named only when its cells stop short of the
 * table's end (A2:A4, the case in userRefPlaces.test.ts); on A2:A6 it is silent, though after the roll its
 * colour in A3 follows D-003's Sum periode, not D-002's.
 *
 * Layout by hand as userRefPlaces.test.ts: «Tiltak drift» rows 2…6 hold D-001…D-005 (lastDataRow 6 here);
 * D-002 (row 3) leaves, rows 2…5 hold D-001, D-003, D-004, D-005 after. Sum periode in G.
 */
import type { TableLayout } from '../../../src/domain/model/plan';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import type { PlacedFormula } from '../../../src/domain/rollover/userRefPlaces';
import { staleReferences } from '../../../src/domain/rollover/userRefs';

function layout(first: number, lastDataRow: number): TableLayout {
  const years = [0, 1, 2, 3].map((i) => String(first + i));
  const texts = ['ID', 'Tiltak', ...years, 'Sum periode'];
  return {
    tableName: 'tblTiltakDrift',
    sheet: 'Tiltak drift',
    headerRow: 1,
    firstDataRow: 2,
    lastDataRow,
    columns: { id: 'A', title: 'B', sum: 'G' },
    yearColumns: Object.fromEntries(years.map((y, i) => [y, String.fromCharCode(67 + i)])),
    headers: texts.map((text, i) => ({ text, name: text, column: String.fromCharCode(65 + i) })),
  };
}

const before = { operating: layout(2027, 6), investment: null, economyPlan: null };
const after = { operating: layout(2028, 5), investment: null, economyPlan: null };
const m = (row: number, id: string) => ({ sheet: 'Tiltak drift', row, id, measure: id });
const rows = {
  before: [m(2, 'D-001'), m(3, 'D-002'), m(4, 'D-003'), m(5, 'D-004'), m(6, 'D-005')],
  after: [m(2, 'D-001'), m(3, 'D-003'), m(4, 'D-004'), m(5, 'D-005')],
};

it('names formula cells A2…A6 reading G2…G6 one row each: A3…A6 (control, passes today)', () => {
  const formulas = [2, 3, 4, 5, 6].map((r) => [`='Tiltak drift'!$G${r}`]);
  const wb: WorkbookSnapshot = {
    sheets: [{ sheet: 'Oversikt', origin: 'A2', values: formulas.map(() => [0]), formulas }],
    tables: [],
    names: [],
  };
  // G3: D-002 → D-003; G4: D-003 → D-004; G5: D-004 → D-005; G6: D-005 → none. G2 (D-001) stays.
  expect(staleReferences(wb, before, after, rows).map((r) => r.cell)).toEqual([
    'Oversikt!A3',
    'Oversikt!A4',
    'Oversikt!A5',
    'Oversikt!A6',
  ]);
});

it('names the rule on A2:A6 reading $G2 from each of its cells, as it names those cells', () => {
  const empty: WorkbookSnapshot = { sheets: [], tables: [], names: [] };
  const rule: PlacedFormula = {
    formula: "'Tiltak drift'!$G2>0",
    at: { kind: 'rule', sheet: 'Oversikt', range: 'A2:A6' },
    over: 'A2:A6',
  };
  const got = staleReferences(empty, before, after, rows, [rule]);
  expect(got.map((r) => [r.place?.kind, r.ref, r.measures])).toEqual([['rule', "'Tiltak drift'!$G2", true]]);
});

it('judges a rule over 10 000 rows beside 10 000 measures in one pass (cost: a window down each list once)', () => {
  // Rows 2…10 001 hold M1…M10000; the last, M10000 (row 10 001), leaves: only the last cell's row changes, so
  // every cell is judged before one is named.
  const big = (n: number, skip: number) =>
    Array.from({ length: n }, (_, i) => i + 1)
      .filter((k) => k !== skip)
      .map((k, i) => m(2 + i, `M${k}`));
  const many = { before: big(10_000, 0), after: big(10_000, 10_000) };
  const rule: PlacedFormula = {
    formula: "'Tiltak drift'!$G2>0",
    at: { kind: 'rule', sheet: 'Oversikt', range: 'A2:A10001' },
    over: 'A2:A10001',
  };
  const t0 = Date.now();
  const got = staleReferences(
    { sheets: [], tables: [], names: [] },
    { ...before, operating: layout(2027, 10_001) },
    { ...after, operating: layout(2028, 10_000) },
    many,
    [rule],
  );
  const ms = Date.now() - t0;
  // A10001 reads G10001: it held M10000 and holds no measure after.
  expect(got.map((r) => [r.before, r.after])).toEqual([['M10000', '']]);
  expect(ms).toBeLessThan(2000); // some 20 000 steps; a per-cell filter over the measures took 10^8
});
