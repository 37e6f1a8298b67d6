import { snapshotFromContent } from '../../../src/domain/sheets/contentSnapshot';
import type { Edit } from '../../../src/domain/model/edits';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSummary, summaryExpectations } from '../../../src/domain/sheets/summary';
import { defaultContent } from '../../../src/domain/sheets/template';
import { computeTotals } from '../../../src/domain/totals/totals';
import type { PlanContent } from '../../../src/domain/model/content';
import type { Unit } from '../../../src/domain/model/money';
import { evalFormula } from '../../helpers/evalFormula';

function summaryOf(content: PlanContent) {
  const wb = snapshotFromContent(content);
  const plan = readPlan(wb, { defaultStartYear: content.settings.startYear }).plan;
  const totals = computeTotals(plan);
  const edits = planSummary(plan, totals);
  return { wb, plan, totals, edits, after: applyEdits(wb, edits), expectations: summaryExpectations(plan, totals) };
}

const cellsOf = (edits: readonly Edit[]) => {
  const set = edits.find((e) => e.kind === 'setCells');
  if (set?.kind !== 'setCells') throw new Error('no cells');
  return set.values;
};

const formulaAt = (edits: readonly Edit[], a1: string): string | null => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  const col = (m?.[1] ?? 'A').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const v = cellsOf(edits)[Number(m?.[2]) - 1]?.[col - 1];
  return v !== null && typeof v === 'object' ? v.formula : null;
};

