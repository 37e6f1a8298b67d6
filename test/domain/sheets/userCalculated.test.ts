/**
 * Calculated columns of the user's in a rolled table (src/domain/sheets/userCalculated.ts), planned from a snapshot
 * of the example (`new --example --start 2027`: tblTiltakDrift A1:U12, D-001 in row 2 with 600 / 1200 / 1800 / 2400,
 * Varig with Helårsvirkning 2400; by hand after the roll 1200 / 1800 / 2400 / 2400, Sum periode 7800). Her columns
 * V «Antall» (typed numbers: D-001 4, the rest empty), W «Per stk» = [@[Sum periode]]/[@Antall] and X «Halv» =
 * [@[Per stk]]/2 in every row.
 */
import { exampleContent } from '../../../src/domain/example/example';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { readPlan } from '../../../src/domain/read/plan';
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import type { CellInput, Edit } from '../../../src/domain/model/edits';

const T = 'tblTiltakDrift';
const PER = `=${T}[[#This Row],[Sum periode]]/${T}[[#This Row],[Antall]]`;
const HALF = `=${T}[[#This Row],[Per stk]]/2`;

function rolledEdits(half: (row: number) => CellInput): Edit[] {
  const base = applyEdits(EMPTY_WORKBOOK, planWorkbook(exampleContent({ startYear: 2027 })));
  const rows = Array.from({ length: 11 }, (_, i) => [i === 0 ? 4 : null, { formula: PER }, half(i + 2)]);
  const wb = applyEdits(base, [
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'V1', values: [['Antall', 'Per stk', 'Halv'], ...rows] },
    { kind: 'resizeTable', name: T, ref: 'A1:X12' },
  ]);
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  return planRolledWorkbook(wb, plan, { date: '2027-10-01', findings }).edits;
}

const column = (edits: Edit[], origin: string): readonly CellInput[] => {
  const e = edits.find((x) => x.kind === 'setCells' && x.sheet === 'Tiltak drift' && x.origin === origin);
  return e?.kind === 'setCells' ? e.values.map((row) => row[0] ?? null) : [];
};

test('a column reading one of hers is kept, its value from her number; one reading it, in turn', () => {
  const edits = rolledEdits(() => ({ formula: HALF }));
  const table = edits.find((e) => e.kind === 'createTable' && e.name === T);
  expect(table?.kind === 'createTable' ? table.calculated : null).toEqual({
    'Sum periode': `=SUM(${T}[[#This Row],[2028]:[2031]])`,
    'Per stk': PER,
    Halv: HALF,
  });
  const per = column(edits, 'W2');
  const half = column(edits, 'X2');
  // D-001: 7800 / 4 and half of it; the next row has no Antall: a division by zero, left to Excel (no value).
  expect(per.slice(0, 2)).toEqual([{ formula: PER, value: 1950 }, { formula: PER }]);
  expect(half.slice(0, 2)).toEqual([{ formula: HALF, value: 975 }, { formula: HALF }]);
  // Nine rows stay (two finished Engangs measures left), each with the formula.
  expect(per).toHaveLength(9);
});

test('a column with a typed value in one cell is no calculated column: carried as values', () => {
  const edits = rolledEdits((row) => (row === 5 ? 7 : { formula: HALF }));
  const table = edits.find((e) => e.kind === 'createTable' && e.name === T);
  expect(table?.kind === 'createTable' ? Object.keys(table.calculated ?? {}) : null).toEqual([
    'Sum periode',
    'Per stk',
  ]);
  expect(column(edits, 'X2')).toEqual([]);
});
