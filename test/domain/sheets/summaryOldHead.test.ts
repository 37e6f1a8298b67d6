/**
 * A Sammendrag written before its head named the plan (review r27: «Plannavn | …» in row 2, every row below one
 * further down) is the product's all the same, and her notes beside it are treated as on any Sammendrag (SPEC §11,
 * review r25): kept where she typed them, or, where the longer head now writes, the run is refused naming the cell.
 *
 * The old sheet is the new one without its row 2: head A1:B6 (note in A6), row 7 empty, Drift per seksjon from A8
 * (its row «Samfunn og tjenester» A10:K10), «Ingen kostnad | 1» A49:B49, the checks ending in row 65, omrSammendrag
 * A1:L65 (or no name, as in a file Excel saved). The new block: head A1:B7 (note in A7), Drift per seksjon from A9,
 * checks ending in row 66.
 */
import { planSummary } from '../../../src/domain/sheets/summary';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { exampleWithSummary, oldSummaryLayout } from '../../helpers/oldSummary';
import { editsOf } from '../../helpers/writePlan';
import { setCell } from '../../helpers/workbook';

const { plan, totals, fresh } = exampleWithSummary();
const oldLayout = (named: boolean): WorkbookSnapshot => oldSummaryLayout(fresh, named);

const valueAt = (w: WorkbookSnapshot, ref: string): unknown => {
  const m = /^([A-Z])(\d+)$/.exec(ref);
  const col = (m?.[1] ?? 'A').charCodeAt(0) - 64;
  return w.sheets.find((s) => s.sheet === 'Sammendrag')?.values[Number(m?.[2]) - 1]?.[col - 1] ?? null;
};

describe.each([true, false])('an older Sammendrag, head without Plannavn (omrSammendrag: %s)', (named) => {
  const old = oldLayout(named);

  it('is as the older product wrote it', () => {
    expect(['A1', 'A2', 'A5', 'A7', 'A8', 'A10', 'A49', 'A65'].map((r) => valueAt(old, r))).toEqual([
      'Sammendrag',
      'Periode',
      'Økonomiplanversjon',
      null,
      'Drift per seksjon',
      'Samfunn og tjenester',
      'Ingen kostnad',
      'Finansiering = Kostnadsramme (investering)',
    ]);
  });

  it('is written anew with the Plannavn row, her notes beside its rows kept where she typed them', () => {
    // C5 beside «Økonomiplanversjon» (now beside «Prisnivå»), B8 beside the title (now the empty row above it),
    // L10 beside «Samfunn og tjenester» (now beside the header row A10:K10), C49 beside «Ingen kostnad | 1» (now
    // beside «Beregnet | 11»): none is a cell the new block writes.
    const notes: [string, string][] = [
      ['C5', 'fra rådmannen'],
      ['B8', 'notat'],
      ['L10', 'sjekk'],
      ['C49', 'se sak'],
    ];
    const noted = notes.reduce((w, [ref, text]) => setCell(w, 'Sammendrag', ref, text), old);
    const planned = planSummary(plan, totals, noted);
    expect(planned.ok).toBe(true);
    const after = applyEdits(noted, editsOf(planned));
    expect(notes.map(([ref]) => valueAt(after, ref))).toEqual(notes.map(([, text]) => text));
    expect(['A2', 'B2', 'A6', 'A9', 'A11', 'A50', 'A66', 'A67'].map((r) => valueAt(after, r))).toEqual([
      'Plannavn',
      'Boligsosial handlingsplan',
      'Økonomiplanversjon',
      'Drift per seksjon',
      'Samfunn og tjenester',
      'Ingen kostnad',
      'Finansiering = Kostnadsramme (investering)',
      null,
    ]);
    expect(after.names?.find((n) => n.name === 'omrSammendrag')?.ref).toBe('Sammendrag!$A$1:$L$66');
  });

  it('refuses, naming the cell, when her note stands where the longer head writes its note (A7) or its checks (A66)', () => {
    for (const ref of ['A7', 'A66']) {
      expect(planSummary(plan, totals, setCell(old, 'Sammendrag', ref, 'Merk'))).toEqual({
        ok: false,
        blocked: [{ sheet: 'Sammendrag', cell: ref }],
      });
    }
  });
});
