/**
 * A user's formula in a row the pane writes (Helårsvirkning =K4) keeps the value Excel saved for it in the
 * workbook as it would be after writing: the task pane's live check (MeasureView's previewFindings: applyEdits,
 * then checkSnapshot without reconciliation) must not see it as empty and report a financing that does not add up.
 */
import { checkSnapshot } from '../../../src/domain/check';
import { exampleContent } from '../../../src/domain/example/example';
import { planUpdateMeasure } from '../../../src/domain/measureEdits/edit';
import { readPlan } from '../../../src/domain/read/plan';
import { cellAt, formulaAt } from '../../../src/domain/read/sheetCells';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { Edit } from '../../../src/domain/model/edits';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { snapshotFromContent } from '../../helpers/contentSnapshot';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
const SHEET = 'Tiltak drift';

// D-003 on row 4 of Tiltak drift: years H4:K4 = 350, 700, 700, 700 (Sum periode 2 450), Helårsvirkning M4 = 700,
// financing N4:Q4 = 0 + 0 + 200 + 500 = 700 = Helårsvirkning. The user made M4 the formula =K4, which Excel saved
// as 700 (K4 = 700); with M4 read as empty the base would be Sum periode, 2 450 ≠ 700: financing-sum.
const withFormula: WorkbookSnapshot = {
  ...example,
  sheets: example.sheets.map((s) =>
    s.sheet === SHEET
      ? {
          ...s,
          formulas: (s.formulas ?? []).map((row, r) => (r === 3 ? row.map((f, c) => (c === 12 ? '=K4' : f)) : row)),
        }
      : s,
  ),
};

const opts = { defaultStartYear: 2027 };
const plan = readPlan(withFormula, opts).plan;
const measure = plan.operating.find((m) => m.id === 'D-003')!;
// Only Kommentar changes; no year is given, so none is written (as the pane's changedOnly leaves them out).
const edits: Edit[] = planUpdateMeasure(plan, measure, { values: { comment: 'Ny kommentar' }, years: [] }, withFormula);
// The same edits, with an empty block cleared far away: the sheet rebuilt from a grid instead of patched.
const rebuildToo: Edit[] = [...edits, { kind: 'clearOwnedRange', sheet: SHEET, range: 'ZZ9000:ZZ9000' }];

/** The live check of the pane: the measure's errors on the workbook as it would be after `e`. */
function liveErrors(e: readonly Edit[]): string[] {
  const result = checkSnapshot(applyEdits(withFormula, e), { ...opts, file: '', render: () => '', reconcile: false });
  return result.findings.filter((f) => f.measureId === 'D-003' && f.severity === 'error').map((f) => f.code);
}

describe('a formula the edits do not write, in a row they write', () => {
  it('is what the example holds before any edit: M4 = K4 = 700, no error on D-003', () => {
    // The plan's unit is 1 000 kr: 700 is 700 000 kr.
    expect(measure.fullYear).toBe(700_000);
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((e) => e.kind === 'setCells' && e.sheet === SHEET)).toBe(true);
    expect(liveErrors([])).toEqual([]);
  });

  it.each([
    ['patched', edits],
    ['rebuilt', rebuildToo],
  ])('keeps its saved value when the row is %s, and the live check finds no financing-sum', (_, e) => {
    // Before: M4 read as empty, so the base was Sum periode 2 450 against financing 700: ['financing-sum'].
    expect(liveErrors(e)).toEqual([]);
    const s = applyEdits(withFormula, e).sheets.find((x) => x.sheet === SHEET)!;
    expect([cellAt(s, 4, 13), formulaAt(s, 4, 13), cellAt(s, 4, 21)]).toEqual([700, '=K4', 'Ny kommentar']);
    // Sum periode, a per-row sum, is evaluated: 350 + 700 + 700 + 700 = 2 450.
    expect(cellAt(s, 4, 12)).toBe(2450);
  });

  it('reads as empty when the edits write it', () => {
    const written: Edit[] = [{ kind: 'setCells', sheet: SHEET, origin: 'M4', values: [[{ formula: '=J4' }]] }];
    for (const e of [written, [...written, ...rebuildToo.slice(-1)]]) {
      const s = applyEdits(withFormula, e).sheets.find((x) => x.sheet === SHEET)!;
      expect([cellAt(s, 4, 13), formulaAt(s, 4, 13)]).toEqual([null, '=J4']);
    }
  });
});
