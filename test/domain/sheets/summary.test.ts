import { snapshotFromContent } from '../../helpers/contentSnapshot';
import type { Edit } from '../../../src/domain/model/edits';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { planSummary } from '../../../src/domain/sheets/summary';
import { summaryExpectations } from '../../helpers/summaryExpectations';
import { defaultContent } from '../../../src/domain/sheets/template';
import { computeTotals } from '../../../src/domain/totals/totals';
import type { PlanContent } from '../../../src/domain/model/content';
import type { Unit } from '../../../src/domain/model/money';
import { SUMMARY_TEXT_NB } from '../../../src/domain/model/sheetText';
import { evalFormula } from '../../helpers/evalFormula';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

function summaryOf(content: PlanContent) {
  const base = snapshotFromContent(content);
  const plan = readPlan(base, { defaultStartYear: content.settings.startYear }).plan;
  const totals = computeTotals(plan);
  // As a workbook is after its first check --write: the summary there, its block recorded.
  const wb = applyEdits(base, editsOf(planSummary(plan, totals, base)));
  const edits = editsOf(planSummary(plan, totals, wb));
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

describe('planSummary with a section name over 255 characters (Excel’s limit for a text in a formula)', () => {
  it('writes no SUMIFS criterion with it: that row gets the core’s values, the other rows stay live', () => {
    const long = 'S'.repeat(312);
    const content = exampleContent({ startYear: 2027 });
    const first = content.operating[0];
    const renamed: PlanContent = {
      ...content,
      lists: { ...content.lists, sections: [...content.lists.sections, long] },
      operating: content.operating.map((r) => (r === first ? { ...r, values: { ...r.values, section: long } } : r)),
    };
    const { edits } = summaryOf(renamed);
    const formulas = cellsOf(edits)
      .flat()
      .flatMap((v) => (v !== null && typeof v === 'object' && 'formula' in v ? [v.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => f.includes(long.slice(0, 256)))).toEqual([]);
    // The row of the long section still shows its amounts: the section's label is written, with values.
    const rows = cellsOf(edits);
    const row = rows.find((r) => r[0] === long);
    expect(row?.slice(1).some((v) => typeof v === 'number' && v !== 0)).toBe(true);
  });
});

describe('planSummary', () => {
  it('clears the block it wrote before (recorded in omrSammendrag), starts with the title, records the new block', () => {
    const { edits, wb } = summaryOf(exampleContent({ startYear: 2027 }));
    const before = wb.names?.find((n) => n.name === 'omrSammendrag');
    expect(before?.ref).toMatch(/^Sammendrag!\$A\$1:\$[A-Z]+\$\d+$/);
    expect(edits.slice(0, 3)).toEqual([
      { kind: 'ensureSheet', sheet: 'Sammendrag' },
      // Her empty cells beside the blocks (C6, L11, …) are kept as they are (review r29: her look and drop-down).
      expect.objectContaining({
        kind: 'clearOwnedRange',
        sheet: 'Sammendrag',
        range: before?.ref.replace(/^Sammendrag!/, '').replace(/\$/g, ''),
      }),
      expect.objectContaining({ kind: 'setCells', origin: 'A1' }),
    ]);
    const clear = edits[1];
    const keep = clear?.kind === 'clearOwnedRange' ? (clear.keep ?? []) : [];
    // Row 6 writes A6:B6 (the head), row 11 A11:K11 (Drift per seksjon): none of those kept, C6 and L11 kept.
    expect([
      keep.includes('C6'),
      keep.includes('L11'),
      keep.includes('A6'),
      keep.includes('B6'),
      keep.includes('K11'),
    ]).toEqual([true, true, false, false, false]);
    const rows = cellsOf(edits);
    const width = Math.max(...rows.map((r) => r.length));
    expect(edits).toContainEqual({
      kind: 'defineName',
      name: 'omrSammendrag',
      ref: `Sammendrag!$A$1:$${String.fromCharCode(64 + width)}$${rows.length}`,
    });
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

  it('sums with SUMIFS over the columns of tblTiltakDrift by name, status Beregnet and the section', () => {
    const { edits, expectations, totals } = summaryOf(exampleContent({ startYear: 2027 }));
    const all = expectations.find((e) => e.expected === (totals.operating.all.years['2027'] ?? NaN) / 1000);
    expect(all).toBeDefined();
    const formulas = expectations.map((e) => formulaAt(edits, e.cell) ?? '');
    expect(formulas).toContain(
      '=SUMIFS(tblTiltakDrift[2027],tblTiltakDrift[Kostnadsstatus],"Beregnet",tblTiltakDrift[Seksjon],"=Samfunn og tjenester")',
    );
    expect(formulas).toContain('=SUMIFS(tblTiltakDrift[2027],tblTiltakDrift[Kostnadsstatus],"Beregnet")');
    expect(formulas.some((f) => f.startsWith('=SUMIFS(tblTiltakInvestering[2027]'))).toBe(true);
    // A name with a character other than a space is bracketed once more, as Excel writes it.
    expect(formulas.some((f) => f.startsWith('=SUMIFS(tblTiltakInvestering[[Mva-kompensasjon]],'))).toBe(true);
    expect(formulas.some((f) => f.startsWith('=SUMIFS(tblTiltakDrift[Nye midler],'))).toBe(true);
    expect(
      formulas.some((f) =>
        f.startsWith(
          '=COUNTIFS(tblTiltakDrift[Kostnadsstatus],"=Beregnet")+COUNTIFS(tblTiltakInvestering[Kostnadsstatus]',
        ),
      ),
    ).toBe(true);
  });

  it('sums over whole sheet columns where the measure table is not an Excel table', () => {
    const { plan, totals, wb } = summaryOf(exampleContent({ startYear: 2027 }));
    const layout = plan.layouts.operating;
    if (!layout) throw new Error('no layout');
    const plain = { ...plan, layouts: { ...plan.layouts, operating: { ...layout, tableName: null } } };
    const rows = cellsOf(editsOf(planSummary(plain, totals, wb)));
    expect(rows.find((r) => r[0] === 'Alle seksjoner')?.[1]).toEqual({
      formula: "=SUMIFS('Tiltak drift'!$H:$H,'Tiltak drift'!$G:$G,\"Beregnet\")",
      value: (totals.operating.all.years['2027'] ?? NaN) / 1000,
    });
  });

  it.each([
    ['an outer space', 'Kostnadsstatus '],
    ['a line break', 'Kostnads-\nstatus'],
  ])('sums over whole sheet columns where a header holds %s (a name a reference could miss)', (_what, header) => {
    const { plan, totals, wb } = summaryOf(exampleContent({ startYear: 2027 }));
    const layout = plan.layouts.operating;
    if (!layout) throw new Error('no layout');
    const headers = layout.headers.map((h) => (h.text === 'Kostnadsstatus' ? { ...h, name: header } : h));
    const odd = { ...plan, layouts: { ...plan.layouts, operating: { ...layout, headers } } };
    const allRow = cellsOf(editsOf(planSummary(odd, totals, wb))).find((r) => r[0] === 'Alle seksjoner');
    expect(allRow?.[1]).toMatchObject({ formula: "=SUMIFS('Tiltak drift'!$H:$H,'Tiltak drift'!$G:$G,\"Beregnet\")" });
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
    const { plan, totals, wb } = summaryOf(exampleContent({ startYear: 2027 }));
    const broken = { ...totals, identity: { ...totals.identity, operatingFinancing: { ok: 5, failed: ['D-003'] } } };
    const rows = cellsOf(editsOf(planSummary(plan, broken, wb)));
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
    const { plan, totals, wb } = summaryOf(exampleContent({ startYear: 2027 }));
    const layout = plan.layouts.operating;
    if (!layout) throw new Error('no layout');
    const { section: _drop, ...columns } = layout.columns;
    const lacking = { ...plan, layouts: { ...plan.layouts, operating: { ...layout, columns } } };
    const rows = cellsOf(editsOf(planSummary(lacking, totals, wb)));
    const sectionRow = rows.find((r) => r[0] === 'Samfunn og tjenester');
    const allRow = rows.find((r) => r[0] === 'Alle seksjoner');
    expect(sectionRow?.[1]).toBe((totals.operating.bySection[0]?.years['2027'] ?? NaN) / 1000);
    expect(allRow?.[1]).toEqual({
      formula: '=SUMIFS(tblTiltakDrift[2027],tblTiltakDrift[Kostnadsstatus],"Beregnet")',
      value: (totals.operating.all.years['2027'] ?? NaN) / 1000,
    });
    const noTables = { ...plan, layouts: { operating: null, investment: null, economyPlan: null } };
    // No formula is left: a period over grey (computed) year cells is a grey value too, as A6 says (review r9).
    expect(summaryExpectations(noTables, totals)).toEqual([]);
    // By hand: Samfunn og tjenester's Sum periode is D-001 6 000 + D-002 300 + D-003 2 450 + D-005 2 800 = 11 550.
    const noTableRows = cellsOf(editsOf(planSummary(noTables, totals, wb)));
    expect(noTableRows.find((r) => r[0] === 'Samfunn og tjenester')?.[5]).toBe(11_550);
  });

  it('counts statuses outside the list as values, the empty one as "(tom)"', () => {
    const { plan, totals, wb } = summaryOf(exampleContent({ startYear: 2027 }));
    const odd = { ...totals, statusCounts: { ...totals.statusCounts, '': 2, Kanskje: 1 } };
    const rows = cellsOf(editsOf(planSummary(plan, odd, wb)));
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

  describe("a user's cells on Sammendrag", () => {
    const { wb, plan, totals, edits } = summaryOf(exampleContent({ startYear: 2027 }));
    const rows = cellsOf(edits).length;
    const valueAt = (w: typeof wb, row: number, col: number) =>
      w.sheets.find((x) => x.sheet === 'Sammendrag')?.values[row - 1]?.[col - 1] ?? null;

    it('a range she merged where the new block writes nothing is kept; one over a cell it writes is named whole', () => {
      // Review r29: «Nye midler per år» is A17:F20 (six columns); L18:L19 beside it is hers and empty.
      const merged = (refs: string[]) => ({
        ...wb,
        sheets: wb.sheets.map((x) => (x.sheet === 'Sammendrag' ? { ...x, merges: refs } : x)),
      });
      const beside = editsOf(planSummary(plan, totals, merged(['L18:L19'])));
      const clear = beside.find((e) => e.kind === 'clearOwnedRange');
      const keep = clear?.kind === 'clearOwnedRange' ? (clear.keep ?? []) : [];
      expect(['L18', 'L19', 'F18'].map((c) => keep.includes(c))).toEqual([true, true, false]);
      // F18:G18 covers F18, a figure of row 18: refused, named as the merged range, not by its first cell.
      expect(planSummary(plan, totals, merged(['F18:G18', 'L18:L19']))).toEqual({
        ok: false,
        blocked: [{ sheet: 'Sammendrag', cell: 'F18:G18', merged: { range: 'F18:G18', writes: 'F18' } }],
      });
    });

    it('a note beside the block and one below it survive the next run', () => {
      const noted = setCell(setCell(wb, 'Sammendrag', 'Z5', 'Se sak 12/34'), 'Sammendrag', `A${rows + 3}`, 'Notat');
      const after = applyEdits(noted, editsOf(planSummary(plan, totals, noted)));
      expect([valueAt(after, 5, 26), valueAt(after, rows + 3, 1)]).toEqual(['Se sak 12/34', 'Notat']);
    });

    it('a summary grown over a note below is blocked, naming the cell', () => {
      const noted = setCell(wb, 'Sammendrag', `B${rows + 1}`, 'Notat');
      const longer = { ...plan, lists: { ...plan.lists, sections: [...plan.lists.sections, 'Ny seksjon'] } };
      expect(planSummary(longer, totals, noted)).toEqual({
        ok: false,
        blocked: [{ sheet: 'Sammendrag', cell: `B${rows + 1}` }],
      });
    });

    it("a sheet called Sammendrag that the product never wrote is the user's: blocked at its cells", () => {
      const theirs = {
        ...wb,
        sheets: [
          ...wb.sheets.filter((x) => x.sheet !== 'Sammendrag'),
          { sheet: 'Sammendrag', origin: 'B2', values: [['Mitt sammendrag']] },
        ],
        names: [],
      };
      expect(planSummary(plan, totals, theirs)).toEqual({ ok: false, blocked: [{ sheet: 'Sammendrag', cell: 'B2' }] });
    });

    it('a Sammendrag written before the block was recorded (its title in A1, no name) is the product’s', () => {
      // Written for one section more (a row more in Drift and Investering per seksjon, a section with no new money
      // none in Nye midler per år: 66 + 2).
      const longer = { ...plan, lists: { ...plan.lists, sections: [...plan.lists.sections, 'Ny seksjon'] } };
      expect(rows).toBe(66);
      const old = { ...applyEdits(wb, editsOf(planSummary(longer, totals, wb))), names: [] };
      expect(valueAt(old, 68, 1)).toBe('Finansiering = Kostnadsramme (investering)');
      const after = applyEdits(old, editsOf(planSummary(plan, totals, old)));
      // Its old checks (rows 65–68) are its own: emptied under the new block's last row.
      expect([67, 68].map((r) => valueAt(after, r, 1))).toEqual([null, null]);
      expect(valueAt(after, 66, 1)).toBe('Finansiering = Kostnadsramme (investering)');
    });

    it('without the name, a note beside or under its blocks is hers: kept, or named where the new block covers it', () => {
      // Review r22: the blocks are read by their layout, A1:B7 the head, …, A63:C66 the checks.
      const old = { ...wb, names: [] };
      const noted = setCell(setCell(old, 'Sammendrag', 'N6', 'Notat'), 'Sammendrag', 'A68', 'Kilde');
      const after = applyEdits(noted, editsOf(planSummary(plan, totals, noted)));
      expect([valueAt(after, 6, 14), valueAt(after, 68, 1)]).toEqual(['Notat', 'Kilde']);
      // D6: beside the head's two cells (C6 empty), inside the new block A1:L66 where it writes nothing (review r25):
      // kept. The block A1:L66 is cleared but for D6 and written whole, her note carried in it as it stands.
      const inside = setCell(old, 'Sammendrag', 'D6', 'Notat');
      const kept = editsOf(planSummary(plan, totals, inside));
      const clear = kept.filter((e) => e.kind === 'clearOwnedRange');
      expect(clear).toEqual([
        expect.objectContaining({ kind: 'clearOwnedRange', sheet: 'Sammendrag', range: 'A1:L66' }),
      ]);
      // Every cell of hers there stays, empty ones too (review r29): D6 with C6; A6:B6 the product writes anew.
      const keep = clear[0]?.kind === 'clearOwnedRange' ? (clear[0].keep ?? []) : [];
      expect(['C6', 'D6', 'A6', 'B6'].map((c) => keep.includes(c))).toEqual([true, true, false, false]);
      const written = kept.find((e) => e.kind === 'setCells');
      expect(written?.kind === 'setCells' && written.values[5]).toEqual([
        'Økonomiplanversjon',
        'Vedtatt K-sak 112/2026',
        null,
        'Notat',
        ...Array(8).fill(null),
      ]);
      expect(valueAt(applyEdits(inside, kept), 6, 4)).toBe('Notat');
    });

    it('with the name, a note in an empty cell of the named rectangle beside a row of the product is kept', () => {
      // Review r25: omrSammendrag A1:L66; C6 beside the head's «Økonomiplanversjon | …» (A6:B6), A8 the empty row
      // above Drift per seksjon, B9 beside its title, L11 beside its row A11:K11, C50 beside «Ingen kostnad | 1».
      const notes: [string, number, number, string][] = [
        ['C6', 6, 3, 'fra rådmannen'],
        ['A8', 8, 1, 'Merk: foreløpig'],
        ['B9', 9, 2, 'notat'],
        ['L11', 11, 12, 'sjekk'],
        ['C50', 50, 3, 'se sak'],
      ];
      const noted = notes.reduce((w, [ref, , , text]) => setCell(w, 'Sammendrag', ref, text), wb);
      const planned = planSummary(plan, totals, noted);
      const clear = editsOf(planned).filter((e) => e.kind === 'clearOwnedRange');
      expect(clear).toEqual([
        expect.objectContaining({ kind: 'clearOwnedRange', sheet: 'Sammendrag', range: 'A1:L66' }),
      ]);
      const keep = clear[0]?.kind === 'clearOwnedRange' ? (clear[0].keep ?? []) : [];
      expect(notes.every(([ref]) => keep.includes(ref))).toBe(true);
      // A11:K11 (Drift per seksjon's first row) and A9 (its title) are written anew, not kept.
      expect(['A9', 'A11', 'K11'].some((c) => keep.includes(c))).toBe(false);
      const after = applyEdits(noted, editsOf(planned));
      expect(notes.map(([, row, col]) => valueAt(after, row, col))).toEqual(notes.map(([, , , text]) => text));
      expect([valueAt(after, 9, 1), valueAt(after, 11, 11)]).toEqual(['Drift per seksjon', valueAt(wb, 11, 11)]);
    });
  });
});

describe('planSummary labels', () => {
  it('names a frame listed without a name by its code, a blank Ansvarlig and Seksjon by what they lack', () => {
    const example = exampleContent({ startYear: 2027 });
    const frames = example.lists.frames.map((f) => (f.code === 'R3' ? { code: 'R3', name: '' } : f));
    const blank = (i: number): Record<string, string> =>
      i === 0 ? { responsible: '' } : i === 1 ? { section: '' } : {};
    const operating = example.operating.map((r, i) => ({ ...r, values: { ...r.values, ...blank(i) } }));
    const rows = cellsOf(summaryOf({ ...example, lists: { ...example.lists, frames }, operating }).edits);
    expect(rows.find((r) => r[0] === 'R3')?.[1]).toBe('R3');
    expect(rows.some((r) => r[0] === '(uten navn)')).toBe(true);
    expect(rows.filter((r) => r[0] === '(uten seksjon)')).toHaveLength(2);
    expect(rows.some((r) => r[0] === '')).toBe(false);
  });

  it('writes its titles and labels from the text it is given, formulas unchanged', () => {
    const { wb, plan, totals, edits } = summaryOf(exampleContent({ startYear: 2027 }));
    const shout = Object.fromEntries(Object.entries(SUMMARY_TEXT_NB).map(([k, v]) => [k, v.toUpperCase()]));
    const loud = cellsOf(editsOf(planSummary(plan, totals, wb, shout as typeof SUMMARY_TEXT_NB)));
    const quiet = cellsOf(edits);
    expect(loud[0]?.[0]).toBe('SAMMENDRAG');
    const bokmal = Object.values(SUMMARY_TEXT_NB).filter((v) => v !== v.toUpperCase());
    expect(loud.flat().filter((v) => typeof v === 'string' && bokmal.includes(v))).toEqual([]);
    const formulas = (rows: typeof quiet) => rows.flat().filter((v) => v !== null && typeof v === 'object');
    expect(formulas(loud)).toEqual(formulas(quiet));
  });
});
