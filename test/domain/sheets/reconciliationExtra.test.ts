/**
 * A column the user added to tblAvstemming right of the product's (Q «Saksbehandler», the table grown to A1:Q4):
 * a new run carries it inside the table, each cell on the row of the item it stood beside, as Status and Kommentar
 * (docs/spec.md §10, repository addition). Before, the table shrank back to A:P and Q's cells stayed on their
 * sheet rows, beside whatever item the new run wrote there.
 */
import type { Edit } from '../../../src/domain/model/edits';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { extraFormatEdits } from '../../../src/domain/sheets/reconciliationExtra';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { miljoteamPlan, newMoneyItem, plainTexts } from '../../helpers/reconciliationSheet';

const { wb, plan } = miljoteamPlan(true);

const item = newMoneyItem;
const d2029 = item({});
const d2027 = item({ year: 2027 });
const project = item({
  code: 'project-financing',
  ref: 'P-1',
  measureId: 'I-001',
  year: undefined,
  source: 'Tilskudd',
});
const frame = item({
  code: 'frame-total',
  class: 'match',
  severity: 'info',
  ref: '2',
  measureId: undefined,
  year: 2027,
});

const texts = plainTexts;

/** The first run writes d2029 (row 2), project (row 3), frame (row 4); then the user grows the table to Q. */
function withSaksbehandler(q3: string | null): WorkbookSnapshot {
  let w = applyEdits(wb, editsOf(planReconciliation([d2029, project, frame], plan, wb, texts)));
  w = setCell(w, 'Avstemming', 'Q1', 'Saksbehandler');
  w = setCell(w, 'Avstemming', 'Q2', 'Kari');
  w = setCell(w, 'Avstemming', 'Q3', q3);
  w = setCell(w, 'Avstemming', 'Q4', '2027-03-01T00:00:00.000Z'); // a date, as the readers give one
  return { ...w, tables: w.tables.map((t) => (t.name === 'tblAvstemming' ? { ...t, ref: 'A1:Q4' } : t)) };
}

const setCellsAt = (edits: readonly Edit[], origin: string) => {
  const e = edits.find((x) => x.kind === 'setCells' && x.origin === origin);
  return e?.kind === 'setCells' ? e.values : [];
};

describe('a column «Saksbehandler» the user added to tblAvstemming (Q)', () => {
  // The second run reports frame, d2027 (new), d2029 — project is gone. Rows: 2 frame, 3 d2027, 4 d2029.
  const second = [frame, d2027, d2029];

  it("travels with its item: «Kari» (d2029's) to row 4, frame's date to row 2, the table stays A:Q", () => {
    const edits = editsOf(planReconciliation(second, plan, withSaksbehandler(null), texts));
    expect(setCellsAt(edits, 'A1')[0]?.[16]).toBe('Saksbehandler');
    // Column Q is index 16; 2027-03-01 is Excel day 46447 (2027-01-01 = 46388, + 31 + 28).
    expect(setCellsAt(edits, 'A2').map((r) => r[16])).toEqual([46447, null, 'Kari']);
    expect(edits).toContainEqual({ kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: 'A1:Q4' });
    expect(edits).toContainEqual({
      kind: 'setNumberFormat',
      sheet: 'Avstemming',
      range: 'Q2:Q2',
      format: 'dd.mm.yyyy',
    });
    // Q's old cells are emptied with the product's part, so none stays on a row beside another item.
    expect(
      edits.filter((e) => e.kind === 'clearOwnedRange').map((e) => (e.kind === 'clearOwnedRange' ? e.range : '')),
      // Her column is written over value by value, not emptied first: her drop-downs and cell formatting stay
      // (only rows below a smaller new table are emptied); so are Status and Kommentar's body rows O2:P4
      // (typedColumns.ts), their headers O1 and P1 emptied.
    ).toEqual(['A1:N4', 'O1:O1', 'P1:P1']);
    const after = applyEdits(withSaksbehandler(null), edits);
    const q = after.sheets.find((s) => s.sheet === 'Avstemming')?.values.map((r) => r[16] ?? null);
    expect(q).toEqual(['Saksbehandler', 46447, null, 'Kari']);
  });

  it('a row whose item is gone keeps its cell below the items, with why (as Status and Kommentar)', () => {
    const edits = editsOf(planReconciliation(second, plan, withSaksbehandler('Per'), texts));
    const rows = setCellsAt(edits, 'A2');
    // Row 5, below the three items: project's key as typed, no amounts, «Per» in Q.
    expect(rows).toHaveLength(4);
    expect([rows[3]?.[1], rows[3]?.[3]]).toEqual(['project-financing', 'P-1']);
    expect(rows[3]?.slice(8, 12)).toEqual([null, null, null, 'kept:vanished']);
    expect(rows[3]?.[16]).toBe('Per');
    expect(edits).toContainEqual({ kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: 'A1:Q5' });
  });

  it('a column beside the table (not in it) is a note and stays where it is, as before', () => {
    let w = applyEdits(wb, editsOf(planReconciliation([d2029, project, frame], plan, wb, texts)));
    w = setCell(w, 'Avstemming', 'Q2', 'Kari');
    const edits = editsOf(planReconciliation(second, plan, w, texts));
    expect(edits).toContainEqual({ kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: 'A1:P4' });
    expect(setCellsAt(edits, 'A2')[0]).toHaveLength(16);
  });
});

