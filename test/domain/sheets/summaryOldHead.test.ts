/**
 * A Sammendrag written before its head named the plan (review r27: «Plannavn | …» in row 2, every row below one
 * further down) is the product's all the same (SPEC §11, review r25): where the longer head now writes over a note of
 * hers, the run is refused naming the cell; and a note of hers beside a row of the older sheet that moves down is
 * refused too, naming her cell and the cell beside the same row after the run (review r29: kept in its cell it would
 * stand beside another row). Inserting an empty row 2 herself moves her notes with their rows: then it is written.
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

/** `w` with an empty row inserted above Sammendrag's row 2, as Excel does it (its name grows by the row). */
function insertRow2(w: WorkbookSnapshot, named: boolean): WorkbookSnapshot {
  const down = <T>(rows: readonly T[] | undefined, empty: T): T[] | undefined =>
    rows === undefined ? undefined : [...rows.slice(0, 1), empty, ...rows.slice(1)];
  const sheets = w.sheets.map((s) =>
    s.sheet !== 'Sammendrag'
      ? s
      : {
          ...s,
          values: down(s.values, []) ?? [],
          ...(s.formulas ? { formulas: down(s.formulas, []) } : {}),
          ...(s.numberFormats ? { numberFormats: down(s.numberFormats, []) } : {}),
        },
  );
  const names = (w.names ?? []).filter((n) => n.name !== 'omrSammendrag');
  return {
    ...w,
    sheets,
    names: named ? [...names, { name: 'omrSammendrag', ref: 'Sammendrag!$A$1:$L$66' }] : names,
  };
}

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

  it('refuses, naming each note of hers beside a row that moves and where that row goes', () => {
    // C5 beside «Økonomiplanversjon» (then row 6), B8 beside the title «Drift per seksjon» (then row 9), L10 beside
    // «Samfunn og tjenester» (then row 11), C49 beside «Ingen kostnad | 1» (then row 50), P12 far right of «Alle
    // seksjoner» (then row 13): none is a cell the new block writes, each would stand beside another row.
    const notes: [string, string][] = [
      ['C5', 'fra rådmannen'],
      ['B8', 'notat'],
      ['L10', 'sjekk'],
      ['P12', 'se sak'],
      ['C49', 'se sak'],
    ];
    const noted = notes.reduce((w, [ref, text]) => setCell(w, 'Sammendrag', ref, text), old);
    expect(planSummary(plan, totals, noted)).toEqual({
      ok: false,
      blocked: [
        ['C5', 'C6'],
        ['B8', 'B9'],
        ['L10', 'L11'],
        ['P12', 'P13'],
        ['C49', 'C50'],
      ].map(([cell, to]) => ({ sheet: 'Sammendrag', cell, rowMoves: { to } })),
    });
  });

  it('keeps a note in a row the older sheet left empty (C7 above the title, C67 under the checks)', () => {
    const noted = setCell(setCell(old, 'Sammendrag', 'C7', 'notat'), 'Sammendrag', 'C67', 'se sak');
    const planned = planSummary(plan, totals, noted);
    expect(planned.ok).toBe(true);
    const after = applyEdits(noted, editsOf(planned));
    expect(['C7', 'C67', 'A2', 'A66'].map((r) => valueAt(after, r))).toEqual([
      'notat',
      'se sak',
      'Plannavn',
      'Finansiering = Kostnadsramme (investering)',
    ]);
  });

  it('with an empty row 2 inserted (as the refusal asks), her notes follow their rows and the sheet is written', () => {
    const notes: [string, string][] = [
      ['C5', 'fra rådmannen'],
      ['L12', 'sjekk totalen'],
      ['C49', 'se sak'],
    ];
    const noted = notes.reduce((w, [ref, text]) => setCell(w, 'Sammendrag', ref, text), old);
    const inserted = insertRow2(noted, named);
    const planned = planSummary(plan, totals, inserted);
    expect(planned.ok).toBe(true);
    const after = applyEdits(inserted, editsOf(planned));
    // One row down each, beside the same rows: «Økonomiplanversjon», «Alle seksjoner», «Ingen kostnad».
    expect(['C6', 'A6', 'L13', 'A13', 'C50', 'A50'].map((r) => valueAt(after, r))).toEqual([
      'fra rådmannen',
      'Økonomiplanversjon',
      'sjekk totalen',
      'Alle seksjoner',
      'se sak',
      'Ingen kostnad',
    ]);
    expect(['A2', 'B2'].map((r) => valueAt(after, r))).toEqual(['Plannavn', 'Boligsosial handlingsplan']);
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
