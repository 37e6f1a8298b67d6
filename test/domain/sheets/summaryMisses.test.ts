/**
 * Sammendrag shows the plan's totals even where cells are typed in a way Excel's SUMIFS and COUNTIFS compare
 * differently from the core (outer spaces, an area list broken with Alt+Enter or typed "A ;B", an area twice):
 * every amount, as Excel computes the sheet, equals the total worked out by hand from the example's rows.
 */
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSummary } from '../../../src/domain/sheets/summary';
import { computeTotals } from '../../../src/domain/totals/totals';
import { SUMMARY_TEXT_NB as T } from '../../../src/domain/model/sheetText';
import { UNCALCULATED, type CellValue, type WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { evalFormula } from '../../helpers/evalFormula';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { criterionMatches } from '../../../src/domain/sheets/summaryMisses';

const HVPO = 'Helse, velferd, pleie og omsorg';
const NAV = 'NAV og sosiale tjenester';

/** The example with cells typed as a user might: each still reads as the same value in the core. */
function typedLoosely(): WorkbookSnapshot {
  let wb = snapshotFromContent(exampleContent({ startYear: 2027 }));
  const d = 'Tiltak drift';
  wb = setCell(wb, d, 'G4', 'Beregnet '); // D-003: status with a trailing space
  wb = setCell(wb, d, 'S2', `${HVPO}\n${NAV}`); // D-001: areas on two lines (Alt+Enter)
  wb = setCell(wb, d, 'S6', `${HVPO} ;${NAV}`); // D-005: a space before ";"
  wb = setCell(wb, d, 'S12', `${HVPO}; ${HVPO}`); // D-011: one area twice
  wb = setCell(wb, d, 'B8', 'Organisasjon '); // D-007: section with a trailing space
  wb = setCell(wb, d, 'R10', ' Leder boligkontor'); // D-009: responsible with a leading space
  return wb;
}

/** The amounts of a Sammendrag row as Excel shows them after recalculating: formulas evaluated, values as written. */
function shown(wb: WorkbookSnapshot, title: string, label: string): number[] {
  const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
  const rows = sheet?.values ?? [];
  const start = rows.findIndex((r) => r[0] === title);
  const at = rows.findIndex((r, i) => i > start && r[0] === label);
  if (start < 0 || at < 0) throw new Error(`no row ${label} under ${title}`);
  const cells = (rows[at] ?? []).map((v: CellValue, c) => ({ v, f: sheet?.formulas?.[at]?.[c] ?? null }));
  while (cells.length > 0 && cells[cells.length - 1]?.v === null && !cells[cells.length - 1]?.f) cells.pop();
  return cells
    .slice(1)
    .map(({ v, f }) => (f ? evalFormula(wb, 'Sammendrag', f, at + 1) : typeof v === 'number' ? v : NaN));
}

describe('Sammendrag where cells are typed with outer spaces or loose area lists', () => {
  const base = typedLoosely();
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const totals = computeTotals(plan);
  const wb = applyEdits(base, editsOf(planSummary(plan, totals, base)));

  it('shows each section and all sections as the core sums them (2027…2030, Sum periode, Helårsvirkning)', () => {
    // Samfunn og tjenester: D-001 600/1200/1800/2400, D-002 300, D-003 350/700/700/700, D-005 400/800/800/800.
    expect(shown(wb, T.operatingTitle, 'Samfunn og tjenester').slice(0, 6)).toEqual([
      1650, 2700, 3300, 3900, 11550, 3900,
    ]);
    // Organisasjon: D-007 150 × 4, D-009 120, D-011 200 × 4.
    expect(shown(wb, T.operatingTitle, 'Organisasjon').slice(0, 6)).toEqual([470, 350, 350, 350, 1520, 350]);
    expect(shown(wb, T.operatingTitle, T.allSections).slice(0, 6)).toEqual([2120, 3050, 3650, 4250, 13070, 4250]);
  });

  it('counts a measure once in each of its plan areas, however the list is typed', () => {
    // HVPO: D-001, D-002, D-005, D-007, D-011 (once, though typed twice).
    expect(shown(wb, T.areaTitle, HVPO)).toEqual([1650, 2350, 2950, 3550, 10500]);
    // NAV: D-001 (second line), D-003, D-005 (after " ;").
    expect(shown(wb, T.areaTitle, NAV)).toEqual([1350, 2700, 3300, 3900, 11250]);
  });

  it('shows each responsible and the status counts as the core does', () => {
    // Leder boligkontor: D-002 300, D-007 150 × 4, D-009 120; NAV-leder: D-003.
    expect(shown(wb, T.responsibleTitle, 'Leder boligkontor')).toEqual([570, 150, 150, 150, 1020]);
    expect(shown(wb, T.responsibleTitle, 'NAV-leder')).toEqual([350, 700, 700, 700, 2450]);
    // 7 costed operating measures and 4 costed investments.
    expect(shown(wb, T.statusTitle, 'Beregnet')).toEqual([11]);
  });

  it('keeps the live formulas of the rows no loosely typed cell touches', () => {
    const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
    const row = (sheet?.values ?? []).findIndex((r) => r[0] === 'Areal og samfunnsutvikling');
    expect(sheet?.formulas?.[row]?.[1]).toMatch(/^=SUMIFS\(/);
    expect(shown(wb, T.areaTitle, 'Areal og samfunnsutvikling')).toEqual([420, 0, 0, 0, 420]);
  });
});

describe.each([
  [13, 'on the row under the table'],
  [14, 'further down, a row left empty between it and the table'],
])('Sammendrag with a measure typed on row %i, %s (outside its range: SPEC §2)', (row) => {
  // Under tblTiltakDrift (A1:U12) the core does not read a row; the formulas name the table's columns
  // (tblTiltakDrift[2027]), which end where the table ends: they stay live formulas and agree.
  const d = 'Tiltak drift';
  let base = snapshotFromContent(exampleContent({ startYear: 2027 }));
  for (const [column, v] of [
    ['A', 'D-012'],
    ['B', 'Organisasjon'],
    ['G', 'Beregnet'],
    ['H', 1000],
    ['R', 'NAV-leder'],
    ['S', 'Oppvekst'],
  ] as const)
    base = setCell(base, d, `${column}${row}`, v);
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const totals = computeTotals(plan);
  const wb = applyEdits(base, editsOf(planSummary(plan, totals, base)));

  it('shows the totals of the table with live formulas, as check reports them', () => {
    expect(plan.operating.map((m) => m.id)).not.toContain('D-012');
    // The example's Organisasjon measures D-006 to D-008: 470, 350, 350, 350 (not 1 470 with D-012).
    expect(shown(wb, T.operatingTitle, 'Organisasjon').slice(0, 4)).toEqual([470, 350, 350, 350]);
    expect(shown(wb, T.operatingTitle, T.allSections).slice(0, 4)).toEqual([2120, 3050, 3650, 4250]);
    expect(shown(wb, T.responsibleTitle, 'NAV-leder')).toEqual([350, 700, 700, 700, 2450]);
    expect(shown(wb, T.statusTitle, 'Beregnet')).toEqual([11]);
    const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
    const at = (sheet?.values ?? []).findIndex((r) => r[0] === 'Organisasjon');
    expect(sheet?.formulas?.[at]?.[1]).toMatch(/^=SUMIFS\(tblTiltakDrift\[2027\],/);
  });
});

describe('Sammendrag over whole columns (a header typed with a trailing space) with a measure under the table', () => {
  // "Kostnadsstatus " may be the table column's name as typed: the formulas name whole columns, which see
  // row 13 under tblTiltakDrift; the rows D-012 would throw off hold the core's values.
  const d = 'Tiltak drift';
  let base = setCell(snapshotFromContent(exampleContent({ startYear: 2027 })), d, 'G1', 'Kostnadsstatus ');
  for (const [a1, v] of [
    ['A13', 'D-012'],
    ['B13', 'Organisasjon'],
    ['G13', 'Beregnet'],
    ['H13', 1000],
    ['R13', 'NAV-leder'],
    ['S13', 'Oppvekst'],
  ] as const)
    base = setCell(base, d, a1, v);
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const wb = applyEdits(base, editsOf(planSummary(plan, computeTotals(plan), base)));

  it('shows the totals of the table, as check reports them', () => {
    expect(shown(wb, T.operatingTitle, 'Organisasjon').slice(0, 4)).toEqual([470, 350, 350, 350]);
    expect(shown(wb, T.operatingTitle, T.allSections).slice(0, 4)).toEqual([2120, 3050, 3650, 4250]);
    expect(shown(wb, T.responsibleTitle, 'NAV-leder')).toEqual([350, 700, 700, 700, 2450]);
    expect(shown(wb, T.statusTitle, 'Beregnet')).toEqual([11]);
  });
});

describe('Sammendrag with an amount typed as text (amount-text: the core counts it, SUMIFS skips it)', () => {
  // D-002's 2027 cost, 300, typed as the text "300".
  const base = setCell(snapshotFromContent(exampleContent({ startYear: 2027 })), 'Tiltak drift', 'H3', '300');
  const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
  const totals = computeTotals(plan);
  const wb = applyEdits(base, editsOf(planSummary(plan, totals, base)));

  it('shows the totals with D-002 counted, as check reports them', () => {
    expect(shown(wb, T.operatingTitle, 'Samfunn og tjenester').slice(0, 5)).toEqual([1650, 2700, 3300, 3900, 11550]);
    expect(shown(wb, T.operatingTitle, T.allSections).slice(0, 5)).toEqual([2120, 3050, 3650, 4250, 13070]);
    // D-002 300, D-009 120.
    expect(shown(wb, T.areaTitle, 'Areal og samfunnsutvikling')).toEqual([420, 0, 0, 0, 420]);
    expect(shown(wb, T.areaTitle, HVPO)).toEqual([1650, 2350, 2950, 3550, 10500]);
    // D-002 300, D-007 150, D-009 120.
    expect(shown(wb, T.responsibleTitle, 'Leder boligkontor')).toEqual([570, 150, 150, 150, 1020]);
  });
});

describe('Sammendrag with an amount cell that holds no amount (#REF!, a formula without its stored result)', () => {
  // The core counts such a cell as 0 (amount-invalid); Excel's SUMIFS gives #REF! over the first, and over the
  // second the formula's result once Excel has calculated it: neither is the report's figure.
  for (const value of [{ error: '#REF!' }, UNCALCULATED]) {
    // D-002's 2027 cost, 300.
    const base = setCell(snapshotFromContent(exampleContent({ startYear: 2027 })), 'Tiltak drift', 'H3', value);
    const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
    const totals = computeTotals(plan);
    const wb = applyEdits(base, editsOf(planSummary(plan, totals, base)));
    const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
    const formulaIn = (label: string) => {
      const at = (sheet?.values ?? []).findIndex((r) => r[0] === label);
      return sheet?.formulas?.[at]?.[1] ?? null;
    };

    it(`shows the report's totals, D-002's 2027 as 0, in values (${value.error})`, () => {
      // Samfunn og tjenester 2027 without D-002's 300: 1 650 − 300; all sections: 2 120 − 300.
      expect(shown(wb, T.operatingTitle, 'Samfunn og tjenester').slice(0, 1)).toEqual([1350]);
      expect(shown(wb, T.operatingTitle, T.allSections).slice(0, 1)).toEqual([1820]);
      expect(formulaIn('Samfunn og tjenester')).toBeNull();
      expect(formulaIn(T.allSections)).toBeNull();
      expect(formulaIn('Leder boligkontor')).toBeNull();
      expect(formulaIn('Areal og samfunnsutvikling')).toBeNull();
      // Organisasjon holds no such cell: its formulas stay.
      expect(formulaIn('Organisasjon')).toMatch(/^=SUMIFS\(/);
    });
  }
});

// An amount with more decimals than a krone (amount-precision; a price-adjusted formula's result, or 0,5 kr):
// the core reads each cell rounded to whole kroner (SPEC §7), SUMIFS adds the cells as typed, so the sheet's
// recalculated figure is not the report's. In this 1000 kr plan D-002's 2027 cost 300 is typed 300,0005
// (300 000,5 kr, read as 300 001 kr): Samfunn og tjenester 2027 is 1 650 + 0,001 = 1 650,001 in the report,
// and SUMIFS would give 1 650,0005. 300,123 (300 123 kr, whole kroner) is read exactly and keeps the formulas.
describe('Sammendrag with an amount finer than a krone (the core rounds it, SUMIFS does not)', () => {
  const build = (typed: number) => {
    const base = setCell(snapshotFromContent(exampleContent({ startYear: 2027 })), 'Tiltak drift', 'H3', typed);
    const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
    const wb = applyEdits(base, editsOf(planSummary(plan, computeTotals(plan), base)));
    const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
    const at = (sheet?.values ?? []).findIndex((r) => r[0] === 'Samfunn og tjenester');
    return { wb, formula: sheet?.formulas?.[at]?.[1] ?? null };
  };

  it("shows the report's figure, 1 650,001, for 300,0005 (in values)", () => {
    const { wb, formula } = build(300.0005);
    expect(shown(wb, T.operatingTitle, 'Samfunn og tjenester')[0]).toBeCloseTo(1650.001, 9);
    // All sections: 2 120 + 0,001.
    expect(shown(wb, T.operatingTitle, T.allSections)[0]).toBeCloseTo(2120.001, 9);
    expect(formula).toBeNull();
  });

  it('keeps the live formulas for 300,123 (whole kroner): 1 650 + 0,123', () => {
    const { wb, formula } = build(300.123);
    expect(shown(wb, T.operatingTitle, 'Samfunn og tjenester')[0]).toBeCloseTo(1650.123, 9);
    expect(formula).toMatch(/^=SUMIFS\(/);
  });
});

// A large amount in mill kr in whole kroner is not finer than a krone, though its kroner as a double are off by
// binary fractions above a millionth: 16 726,601 mill kr is 16 726 601 000 kr, and 16726.601 × 10^6 gives
// 16726600999,999998 (off by 2·10^-6). The core reads it exactly (toKr rounds to 15 digits), so SUMIFS agrees and
// the row keeps its live formulas: Samfunn og tjenester 2027 is 1,650 − 0,300 (D-002's cost) + 16 726,601 = 16 727,951.
describe('Sammendrag with a large amount in mill kr, in whole kroner', () => {
  it('keeps the live formulas', () => {
    const typed = 16726.601;
    expect(Math.abs(typed * 1e6 - 16726601000)).toBeGreaterThan(1e-6);
    const content = exampleContent({ startYear: 2027, unit: 'mill kr' });
    const base = setCell(snapshotFromContent(content), 'Tiltak drift', 'H3', typed);
    const plan = readPlan(base, { defaultStartYear: 2027 }).plan;
    const wb = applyEdits(base, editsOf(planSummary(plan, computeTotals(plan), base)));
    const sheet = wb.sheets.find((s) => s.sheet === 'Sammendrag');
    const at = (sheet?.values ?? []).findIndex((r) => r[0] === 'Samfunn og tjenester');
    expect(shown(wb, T.operatingTitle, 'Samfunn og tjenester')[0]).toBeCloseTo(16727.951, 6);
    expect(sheet?.formulas?.[at]?.[1]).toMatch(/^=SUMIFS\(/);
  });
});

describe('criterionMatches (SUMIFS criteria as Excel reads them)', () => {
  it.each([
    ['=Organisasjon', 'organisasjon', true],
    ['=Organisasjon', 'Organisasjon ', false],
    ['Helse;*', 'Helse; NAV', true],
    ['*; NAV', 'Helse ; NAV', true],
    ['*;NAV', 'Helse\nNAV', false],
    ['=A~*', 'A*', true],
    ['=A~*', 'AB', false],
    ['=', null, true],
    ['=A', null, false],
  ])('%s against %j → %s', (criterion, value, expected) => {
    expect(criterionMatches(criterion, value)).toBe(expected);
  });
});
