/**
 * Sammendrag rows whose label Excel's SUMIFS would not compare as text (criterionCoercion.ts): an Ansvarlig typed
 * «SANN» (a logical in a Norwegian Excel: "=SANN" matches her logical cells, not the text) or «2027» (a number:
 * "=2027" matches the number 2027 as well). Such a row holds the core's values, worked out here by hand from the
 * example's rows; a row with a plain label keeps its live SUMIFS.
 */
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSummary } from '../../../src/domain/sheets/summary';
import { computeTotals } from '../../../src/domain/totals/totals';
import { SUMMARY_TEXT_NB as T } from '../../../src/domain/model/sheetText';
import { readsAsNonText } from '../../../src/domain/sheets/criterionCoercion';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

/** The row of `label` under `title`: its amounts as written (values; NaN for a formula) and its first formula. */
function rowOf(wb: WorkbookSnapshot, title: string, label: string): { values: number[]; formula: string | null } {
  const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
  const rows = sheet?.values ?? [];
  const start = rows.findIndex((r) => r[0] === title);
  const at = rows.findIndex((r, i) => i > start && r[0] === label);
  if (start < 0 || at < 0) throw new Error(`no row ${label} under ${title}`);
  const values = (rows[at] ?? []).slice(1, 6).map((v: CellValue) => (typeof v === 'number' ? v : NaN));
  return { values, formula: sheet?.formulas?.[at]?.[1] ?? null };
}

describe('Sammendrag per Ansvarlig with labels Excel reads as a logical or a number', () => {
  let base = snapshotFromContent(exampleContent({ startYear: 2027 }));
  base = setCell(base, 'Tiltak drift', 'R4', 'SANN'); // D-003, was NAV-leder: 350, 700, 700, 700
  base = setCell(base, 'Tiltak drift', 'R10', '2027'); // D-009, was Leder boligkontor: 120 in 2027
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const wb = applyEdits(base, editsOf(planSummary(plan, computeTotals(plan), base)));

  it('writes «SANN» as the core sums it, in values', () => {
    expect(rowOf(wb, T.responsibleTitle, 'SANN')).toEqual({ values: [350, 700, 700, 700, 2450], formula: null });
  });

  it('writes «2027» as the core sums it, in values', () => {
    expect(rowOf(wb, T.responsibleTitle, '2027')).toEqual({ values: [120, 0, 0, 0, 120], formula: null });
  });

  it('keeps the live formulas of Leder boligkontor (D-002 300, D-007 150 × 4)', () => {
    expect(rowOf(wb, T.responsibleTitle, 'Leder boligkontor').formula).toMatch(/^=SUMIFS\(/);
  });
});

describe('Sammendrag per Ansvarlig «E 6» (no number: an exponent needs a number before its E) and «Kr 5»', () => {
  let base = snapshotFromContent(exampleContent({ startYear: 2027 }));
  base = setCell(base, 'Tiltak drift', 'R4', 'E 6'); // D-003, was NAV-leder: 350, 700, 700, 700
  base = setCell(base, 'Tiltak drift', 'R10', 'Kr 5'); // D-009, was Leder boligkontor: 120 in 2027
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const wb = applyEdits(base, editsOf(planSummary(plan, computeTotals(plan), base)));

  it('keeps the live SUMIFS of «E 6»', () => {
    expect(rowOf(wb, T.responsibleTitle, 'E 6').formula).toMatch(/^=SUMIFS\(/);
  });

  it('writes «Kr 5» (5 kroner in a Norwegian Excel, as far as known) as the core sums it, in values', () => {
    expect(rowOf(wb, T.responsibleTitle, 'Kr 5')).toEqual({ values: [120, 0, 0, 0, 120], formula: null });
  });
});

describe('readsAsNonText (what SUMIFS may read as a logical, an error, a number or a date)', () => {
  it.each([
    ['SANN', true],
    ['usann', true],
    ['TRUE', true],
    ['False', true],
    ['#N/A', true],
    ['2027', true],
    ['1 234,5', true],
    ['1.1.2027', true],
    ['mai 2027', true],
    ['12:30', true],
    ['50 %', true],
    ['1E5', true],
    ['1e5', true],
    ['1 E5', true],
    ['2,5E-3', true],
    ['Kr 5', true],
    ['5 kr', true],
    ['3 pm', true],
    ['E 6', false],
    ['E6', false],
    ['e 18', false],
    ['Sannsynlig', false],
    ['NAV-leder', false],
    ['Enhet 2', false],
    ['D-001', false],
    ['=x', false],
    ['<5', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(readsAsNonText(text)).toBe(expected);
  });
});

describe('the note on top of Sammendrag', () => {
  let base = snapshotFromContent(exampleContent({ startYear: 2027 }));
  base = setCell(base, 'Tiltak drift', 'R4', 'SANN');
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const wb = applyEdits(base, editsOf(planSummary(plan, computeTotals(plan), base)));

  it('names the «SANN» row among the rows written as values', () => {
    const texts = (wb.sheets.find((s) => s.sheet === 'Sammendrag')?.values ?? []).map((r) => String(r[0] ?? ''));
    expect(texts.some((t) => t.includes(`${T.responsibleTitle} (SANN)`))).toBe(true);
  });
});
