/**
 * A roll into the user's workbook writes each of the product's tables where it stood (rollover/placed.ts), not only
 * the measure and economy plan tables: the settings table and its lists (a title typed above them on Innstillinger),
 * tblHandlingsplan at B3, and two measure tables the user keeps on one sheet. Before, these were written at A1 of
 * their canonical sheet: the title above them stopped the roll (named as a cell in the way), and two tables on one
 * sheet were split, the second one written on a new sheet «Tiltak investering».
 */
import { planRolledWorkbook } from '../../../src/domain/rollover/workbook';
import { readPlan } from '../../../src/domain/read/plan';
import { exampleContent } from '../../../src/domain/example/example';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { columnLetter, columnNumber, parseA1, parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import type { Edit } from '../../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';

const roll = (wb: WorkbookSnapshot) => {
  const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
  return planRolledWorkbook(wb, plan, { date: '2027-01-15', findings, into: 'source' });
};

/** The example's edits of `sheet` moved `rows` down and `cols` right, onto `onto`: a user who moved her tables. */
function moved(edits: readonly Edit[], sheet: string, rows: number, cols: number, onto = sheet): Edit[] {
  const cell = (a1: string) => {
    const at = parseA1(a1);
    return at ? toA1(at.row + rows, at.col + cols) : a1;
  };
  const range = (ref: string) => {
    const b = parseRange(ref);
    return b && ref.includes(':') ? toRange(b.top + rows, b.left + cols, b.bottom + rows, b.right + cols) : cell(ref);
  };
  return edits.flatMap((e): Edit[] => {
    if (!('sheet' in e) || e.sheet !== sheet) return [e];
    if (e.kind === 'ensureSheet') return onto === sheet ? [e] : [];
    if (e.kind === 'freezeRows') return onto === sheet ? [{ ...e, rows: e.rows + rows }] : [];
    if (e.kind === 'setColumnWidth')
      return onto === sheet ? [{ ...e, column: columnLetter(columnNumber(e.column) + cols) }] : [];
    if (e.kind === 'setCells') return [{ ...e, sheet: onto, origin: cell(e.origin) }];
    if (e.kind === 'createTable') return [{ ...e, sheet: onto, ref: range(e.ref) }];
    if ('range' in e) return [{ ...e, sheet: onto, range: range(e.range) } as Edit];
    return [e];
  });
}

const example = () => planWorkbook(exampleContent({ startYear: 2027, unit: '1000 kr' }));
const title = (sheet: string, origin: string, text: string): Edit => ({
  kind: 'setCells',
  sheet,
  origin,
  values: [[text]],
});
const tableRef = (edits: readonly Edit[], name: string) =>
  edits.flatMap((e) => (e.kind === 'createTable' && e.name === name ? [`${e.sheet}!${e.ref}`] : []));
const rowOf = (a1: string) => parseA1(a1)?.row ?? 0;
const colOf = (a1: string) => parseA1(a1)?.col ?? 0;

describe('a roll into the source writes every product table where it stood', () => {
  it('writes the settings table and its lists under the title the user typed above them', () => {
    // Innstillinger moved two rows down, «Innstillinger for planen» in A1. As made: tblInnstillinger A1:B8 (header
    // + 7 settings), tblSeksjoner D1:D3, tblPlanomrader F1:F6, tblRammeomrader H1:I6, tblAnsvarlige K1:K6; moved:
    // A3:B10, D3:D5, F3:F8, H3:I8, K3:K8. Rolled, each has the same rows (the 7 settings, the lists as read).
    const wb = applyEdits(EMPTY_WORKBOOK, [
      ...moved(example(), 'Innstillinger', 2, 0),
      title('Innstillinger', 'A1', 'Innstillinger for planen'),
    ]);
    const r = roll(wb);
    expect(r.blocked).toEqual([]);
    expect(tableRef(r.edits, 'tblInnstillinger')).toEqual(['Innstillinger!A3:B10']);
    expect(tableRef(r.edits, 'tblSeksjoner')).toEqual(['Innstillinger!D3:D5']);
    expect(tableRef(r.edits, 'tblPlanomrader')).toEqual(['Innstillinger!F3:F8']);
    expect(tableRef(r.edits, 'tblRammeomrader')).toEqual(['Innstillinger!H3:I8']);
    expect(tableRef(r.edits, 'tblAnsvarlige')).toEqual(['Innstillinger!K3:K8']);
    // Nothing is written above the header row 3: the title in A1 and the empty row 2 are no edit's.
    const written = r.edits.filter((e) => e.kind === 'setCells' && e.sheet === 'Innstillinger');
    expect(written.filter((e) => e.kind === 'setCells' && rowOf(e.origin) < 3)).toEqual([]);
    // Første planår's validation (2000–2100) on its Verdi cell: B2 as made, B4 moved.
    expect(r.edits).toContainEqual(
      expect.objectContaining({ kind: 'setValidation', sheet: 'Innstillinger', range: 'B4' }),
    );
  });

  it('writes tblHandlingsplan at B3 where the user moved it, column A and the title untouched', () => {
    // tblHandlingsplan A1:B16 (header + 15 items) moved to B3:C18 under «Handlingsplanens punkter» in A1.
    const wb = applyEdits(EMPTY_WORKBOOK, [
      ...moved(example(), 'Handlingsplan', 2, 1),
      title('Handlingsplan', 'A1', 'Handlingsplanens punkter'),
    ]);
    const r = roll(wb);
    expect(r.blocked).toEqual([]);
    expect(tableRef(r.edits, 'tblHandlingsplan')).toEqual(['Handlingsplan!B3:C18']);
    const onSheet = r.edits.filter((e) => 'sheet' in e && e.sheet === 'Handlingsplan');
    const inA = onSheet.filter(
      (e) =>
        (e.kind === 'setCells' && colOf(e.origin) === 1) ||
        ('range' in e && e.kind !== 'clearOwnedRange' && colOf(e.range.split(':')[0] ?? '') === 1) ||
        (e.kind === 'setColumnWidth' && e.column === 'A'),
    );
    expect(inA).toEqual([]);
  });

  it('keeps two measure tables on the sheet that held them both, each where it stood', () => {
    // tblTiltakInvestering (A1:Y6: header + 5 investments) moved onto Tiltak drift at A16:Y21, «Investeringer» in
    // A15, under tblTiltakDrift (A1:U12). Rolled: drift loses its 2 finished measures (A1:U10), the investments stay
    // 5 (A16:Y21). Both on Tiltak drift; no sheet «Tiltak investering» is made.
    const wb = applyEdits(EMPTY_WORKBOOK, [
      ...moved(example(), 'Tiltak investering', 15, 0, 'Tiltak drift'),
      title('Tiltak drift', 'A15', 'Investeringer'),
    ]);
    expect(wb.sheets.map((s) => s.sheet)).not.toContain('Tiltak investering');
    const r = roll(wb);
    expect(r.blocked).toEqual([]);
    expect(tableRef(r.edits, 'tblTiltakDrift')).toEqual(['Tiltak drift!A1:U10']);
    expect(tableRef(r.edits, 'tblTiltakInvestering')).toEqual(['Tiltak drift!A16:Y21']);
    expect(r.edits.filter((e) => 'sheet' in e && e.sheet === 'Tiltak investering')).toEqual([]);
    // One freeze for the sheet: the header row of the table on top (1), not the investments' 16.
    expect(r.edits.filter((e) => e.kind === 'freezeRows' && e.sheet === 'Tiltak drift')).toEqual([
      { kind: 'freezeRows', sheet: 'Tiltak drift', rows: 1 },
    ]);
    // The other sheets keep their names: the settings stay on Innstillinger, no sheet is renamed back.
    expect(tableRef(r.edits, 'tblInnstillinger')).toEqual(['Innstillinger!A1:B8']);
  });

  it("stops the drift table's formats and drop-downs above the investment table under it", () => {
    // A measure table's number formats, drop-downs and looks reach 200 spare rows below it (sheets/tableEdits.ts).
    // With tblTiltakInvestering at A16:Y21 under it, drift's Kostnadsstatus drop-down (G) would lie over the
    // investments' Prosjektnr (G17:G21), refusing «P-4101». Every decoration that starts in the drift table (rows
    // 2–10) ends by row 15, above the investment table's header row 16 (column A: by row 14, above the title A15).
    const wb = applyEdits(EMPTY_WORKBOOK, [
      ...moved(example(), 'Tiltak investering', 15, 0, 'Tiltak drift'),
      title('Tiltak drift', 'A15', 'Investeringer'),
    ]);
    const r = roll(wb);
    const decorations = r.edits.flatMap((e) =>
      (e.kind === 'setValidation' || e.kind === 'setNumberFormat' || e.kind === 'setStyle') &&
      e.sheet === 'Tiltak drift'
        ? [parseRange(e.range)]
        : [],
    );
    const fromDrift = decorations.filter((b) => b !== null && b.top < 16);
    expect(fromDrift.length).toBeGreaterThan(0);
    expect(fromDrift.filter((b) => b !== null && b.bottom >= 16)).toEqual([]);
  });

  it('refuses when a rolled table would reach into another one the user placed right against it', () => {
    // An older settings table without the Plannavn row: A1:B7 (header + 6 settings), and the user put tblSeksjoner
    // right under it, A8:A10. The roll writes the seven settings (Plannavn added): A1:B8, whose row 8 is the list's
    // header row: two tables on A8 would be a file Excel repairs by dropping one. Nothing may be written; the meeting
    // is named at its first cell, A8.
    const edits = example().flatMap((e): Edit[] => {
      if (e.kind === 'setCells' && e.sheet === 'Innstillinger' && e.origin === 'A2')
        return [{ ...e, values: e.values.slice(0, 6) }];
      if (e.kind === 'createTable' && e.name === 'tblInnstillinger') return [{ ...e, ref: 'A1:B7' }];
      if (e.kind === 'setCells' && e.sheet === 'Innstillinger' && e.origin === 'D1') return [{ ...e, origin: 'A8' }];
      if (e.kind === 'setCells' && e.sheet === 'Innstillinger' && e.origin === 'D2') return [{ ...e, origin: 'A9' }];
      if (e.kind === 'createTable' && e.name === 'tblSeksjoner') return [{ ...e, ref: 'A8:A10' }];
      return [e];
    });
    const r = roll(applyEdits(EMPTY_WORKBOOK, edits));
    expect(r.crowded).toEqual([
      { sheet: 'Innstillinger', cell: 'A8', table: 'tblInnstillinger', other: 'tblSeksjoner' },
    ]);
  });

  it("refuses when a rolled table would reach into the empty rows of a table of the user's beside it", () => {
    // tblTiltakDrift without its last column Kommentar (U), under a title: A4:T15 (header + 11 measures); the user's
    // own table tblMine at U1:V20 (its header U1:V1 above the drift table's rows, its body empty). The roll writes
    // every product column, Kommentar included: header + 9 measures = A4:U13, whose column U lies over tblMine's
    // empty rows U4:U13 — no cell of hers holds anything there, yet two tables would overlap from U4.
    const drift = moved(example(), 'Tiltak drift', 3, 0).flatMap((e): Edit[] => {
      if (!('sheet' in e) || e.sheet !== 'Tiltak drift') return [e];
      if (e.kind === 'setCells') return [{ ...e, values: e.values.map((row) => row.slice(0, 20)) }];
      if (e.kind === 'createTable') return [{ ...e, ref: 'A4:T15', calculated: e.calculated }];
      return e.kind === 'ensureSheet' ? [e] : [];
    });
    const wb = applyEdits(EMPTY_WORKBOOK, [
      ...drift,
      title('Tiltak drift', 'A1', 'Driftstiltak'),
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'U1', values: [['Notat', 'Ansvar']] },
      { kind: 'createTable', sheet: 'Tiltak drift', name: 'tblMine', ref: 'U1:V20' },
    ]);
    expect(wb.sheets.find((s) => s.sheet === 'Tiltak drift')?.values[3]?.[19]).not.toBe('Kommentar');
    const r = roll(wb);
    expect(tableRef(r.edits, 'tblTiltakDrift')).toEqual(['Tiltak drift!A4:U13']);
    expect(r.blocked).toEqual([]);
    expect(r.crowded).toEqual([{ sheet: 'Tiltak drift', cell: 'U4', table: 'tblTiltakDrift', other: 'tblMine' }]);
  });

  it('names no meeting when the tables keep apart', () => {
    const wb = applyEdits(EMPTY_WORKBOOK, [
      ...moved(example(), 'Tiltak investering', 15, 0, 'Tiltak drift'),
      title('Tiltak drift', 'A15', 'Investeringer'),
    ]);
    expect(roll(wb).crowded).toEqual([]);
  });

  it("leaves a sheet's own panes: a sheet the user froze or split gets no freeze of the roll's", () => {
    // The user froze Tiltak drift at D2 (rows 1 and columns A–C, to keep ID, Seksjon and Prioritet in view); a roll
    // that froze row 1 would take her frozen columns away. Økonomiplan has no pane: the roll freezes its header (1).
    const made = applyEdits(EMPTY_WORKBOOK, example());
    const wb: WorkbookSnapshot = {
      ...made,
      sheets: made.sheets.map((s) => (s.sheet === 'Tiltak drift' ? { ...s, pane: 'frozen' } : s)),
    };
    const r = roll(wb);
    expect(r.edits.filter((e) => e.kind === 'freezeRows' && e.sheet === 'Tiltak drift')).toEqual([]);
    expect(r.edits).toContainEqual({ kind: 'freezeRows', sheet: 'Økonomiplan', rows: 1 });
  });

  it("leaves the widths the user gave columns of a sheet it writes into; a column without one gets the roll's", () => {
    // Tiltak drift: the user widened Tiltak (E) herself; column F has no width of its own. The roll sizes F (as
    // sheets/tableEdits.ts does) but not E.
    const made = applyEdits(EMPTY_WORKBOOK, example());
    const wb: WorkbookSnapshot = {
      ...made,
      sheets: made.sheets.map((s) => (s.sheet === 'Tiltak drift' ? { ...s, sizedColumns: [{ min: 5, max: 5 }] } : s)),
    };
    const widths = roll(wb).edits.flatMap((e) =>
      e.kind === 'setColumnWidth' && e.sheet === 'Tiltak drift' ? [e.column] : [],
    );
    expect(widths).not.toContain('E');
    expect(widths).toContain('F');
  });
});

