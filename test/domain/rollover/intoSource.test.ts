/**
 * planRolledWorkbook into the source workbook (rollover/intoSource.ts): the product's tables are emptied where
 * they stood and written anew on the sheets that held them; nothing else of the workbook is named by an edit; a
 * rolled table that would cover a cell of the user's blocks the roll.
 */
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { withColumnMoves } from '../../../src/domain/rollover/columnMoves';
import { notCarried } from '../../../src/domain/rollover/carry';
import { readPlan } from '../../../src/domain/read/plan';
import { exampleContent } from '../../../src/domain/example/example';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Edit } from '../../../src/domain/model/edits';
import { cliText } from '../../../src/i18n/cliCommand';
import { rollNoteLines } from '../../../src/i18n/roll';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/domain/model/snapshot';

/** The example plan (tblTiltakDrift A1:U12), with a user's sheet Notater and an earlier archive. */
function example(): WorkbookSnapshot {
  return applyEdits(EMPTY_WORKBOOK, [
    ...planWorkbook(exampleContent({ startYear: 2027, unit: '1000 kr' })),
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'W2', values: [['Merknad ved siden av']] },
    { kind: 'ensureSheet', sheet: 'Notater' },
    { kind: 'setCells', sheet: 'Notater', origin: 'A1', values: [['Husk møtet']] },
    { kind: 'ensureSheet', sheet: 'Arkiv 2026–2029' },
    { kind: 'setCells', sheet: 'Arkiv 2026–2029', origin: 'A1', values: [['Gammel plan']] },
  ]);
}

const roll = (wb: WorkbookSnapshot) => {
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  return planRolledWorkbook(wb, plan, { date: '2027-01-15', findings, into: 'source' });
};

const sheetsOf = (edits: readonly Edit[]) => new Set(edits.flatMap((e) => ('sheet' in e ? [e.sheet] : [])));

/** `sheet` with `rows` empty rows added on top (its tables moved down with it) and `title` in A1. */
function moveDown(wb: WorkbookSnapshot, name: string, rows: number, title: string): WorkbookSnapshot {
  const shift = <T>(grid: readonly (readonly T[])[] | undefined, top: readonly T[][]) =>
    grid ? [...top, ...grid] : undefined;
  const sheets = wb.sheets.map((s): SheetSnapshot => {
    if (s.sheet !== name) return s;
    const top = Array.from({ length: rows }, (_, i) => (i === 0 ? [title] : []));
    const empty = Array.from({ length: rows }, () => []);
    return {
      ...s,
      values: shift(s.values, top) ?? [],
      ...(s.formulas ? { formulas: shift(s.formulas, empty) } : {}),
      ...(s.numberFormats ? { numberFormats: shift(s.numberFormats, empty) } : {}),
    };
  });
  const tables = wb.tables.map((t) =>
    t.sheet !== name ? t : { ...t, ref: t.ref.replace(/\d+/g, (n) => String(Number(n) + rows)) },
  );
  return { ...wb, sheets, tables };
}

