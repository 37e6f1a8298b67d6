/**
 * «Avstemming planer» (SPEC §15) keeps a row's Status and Kommentar by (Kode, Plan, Ref, År, Finansieringskilde):
 * two lines with the same Kode, Ref and År but another Plan are two keys, so when their order changes (the plans
 * given in the other order, the economy plan's lines sorted) and an amount changes, each plan's row keeps its own
 * Status and Kommentar — never the other plan's (review: a reviewed «Akseptert» on the wrong plan's row).
 */
import { planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Consolidation, ConsolidationItem } from '../../../src/domain/model/consolidation';
import type { ConsolidationSheetText } from '../../../src/domain/model/consolidationColumns';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { kr } from '../../../src/domain/model/money';
import { setCell } from '../../helpers/workbook';

const texts: ConsolidationSheetText = {
  explain: (i) => `forklaring ${i.ref}`,
  severity: (s) => s,
  code: (c) => c,
  class: (c) => c,
  codeOf: (t) => t,
  kept: (reason) => `kept:${reason}`,
  review: (r) => `review:${r.kind}`,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
};

/** A line Ref D-9, 2027, of `plan`, that no measure claims: economy plan `amount` kr, at sheet row `row`. */
const line = (plan: string, amount: number, row: number): ConsolidationItem => ({
  code: 'economy-plan-line-unmatched',
  class: 'mismatch',
  severity: 'warning',
  ref: 'D-9',
  plan,
  year: 2027,
  measures: kr(0),
  economyPlan: kr(amount),
  difference: kr(-amount),
  cells: { economyPlan: `Økonomiplan!H${row}` },
});

const consolidation = (items: ConsolidationItem[]): Consolidation => ({
  economyPlan: { file: 'okonomiplan.xlsx', unit: '1000 kr', lines: 2 },
  years: [2027, 2028, 2029, 2030],
  plans: [],
  total: { measures: [], economyPlan: [] },
  items,
  summary: { errors: 0, warnings: items.length, infos: 0 },
});

const run = (c: Consolidation, wb: WorkbookSnapshot): WorkbookSnapshot => {
  const planned = planConsolidationSheet(c, wb, texts);
  if (!planned.ok) throw new Error('blocked');
  return applyEdits(wb, planned.edits);
};

/** Plan (D), Økonomiplan (I), Status (M) and Kommentar (N) of each body row. */
const rows = (wb: WorkbookSnapshot) =>
  wb.sheets
    .find((s) => s.sheet === 'Avstemming planer')
    ?.values.slice(1)
    .map((r) => [r[3], r[8], r[12], r[13]]);

describe('«Avstemming planer»: rows alike but for their Plan keep their own Status and Kommentar', () => {
  it('the lines in the other order and one amount changed: each Status and Kommentar stays on its plan’s row', () => {
    const first = run(consolidation([line('Boligsosial', 100_000, 3), line('Helse', 250_000, 4)]), EMPTY_WORKBOOK);
    // Row 2 Boligsosial, row 3 Helse, as written.
    expect(rows(first)).toEqual([
      ['Boligsosial', 100, 'Åpen', null],
      ['Helse', 250, 'Åpen', null],
    ]);
    let edited = setCell(first, 'Avstemming planer', 'M2', 'Akseptert');
    edited = setCell(edited, 'Avstemming planer', 'N2', 'Godkjent av økonomi');
    edited = setCell(edited, 'Avstemming planer', 'M3', 'Rettet');
    edited = setCell(edited, 'Avstemming planer', 'N3', 'Flyttet til 2028');
    // Helse first now, and Boligsosial's line 100 000 → 120 000 kr.
    const again = run(consolidation([line('Helse', 250_000, 3), line('Boligsosial', 120_000, 4)]), edited);
    expect(rows(again)).toEqual([
      ['Helse', 250, 'Rettet', 'Flyttet til 2028'],
      ['Boligsosial', 120, 'Akseptert', 'Godkjent av økonomi'],
    ]);
  });

  it('a Plan typed in other case or with spaces is still its plan’s row', () => {
    const first = run(consolidation([line('Boligsosial', 100_000, 3), line('Helse', 250_000, 4)]), EMPTY_WORKBOOK);
    let edited = setCell(first, 'Avstemming planer', 'M3', 'Akseptert');
    edited = setCell(edited, 'Avstemming planer', 'N3', 'Helse sin');
    const again = run(consolidation([line(' helse ', 250_000, 3), line('Boligsosial', 100_000, 4)]), edited);
    expect(rows(again)).toEqual([
      [' helse ', 250, 'Akseptert', 'Helse sin'],
      ['Boligsosial', 100, 'Åpen', null],
    ]);
  });

  it('two lines of one plan alike in Kode, Ref and År, the economy plan sorted: each keeps its own', () => {
    const first = run(consolidation([line('Helse', 100_000, 3), line('Helse', 250_000, 4)]), EMPTY_WORKBOOK);
    let edited = setCell(first, 'Avstemming planer', 'M2', 'Akseptert');
    edited = setCell(edited, 'Avstemming planer', 'N2', 'Godkjent av økonomi');
    edited = setCell(edited, 'Avstemming planer', 'M3', 'Rettet');
    edited = setCell(edited, 'Avstemming planer', 'N3', 'Flyttet til 2028');
    // The 250 000 kr line now first (row 3), the 100 000 kr line second (row 4).
    const again = run(consolidation([line('Helse', 250_000, 3), line('Helse', 100_000, 4)]), edited);
    expect(rows(again)).toEqual([
      ['Helse', 250, 'Rettet', 'Flyttet til 2028'],
      ['Helse', 100, 'Akseptert', 'Godkjent av økonomi'],
    ]);
  });
});
