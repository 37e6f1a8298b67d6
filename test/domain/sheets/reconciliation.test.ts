import type { Edit } from '../../../src/domain/model/edits';
import { kr } from '../../../src/domain/model/money';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { ReconciliationSheetText } from '../../../src/domain/model/sheetText';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { miljoteamPlan, newMoneyItem } from '../../helpers/reconciliationSheet';

const { wb, plan } = miljoteamPlan(true);

const item = (over: Partial<ReconciliationItem>): ReconciliationItem =>
  newMoneyItem({ cells: { measures: 'Tiltak drift!J2', economyPlan: 'Økonomiplan!I4' }, ...over });

const items: ReconciliationItem[] = [
  item({}),
  item({
    code: 'project-financing',
    class: 'match',
    severity: 'info',
    ref: 'P-1',
    measureId: 'I-001',
    year: undefined,
    source: 'Tilskudd',
    measures: kr(500),
    economyPlan: kr(500),
    difference: kr(0),
    cells: {},
  }),
  item({ code: 'frame-total', class: 'match', severity: 'info', ref: '2', measureId: undefined, year: 2027 }),
];

/** Labels as a language would give them, told apart from the codes; codeOf reads a label (or a bare code) back. */
const texts: ReconciliationSheetText = {
  explain: (i) => `explained ${i.code}`,
  severity: (s) => `sev:${s}`,
  code: (c) => `code:${c}`,
  class: (c) => `class:${c}`,
  codeOf: (text) => text.replace(/^code:/, ''),
  kept: (reason, keys) => {
    keptKeys.add(keys.join(', '));
    return `kept:${reason}`;
  },
  review: (r) => `review:${r.kind}`,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
};
/** The key headers the writer named in kept rows' Forklaring (from tblAvstemming's columns). */
const keptKeys = new Set<string>();
const rowsOf = (edits: readonly Edit[]) => {
  const body = edits.find((e) => e.kind === 'setCells' && e.origin === 'A2');
  return body?.kind === 'setCells' ? body.values : [];
};