describe('planRolledWorkbook into the source workbook', () => {
  it('empties each product table where it stood (its notes and formats with it) before writing it anew', () => {
    const r = roll(example());
    expect(r.blocked).toEqual([]);
    const clearing = r.edits.slice(
      0,
      r.edits.findIndex((e) => e.kind === 'ensureSheet'),
    );
    // tblTiltakDrift: header + 11 measures = A1:U12; the table goes first, then its block with what is on it.
    expect(clearing).toEqual(
      expect.arrayContaining([
        { kind: 'deleteOwnedTable', name: 'tblTiltakDrift' },
        expect.objectContaining({ kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'A1:U12', anchored: true }),
        { kind: 'deleteOwnedTable', name: 'tblInnstillinger' },
        { kind: 'deleteOwnedTable', name: 'tblSeksjoner' },
      ]),
    );
    // withColumnMoves (the command line's): each column's body (rows 2–12) and where it stands in the rolled table (2 measures left: rows 2–10): ID stays
    // in A, 2027 (H) leaves, 2028–2030 move one to the left (I → H … K → J), Sum periode stays in L.
    const { plan } = readPlan(example(), { defaultStartYear: 2027 });
    const moved = withColumnMoves(r.edits, plan, r.content.userColumns);
    const drift = moved.find((e) => e.kind === 'clearOwnedRange' && e.sheet === 'Tiltak drift');
    const moves = drift?.kind === 'clearOwnedRange' ? (drift.moves ?? []) : [];
    expect(moves).toHaveLength(21);
    expect(moves.filter((m) => ['A2:A12', 'H2:H12', 'I2:I12', 'K2:K12', 'L2:L12'].includes(m.from))).toEqual([
      { from: 'A2:A12', to: 'A2:A10' },
      { from: 'H2:H12', to: null },
      { from: 'I2:I12', to: 'H2:H10' },
      { from: 'K2:K12', to: 'J2:J10' },
      { from: 'L2:L12', to: 'L2:L10' },
    ]);
    // The settings and list tables are written anew with the product's own rules: no moves.
    const settings = moved.filter((e) => e.kind === 'clearOwnedRange' && e.sheet === 'Innstillinger');
    expect(settings.every((e) => e.kind === 'clearOwnedRange' && e.moves === undefined)).toBe(true);
    // Avstemming and tblAvstemming are the check's to write afterwards, as check --write does.
    expect(clearing.some((e) => e.kind === 'deleteOwnedTable' && e.name === 'tblAvstemming')).toBe(false);
  });

  it("names no other sheet: the user's own and the earlier archive stay; no Sammendrag here, the new archive added", () => {
    const r = roll(example());
    const sheets = sheetsOf(r.edits);
    expect(sheets.has('Notater')).toBe(false);
    expect(sheets.has('Arkiv 2026–2029')).toBe(false);
    // Sammendrag is made sure of in its place, not written: the shell writes it on the rolled plan.
    const summary = r.edits.filter((e) => 'sheet' in e && e.sheet === 'Sammendrag');
    expect(summary).toEqual([{ kind: 'ensureSheet', sheet: 'Sammendrag' }]);
    expect(sheets.has('Arkiv 2027–2030')).toBe(true);
    // W2 beside the table (which ends at U) is written by no edit.
    const w2 = r.edits.filter((e) => e.kind === 'setCells' && e.sheet === 'Tiltak drift' && e.origin === 'W2');
    expect(w2).toEqual([]);
    // The pane's roll into a new workbook is as it was: Sammendrag and the earlier archive included.
    const { plan } = readPlan(example(), { defaultStartYear: 2027 });
    const fresh = planRolledWorkbook(example(), plan, { date: '2027-01-15' });
    expect(sheetsOf(fresh.edits).has('Sammendrag')).toBe(true);
    expect(sheetsOf(fresh.edits).has('Arkiv 2026–2029')).toBe(true);
    expect(fresh.blocked).toEqual([]);
  });

  it('writes the rolled table on the sheet the user renamed, not on a new Tiltak drift', () => {
    const wb = example();
    const renamed: WorkbookSnapshot = {
      ...wb,
      sheets: wb.sheets.map((s) => (s.sheet === 'Tiltak drift' ? { ...s, sheet: 'Drift 2027' } : s)),
      tables: wb.tables.map((t) => (t.sheet === 'Tiltak drift' ? { ...t, sheet: 'Drift 2027' } : t)),
    };
    const r = roll(renamed);
    const sheets = sheetsOf(r.edits);
    expect(sheets.has('Tiltak drift')).toBe(false);
    expect(r.edits).toContainEqual(
      expect.objectContaining({ kind: 'createTable', sheet: 'Drift 2027', name: 'tblTiltakDrift' }),
    );
  });

  it('names the cells beside a table on the rows a finished measure left (they stay; the measures move up)', () => {
    // D-002 (row 3) is Engangs with nothing after 2027: it leaves, and D-004 (row 5) moves to row 4, D-005 to
    // row 5. A note at W5 was beside D-004 and now stands beside D-005; W2 (beside D-001, above row 3) did not move.
    const wb = applyEdits(example(), [
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'W5', values: [['Gjelder D-004']] },
    ]);
    const r = roll(wb);
    expect(r.finished).toEqual(['D-002', 'D-009']);
    expect(r.movedBeside).toEqual([{ sheet: 'Tiltak drift', range: 'W5:W5' }]);
    expect(r.blocked).toEqual([]);
    const unit = r.content.settings.unit;
    expect(rollNoteLines({ ...r, unit, notCarried: [] }, 'nb')).toContain(
      cliText('rollMovedBeside', 'nb', { sheet: 'Tiltak drift', range: 'W5' }),
    );
    expect(roll(example()).movedBeside).toEqual([]);
  });

  it("stops a column's number format and validation above a note the user typed below the table", () => {
    // tblTiltakDrift ends at row 12; 2028 (column H after the roll) is formatted down to the spare rows, 9 body
    // rows + 200 = H2:H210. A note in H20 keeps its own format: the rolled format stops at H19. So does the
    // Prioritet validation in column C above a note in C30 (C2:C29).
    const wb = applyEdits(example(), [
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H20', values: [['Foreløpig']] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'C30', values: [['Se vedtak']] },
    ]);
    const r = roll(wb);
    const on = (kind: string, col: string) =>
      r.edits.filter(
        (e) => e.kind === kind && 'range' in e && e.sheet === 'Tiltak drift' && e.range.startsWith(`${col}2:`),
      );
    expect(on('setNumberFormat', 'H').map((e) => ('range' in e ? e.range : ''))).toEqual(['H2:H19']);
    expect(on('setValidation', 'C').map((e) => ('range' in e ? e.range : ''))).toEqual(['C2:C29']);
    expect(on('setNumberFormat', 'I').map((e) => ('range' in e ? e.range : ''))).toEqual(['I2:I210']);
  });

  it("writes a table that does not start in A1 where it stood: the user's title above it is no edit's", () => {
    // Until now the rolled table was written at A1 and the title in A1 blocked the roll, which a budget officer
    // could not act on (the table is where she put it). Now: tblTiltakDrift moved to A3:U14 under a title in A1; 2
    // of its 11 measures leave (D-002, D-009), so the rolled table is header + 9 = rows 3–12, A3:U12; the header row
    // stands at 3 and the rows above it stay frozen with it (3); the cleared block is the old table's, A3:U14.
    const r = roll(moveDown(example(), 'Tiltak drift', 2, 'Driftstiltak'));
    expect(r.blocked).toEqual([]);
    const drift = r.edits.filter((e) => 'sheet' in e && e.sheet === 'Tiltak drift');
    expect(drift).toContainEqual(
      expect.objectContaining({ kind: 'createTable', name: 'tblTiltakDrift', ref: 'A3:U12' }),
    );
    expect(drift).toContainEqual({ kind: 'freezeRows', sheet: 'Tiltak drift', rows: 3 });
    expect(drift).toContainEqual(expect.objectContaining({ kind: 'clearOwnedRange', range: 'A3:U14' }));
    // No edit writes a cell above the header row (the title A1, the empty A2).
    const cellsAbove = drift.filter((e) => e.kind === 'setCells' && Number(/\d+/.exec(e.origin)?.[0]) < 3);
    expect(cellsAbove).toEqual([]);
    // The header row at A3, the first measure at A4; Sum periode (L) is the structured formula at L4.
    expect(drift).toContainEqual(expect.objectContaining({ kind: 'setCells', origin: 'A3' }));
    const sums = drift.find((e) => e.kind === 'setCells' && e.origin === 'L4');
    expect(sums?.kind === 'setCells' && sums.values[0]?.[0]).toEqual(
      expect.objectContaining({ formula: expect.stringContaining('tblTiltakDrift[') }),
    );
    // The other sheets are as before: the investment table at A1.
    expect(r.edits).toContainEqual(
      expect.objectContaining({
        kind: 'createTable',
        name: 'tblTiltakInvestering',
        ref: expect.stringMatching(/^A1:/),
      }),
    );
  });

  it("writes a table that starts in column B at B, its widths and formats with it; column A is no edit's", () => {
    // moveDown then one empty column on the left of every row of Økonomiplan: tblOkonomiplan A1:K23 → B3:L25.
    const down = moveDown(example(), 'Økonomiplan', 2, 'Økonomiplan 2027–2030');
    const right: WorkbookSnapshot = {
      ...down,
      sheets: down.sheets.map((s) =>
        s.sheet !== 'Økonomiplan'
          ? s
          : {
              ...s,
              values: s.values.map((row, i) => (i === 0 ? row : [null, ...row])),
              ...(s.formulas ? { formulas: s.formulas.map((row) => [null, ...row]) } : {}),
              ...(s.numberFormats ? { numberFormats: s.numberFormats.map((row) => [null, ...row]) } : {}),
            },
      ),
      tables: down.tables.map((t) => (t.name === 'tblOkonomiplan' ? { ...t, ref: 'B3:L25' } : t)),
    };
    const r = roll(right);
    expect(r.blocked).toEqual([]);
    const eco = r.edits.filter((e) => 'sheet' in e && e.sheet === 'Økonomiplan');
    const made = eco.find((e) => e.kind === 'createTable');
    expect(made?.kind === 'createTable' && made.ref.startsWith('B3:')).toBe(true);
    const inA = eco.filter(
      (e) =>
        (e.kind === 'setCells' && e.origin.startsWith('A')) ||
        ('range' in e && e.range.startsWith('A')) ||
        (e.kind === 'setColumnWidth' && e.column === 'A'),
    );
    expect(inA).toEqual([]);
  });

  it("the pane's roll into a new workbook builds the tables at A1 and names the title it does not carry", () => {
    // A new workbook is built from the tables alone (carry.ts): the title in A1 above tblTiltakDrift (A3:U14) is
    // named as not carried, A1:A1, never dropped in silence; nothing blocks.
    const wb = moveDown(example(), 'Tiltak drift', 2, 'Driftstiltak');
    const { plan } = readPlan(wb, { defaultStartYear: 2027 });
    const fresh = planRolledWorkbook(wb, plan, { date: '2027-01-15' });
    expect(fresh.blocked).toEqual([]);
    expect(fresh.edits).toContainEqual(
      expect.objectContaining({ kind: 'createTable', name: 'tblTiltakDrift', ref: 'A1:U10' }),
    );
    expect(notCarried(wb, plan)).toContainEqual({ kind: 'cells', sheet: 'Tiltak drift', range: 'A1:A1' });
  });
});