describe('planSummary', () => {
  it('clears the owned sheet before writing it, and starts with the title', () => {
    const { edits } = summaryOf(exampleContent({ startYear: 2027 }));
    expect(edits.slice(0, 3).map((e) => e.kind)).toEqual(['ensureSheet', 'clearOwnedSheet', 'setCells']);
    expect(edits.every((e) => !('sheet' in e) || e.sheet === 'Sammendrag')).toBe(true);
    expect(cellsOf(edits)[0]?.[0]).toBe('Sammendrag');
  });

  it.each<[number, Unit]>([
    [2027, '1000 kr'],
    [2029, 'kr'],
    [2027, 'mill kr'],
  ])('every formula evaluates to the value the core computed (%i, %s)', (startYear, unit) => {
    const { after, expectations } = summaryOf(exampleContent({ startYear, unit }));
    expect(expectations.length).toBeGreaterThan(60);
    const sammendrag = after.sheets.find((s) => s.sheet === 'Sammendrag');
    for (const { cell, expected } of expectations) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      const col = (m?.[1] ?? '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const formula = sammendrag?.formulas?.[Number(m?.[2]) - 1]?.[col - 1] ?? '';
      expect({ cell, value: Number(evalFormula(after, 'Sammendrag', formula).toPrecision(12)) }).toEqual({
        cell,
        value: expected,
      });
    }
  });

  it('sums with SUMIFS over whole columns of Tiltak drift, status Beregnet and the section', () => {
    const { edits, expectations, totals } = summaryOf(exampleContent({ startYear: 2027 }));
    const all = expectations.find((e) => e.expected === (totals.operating.all.years['2027'] ?? NaN) / 1000);
    expect(all).toBeDefined();
    const formulas = expectations.map((e) => formulaAt(edits, e.cell) ?? '');
    expect(formulas).toContain(
      "=SUMIFS('Tiltak drift'!$H:$H,'Tiltak drift'!$G:$G,\"Beregnet\",'Tiltak drift'!$B:$B,\"=Samfunn og tjenester\")",
    );
    expect(formulas).toContain("=SUMIFS('Tiltak drift'!$H:$H,'Tiltak drift'!$G:$G,\"Beregnet\")");
    expect(formulas.some((f) => f.startsWith("=SUMIFS('Tiltak investering'!$I:$I"))).toBe(true);
    expect(
      formulas.some((f) =>
        f.startsWith("=COUNTIFS('Tiltak drift'!$G:$G,\"=Beregnet\")+COUNTIFS('Tiltak investering'!$F:$F"),
      ),
    ).toBe(true);
  });

  it('writes new money per year as computed values, not formulas', () => {
    const { edits } = summaryOf(exampleContent({ startYear: 2027 }));
    const rows = cellsOf(edits);
    const start = rows.findIndex((r) => r[0] === 'Nye midler per år (drift)');
    const allRow = rows.slice(start).find((r) => r[0] === 'Alle seksjoner');
    // D-001 600 + D-003 250 + D-005 200 + D-009 120 + D-011 200 in the first year.
    expect(allRow?.slice(1, 6)).toEqual([1370, 2300, 2900, 3500, 10070]);
    const styled = edits.filter((e) => e.kind === 'setStyle' && e.style === 'computed');
    expect(styled.length).toBeGreaterThan(0);
  });

  it('shows ✓ for identities that hold and ✗ with the failing IDs', () => {
    const { plan, totals } = summaryOf(exampleContent({ startYear: 2027 }));
    const broken = { ...totals, identity: { ...totals.identity, operatingFinancing: { ok: 5, failed: ['D-003'] } } };
    const rows = cellsOf(planSummary(plan, broken));
    const checks = rows.filter((r) => r[1] === '✓' || r[1] === '✗');
    expect(checks.map((r) => [r[1], r[2]])).toEqual([
      ['✗', 'D-003'],
      ['✓', ''],
    ]);
  });

  it('lists the measures not costed', () => {
    const { edits, totals } = summaryOf(exampleContent({ startYear: 2027 }));
    const ids = cellsOf(edits).map((r) => r[0]);
    for (const m of totals.notCosted) expect(ids).toContain(m.id);
    expect(totals.notCosted.length).toBe(5);
  });

  it('writes an empty plan with zero expectations that still hold', () => {
    const { after, expectations } = summaryOf(defaultContent({ startYear: 2027 }));
    for (const { cell, expected } of expectations) {
      expect(expected).toBe(0);
      expect(cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(after.sheets.some((s) => s.sheet === 'Sammendrag')).toBe(true);
  });

  it('falls back to computed values where the table lacks a column the formula needs', () => {
    const { plan, totals } = summaryOf(exampleContent({ startYear: 2027 }));
    const layout = plan.layouts.operating;
    if (!layout) throw new Error('no layout');
    const { section: _drop, ...columns } = layout.columns;
    const lacking = { ...plan, layouts: { ...plan.layouts, operating: { ...layout, columns } } };
    const rows = cellsOf(planSummary(lacking, totals));
    const sectionRow = rows.find((r) => r[0] === 'Samfunn og tjenester');
    const allRow = rows.find((r) => r[0] === 'Alle seksjoner');
    expect(sectionRow?.[1]).toBe((totals.operating.bySection[0]?.years['2027'] ?? NaN) / 1000);
    expect(allRow?.[1]).toEqual({
      formula: "=SUMIFS('Tiltak drift'!$H:$H,'Tiltak drift'!$G:$G,\"Beregnet\")",
      value: (totals.operating.all.years['2027'] ?? NaN) / 1000,
    });
    const noTables = { ...plan, layouts: { operating: null, investment: null, economyPlan: null } };
    // Only the period sums over the row's own (computed) year cells stay formulas.
    const edits = planSummary(noTables, totals);
    const left = summaryExpectations(noTables, totals).map((e) => formulaAt(edits, e.cell) ?? '');
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((f) => /^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(f))).toBe(true);
  });

  it('counts statuses outside the list as values, the empty one as "(tom)"', () => {
    const { plan, totals } = summaryOf(exampleContent({ startYear: 2027 }));
    const odd = { ...totals, statusCounts: { ...totals.statusCounts, '': 2, Kanskje: 1 } };
    const rows = cellsOf(planSummary(plan, odd));
    expect(rows.filter((r) => r[0] === '(tom)' || r[0] === 'Kanskje').map((r) => r.slice(0, 2))).toEqual([
      ['(tom)', 2],
      ['Kanskje', 1],
    ]);
  });
});

describe('planSummary new money per frame', () => {
  it('lists each frame with its name, its new money per year and their sum', () => {
    const { edits } = summaryOf(exampleContent({ startYear: 2027 }));
    const rows = cellsOf(edits);
    const r3 = rows.find((r) => r[0] === 'R3');
    // D-001 600/1 200/1 800/2 400 + D-005 200/400/400/400 + D-011 200 a year.
    expect(r3).toEqual(['R3', 'Helse og velferd', 1000, 1800, 2400, 3000, 8200, ...Array(r3!.length - 7).fill(null)]);
  });
});