describe('extraFormatEdits: every row of her column gets its own number format, General too', () => {
  // Body rows from row 2 in Q (column 17); undefined: a new item's row, which has no cells of hers.
  it.each([
    // Two formats carried (0.0 % and General): a new item's row (Q3) gets General, so Q2:Q2, then Q3:Q5 General.
    [
      [['0.0 %'], undefined, ['General'], ['General']],
      [
        ['Q2:Q2', '0.0 %'],
        ['Q3:Q5', 'General'],
      ],
    ],
    // Her column formatted whole as text: the new item's row (Q3) gets «@» too, one run Q2:Q4.
    [[['@'], undefined, ['@']], [['Q2:Q4', '@']]],
    // No format known (a snapshot without them): nothing is written, her cells keep what they have.
    [[undefined, [null]], []],
  ])('%j → %j', (formats, runs) => {
    const edits = extraFormatEdits('Avstemming', formats, 17, 1);
    expect(edits.map((e) => (e.kind === 'setNumberFormat' ? [e.range, e.format] : e.kind))).toEqual(runs);
  });
});

// A row without Kode inside the table: Excel grows tblAvstemming by a row when she types just below it (here
// «Notat uten kode» in Q4 and a Kommentar in P4). No item has that row, but what she typed is hers: before, the
// run dropped the row and both cells with it, without a word.
it('a row without Kode holding her Kommentar and her column is kept below the items, not dropped', () => {
  let w = applyEdits(wb, editsOf(planReconciliation([d2027, d2029], plan, wb, texts)));
  w = setCell(w, 'Avstemming', 'Q1', 'Saksbehandler');
  w = setCell(w, 'Avstemming', 'P4', 'Kommentar uten kode');
  w = setCell(w, 'Avstemming', 'Q4', 'Notat uten kode');
  w = { ...w, tables: w.tables.map((t) => (t.name === 'tblAvstemming' ? { ...t, ref: 'A1:Q4' } : t)) };
  const edits = editsOf(planReconciliation([d2027, d2029], plan, w, texts));
  // Rows 2 and 3 the two items; row 4 the kept row: no Kode, «kept:noCode» in Forklaring (L, index 11), her cells.
  const rows = setCellsAt(edits, 'A2');
  expect(rows).toHaveLength(3);
  expect([rows[2]?.[1] ?? null, rows[2]?.[11], rows[2]?.[15], rows[2]?.[16]]).toEqual([
    null,
    'kept:noCode',
    'Kommentar uten kode',
    'Notat uten kode',
  ]);
  expect(edits).toContainEqual({ kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: 'A1:Q4' });
});