/**
 * A product table the workbook lacks is written moved as the others of its sheet were (placements in placed.ts):
 * Innstillinger moved 2 rows down and 3 columns right under a title, and no tblAnsvarlige (an older plan). At its
 * canonical K1:K2 it lay in the title rows on top of the moved tblRammeomrader (K3:L8); at the kin's offset it is
 * N3:N4, in line with the other lists.
 */
it('a missing list is placed with its kin, and the roll is not refused', () => {
  const made = planWorkbook(exampleContent({ startYear: 2027, unit: '1000 kr' }));
  // Drop tblAnsvarlige (K1:K6 as made): its cells, table, header style and name.
  const without = made.filter((e) => {
    if (e.kind === 'createTable') return e.name !== 'tblAnsvarlige';
    if (e.kind === 'defineName') return !e.ref.startsWith('tblAnsvarlige');
    if (e.kind === 'setCells' && e.sheet === 'Innstillinger') return !e.origin.startsWith('K');
    if (e.kind === 'setStyle' && e.sheet === 'Innstillinger') return !e.range.startsWith('K');
    return true;
  });
  const r = roll(
    applyEdits(EMPTY_WORKBOOK, [
      ...moved(without, 'Innstillinger', 2, 3),
      { kind: 'setCells', sheet: 'Innstillinger', origin: 'A1', values: [['Innstillinger for planen']] },
    ]),
  );
  const ref = r.edits.flatMap((e) => (e.kind === 'createTable' && e.name === 'tblAnsvarlige' ? [e.ref] : []));
  expect(ref).toEqual(['N3:N4']);
  expect(r.blocked).toEqual([]);
  expect(r.crowded).toEqual([]);
});