describe('planReconciliation', () => {
  it('writes one row per item in RECONCILIATION_COLUMNS order, amounts in the workbook unit', () => {
    const edits = editsOf(planReconciliation(items, plan, wb, texts));
    expect(edits.find((e) => e.kind === 'setCells' && e.origin === 'A1')).toEqual(
      expect.objectContaining({
        values: [
          [
            'Alvor',
            'Kode',
            'Klasse',
            'Ref',
            'Tiltak',
            'Rammeområde',
            'År',
            'Finansieringskilde',
            'Tiltaksplan',
            'Økonomiplan',
            'Avvik',
            'Forklaring',
            'Celle tiltak',
            'Celle økonomiplan',
            'Status',
            'Kommentar',
          ],
        ],
      }),
    );
    const rows = rowsOf(edits);
    expect(rows[0]).toEqual([
      'sev:error',
      'code:measure-new-money',
      'class:mismatch',
      'D-001',
      'Miljøteam',
      '2',
      2029,
      null,
      1800,
      1200,
      600,
      'explained measure-new-money',
      // Links a reader without the add-in can click; the sheet name is always quoted; cached as the text shown.
      { formula: `HYPERLINK("#'Tiltak drift'!J2","Tiltak drift!J2")`, value: 'Tiltak drift!J2' },
      { formula: `HYPERLINK("#'Økonomiplan'!I4","Økonomiplan!I4")`, value: 'Økonomiplan!I4' },
      'Åpen',
      null,
    ]);
    expect(rows[1]?.slice(3, 8)).toEqual(['P-1', 'Småhus', '', null, 'Tilskudd']);
    expect(rows[2]?.slice(3, 7)).toEqual(['2', '', '2', 2027]);
    expect(edits).toContainEqual({ kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: 'A1:P4' });
    expect(edits).toContainEqual({
      kind: 'setValidation',
      sheet: 'Avstemming',
      range: 'O2:O4',
      rule: { type: 'list', source: 'Åpen,Akseptert,Rettet' },
    });
  });

  it('removes the old table only when there is one, and empties only its own columns of it before writing', () => {
    const first = editsOf(planReconciliation(items, plan, wb, texts));
    expect(first.some((e) => e.kind === 'deleteOwnedTable' || e.kind === 'clearOwnedRange')).toBe(false);
    const again = editsOf(planReconciliation(items, plan, applyEdits(wb, first), texts));
    // Status and Kommentar's body (O2:P4) is written value by value, not emptied (typedColumns.ts).
    expect(again.slice(0, 6)).toEqual([
      { kind: 'ensureSheet', sheet: 'Avstemming' },
      { kind: 'deleteOwnedTable', name: 'tblAvstemming' },
      { kind: 'clearOwnedRange', sheet: 'Avstemming', range: 'A1:N4' },
      { kind: 'clearOwnedRange', sheet: 'Avstemming', range: 'O1:O1' },
      { kind: 'clearOwnedRange', sheet: 'Avstemming', range: 'P1:P1' },
      expect.objectContaining({ kind: 'setCells', origin: 'A1' }),
    ]);
  });

  describe('a note typed next to the table (Avstemming!R6) and one below it (A9)', () => {
    const written = applyEdits(wb, editsOf(planReconciliation(items, plan, wb, texts)));
    const noted = setCell(setCell(written, 'Avstemming', 'R6', 'Spør økonomi'), 'Avstemming', 'A9', 'Notat');
    const cell = (w: WorkbookSnapshot, a1: string) => {
      const s = w.sheets.find((x) => x.sheet === 'Avstemming');
      const [, col = '', row = ''] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
      return s?.values[Number(row) - 1]?.[col.charCodeAt(0) - 65] ?? null;
    };

    it('both survive a new run of the same size', () => {
      const after = applyEdits(noted, editsOf(planReconciliation(items, plan, noted, texts)));
      expect([cell(after, 'R6'), cell(after, 'A9')]).toEqual(['Spør økonomi', 'Notat']);
    });

    it('a table grown over the note below is blocked, naming it; the one beside is never in the way', () => {
      const more = Array.from({ length: 8 }, (_, i) => item({ year: 2027 + i }));
      expect(planReconciliation(more, plan, noted, texts)).toEqual({
        ok: false,
        blocked: [{ sheet: 'Avstemming', cell: 'A9' }],
      });
    });
  });

  describe('a column the user inserted between Avvik and Forklaring (L, «Saksbehandler»), as Excel inserts it', () => {
    const written = applyEdits(wb, editsOf(planReconciliation(items, plan, wb, texts)));
    // Excel shifts Forklaring … Kommentar one column right (to M … Q) and grows tblAvstemming to Q.
    const inserted: WorkbookSnapshot = {
      ...written,
      sheets: written.sheets.map((s) =>
        s.sheet !== 'Avstemming'
          ? s
          : {
              ...s,
              values: s.values.map((row, i) => {
                const cells = [...row];
                while (cells.length < 16) cells.push(null);
                cells.splice(11, 0, ['Saksbehandler', 'Kari', 'Ola', null][i] ?? null);
                return cells;
              }),
              formulas: undefined,
              numberFormats: undefined,
            },
      ),
      tables: written.tables.map((t) => (t.name === 'tblAvstemming' ? { ...t, ref: 'A1:Q4' } : t)),
    };

    it('is not written over: the run is blocked, naming its cells as that column of the table', () => {
      // The column L by its header, in tblAvstemming, whose last product column is Kommentar (now Q).
      const column = { table: 'tblAvstemming', column: 'L', header: 'Saksbehandler', last: 'Kommentar' };
      expect(planReconciliation(items, plan, inserted, texts)).toEqual({
        ok: false,
        blocked: ['L1', 'L2', 'L3'].map((cell) => ({ sheet: 'Avstemming', cell, inserted: column })),
      });
    });

    it('once moved out of the way, the product empties its own columns (A:K and M:Q), never L', () => {
      const moved = setCell(
        setCell(setCell(inserted, 'Avstemming', 'L1', null), 'Avstemming', 'L2', null),
        'Avstemming',
        'L3',
        null,
      );
      const edits = editsOf(planReconciliation(items, plan, moved, texts));
      expect(edits.filter((e) => e.kind === 'clearOwnedRange')).toEqual([
        { kind: 'clearOwnedRange', sheet: 'Avstemming', range: 'A1:K4' },
        { kind: 'clearOwnedRange', sheet: 'Avstemming', range: 'M1:Q4' },
      ]);
    });
  });

  it("keeps the user's Status and Kommentar by (Kode, Ref, År, Finansieringskilde)", () => {
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation(items, plan, wb, texts)));
    written = setCell(written, 'Avstemming', 'O2', 'Akseptert');
    written = setCell(written, 'Avstemming', 'P2', 'Rettes i K-sak');
    written = setCell(written, 'Avstemming', 'P3', 'Husbanken bekreftet');
    // The same items in another order, plus a new one: the user columns follow their key, not their row.
    const next = [items[2], items[1], items[0], item({ year: 2030 })] as ReconciliationItem[];
    const rows = rowsOf(editsOf(planReconciliation(next, plan, written, texts)));
    expect(rows.map((r) => [r[1], r[6], r[14], r[15]])).toEqual([
      ['code:frame-total', 2027, 'Åpen', null],
      ['code:project-financing', null, 'Åpen', 'Husbanken bekreftet'],
      ['code:measure-new-money', 2029, 'Akseptert', 'Rettes i K-sak'],
      ['code:measure-new-money', 2030, 'Åpen', null],
    ]);
  });

  it('keeps Status and Kommentar when the Ref is retyped in another case, as the lines are matched (refKey)', () => {
    const d014 = (ref: string) => item({ ref, measureId: ref, year: 2028 });
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation([d014('D-014')], plan, wb, texts)));
    written = setCell(written, 'Avstemming', 'O2', 'Akseptert');
    written = setCell(written, 'Avstemming', 'P2', 'Avklart med økonomi');
    // The measure's ID is now "d-014": the same item (Kode, Ref, År) to the matcher, so the same row to the user.
    const rows = rowsOf(editsOf(planReconciliation([d014('d-014')], plan, written, texts)));
    expect(rows.map((r) => [r[1], r[3], r[6], r[14], r[15]])).toEqual([
      ['code:measure-new-money', 'd-014', 2028, 'Akseptert', 'Avklart med økonomi'],
    ]);
  });

  it('keeps Status and Kommentar when a space was typed after the Ref and the Finansieringskilde in another case', () => {
    const financing = items[1] as ReconciliationItem;
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation([financing], plan, wb, texts)));
    written = setCell(written, 'Avstemming', 'D2', 'p-1 ');
    written = setCell(written, 'Avstemming', 'H2', 'TILSKUDD');
    written = setCell(written, 'Avstemming', 'O2', 'Rettet');
    const rows = rowsOf(editsOf(planReconciliation([financing], plan, written, texts)));
    expect(rows.map((r) => [r[3], r[7], r[14]])).toEqual([['P-1', 'Tilskudd', 'Rettet']]);
  });

  describe("a row whose item is gone keeps the user's Status and Kommentar below the items (docs/spec.md §10)", () => {
    // D-001 2029 accepted with a comment, frame 2 only marked Rettet, D-001 2030 left as written (Åpen, empty).
    const before = [items[0], items[1], items[2], item({ year: 2030 })] as ReconciliationItem[];
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation(before, plan, wb, texts)));
    written = setCell(written, 'Avstemming', 'O2', 'Akseptert');
    written = setCell(written, 'Avstemming', 'P2', 'Rettes i K-sak');
    written = setCell(written, 'Avstemming', 'O4', 'Rettet');
    // The next run: D-001 was deleted and frame 2 has no items any more; only the project remains.
    const only = [items[1]] as ReconciliationItem[];
    const plannedNext = planReconciliation(only, plan, written, texts);

    it("written again with its key as typed, no amounts, and why; a row holding nothing of the user's goes", () => {
      const rows = rowsOf(editsOf(plannedNext));
      expect(rows.map((r) => [r[1], r[3], r[6], r[14], r[15]])).toEqual([
        ['code:project-financing', 'P-1', null, 'Åpen', null],
        ['code:measure-new-money', 'D-001', 2029, 'Akseptert', 'Rettes i K-sak'],
        ['code:frame-total', '2', 2027, 'Rettet', null],
      ]);
      expect(rows[1]).toEqual([
        null,
        'code:measure-new-money',
        null,
        'D-001',
        null,
        null,
        2029,
        null,
        null,
        null,
        null,
        // Akseptert at Avvik 600 (1000 kr): said, for when the item returns (statusReview.ts).
        'kept:vanished review:accepted',
        null,
        null,
        'Akseptert',
        'Rettes i K-sak',
      ]);
      expect(editsOf(plannedNext)).toContainEqual(
        expect.objectContaining({ kind: 'createTable', name: 'tblAvstemming', ref: 'A1:P4' }),
      );
      expect([...keptKeys]).toEqual(['Kode, Ref, År, Finansieringskilde']);
    });

    it('stays run after run, and goes back to its item when the item returns', () => {
      const next = applyEdits(written, editsOf(plannedNext));
      const again = rowsOf(editsOf(planReconciliation(only, plan, next, texts)));
      expect(again.map((r) => [r[3], r[6], r[11], r[14], r[15]])).toEqual([
        ['P-1', null, 'explained project-financing', 'Åpen', null],
        ['D-001', 2029, 'kept:vanished', 'Akseptert', 'Rettes i K-sak'],
        ['2', 2027, 'kept:vanished', 'Rettet', null],
      ]);
      const back = rowsOf(editsOf(planReconciliation([items[0], items[1]] as ReconciliationItem[], plan, next, texts)));
      expect(back.map((r) => [r[3], r[6], r[11], r[14], r[15]])).toEqual([
        ['D-001', 2029, 'explained measure-new-money', 'Akseptert', 'Rettes i K-sak'],
        ['P-1', null, 'explained project-financing', 'Åpen', null],
        ['2', 2027, 'kept:vanished', 'Rettet', null],
      ]);
    });
  });

  it('two rows with one key (a row the user duplicated): the first in sheet order keeps the item, the second stays below', () => {
    const twoYears = [item({ year: 2028 }), item({ year: 2029 })];
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation(twoYears, plan, wb, texts)));
    written = setCell(written, 'Avstemming', 'O2', 'Akseptert');
    written = setCell(written, 'Avstemming', 'P2', 'Avklart med økonomi');
    // The copy below: the same key once År is 2028 and the Ref is retyped (refKey: "d-001 " is "D-001").
    written = setCell(written, 'Avstemming', 'D3', 'd-001 ');
    written = setCell(written, 'Avstemming', 'G3', 2028);
    written = setCell(written, 'Avstemming', 'O3', 'Rettet');
    written = setCell(written, 'Avstemming', 'P3', 'Feil beløp, se K-sak 12/28');
    const rows = rowsOf(editsOf(planReconciliation([item({ year: 2028 })], plan, written, texts)));
    expect(rows.map((r) => [r[3], r[6], r[11], r[14], r[15]])).toEqual([
      ['D-001', 2028, 'explained measure-new-money', 'Akseptert', 'Avklart med økonomi'],
      ['d-001 ', 2028, 'kept:duplicate', 'Rettet', 'Feil beløp, se K-sak 12/28'],
    ]);
  });

  it('keeps each Status and Kommentar of items sharing a key (economy plan lines without Ref) on its own item', () => {
    // Two lines without Ref, each its own unmatched item (Kode, Ref and År alike): the user accepted the first.
    const line = (row: number, amount: number) =>
      item({
        code: 'economy-plan-line-unmatched',
        class: 'mismatch',
        severity: 'warning',
        ref: '',
        measureId: undefined,
        year: undefined,
        measures: kr(0),
        economyPlan: kr(amount),
        difference: kr(-amount),
        cells: { economyPlan: `Økonomiplan!H${row}` },
      });
    const lines = [line(3, 100_000), line(5, 250_000)];
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation(lines, plan, wb, texts)));
    written = setCell(written, 'Avstemming', 'O2', 'Akseptert');
    written = setCell(written, 'Avstemming', 'P2', 'Gammel linje, avklart');
    const rows = rowsOf(editsOf(planReconciliation(lines, plan, written, texts)));
    // Økonomiplan (1000 kr), Status, Kommentar.
    expect(rows.map((r) => [r[9], r[14], r[15]])).toEqual([
      [100, 'Akseptert', 'Gammel linje, avklart'],
      [250, 'Åpen', null],
    ]);
  });

  it('keeps the Status of a sheet written with the bare codes (as earlier versions wrote Kode)', () => {
    const bare = { ...texts, code: (c: string) => c };
    let written: WorkbookSnapshot = applyEdits(wb, editsOf(planReconciliation(items, plan, wb, bare)));
    written = setCell(written, 'Avstemming', 'O2', 'Rettet');
    const rows = rowsOf(editsOf(planReconciliation(items, plan, written, texts)));
    expect(rows.map((r) => [r[1], r[14]])).toEqual([
      ['code:measure-new-money', 'Rettet'],
      ['code:project-financing', 'Åpen'],
      ['code:frame-total', 'Åpen'],
    ]);
  });

  it('writes an empty table with one blank row when there is nothing to report', () => {
    const edits = editsOf(planReconciliation([], plan, wb, texts));
    expect(edits).toContainEqual({ kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: 'A1:P2' });
    expect(rowsOf(edits)).toEqual([Array(16).fill(null)]);
  });
});
