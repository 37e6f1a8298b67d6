import { planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Consolidation, ConsolidationSheetText } from '../../../src/domain/model/consolidation';
import { kr } from '../../../src/domain/model/money';
import { setCell } from '../../helpers/workbook';

const texts: ConsolidationSheetText = {
  explain: (i) => `forklaring ${i.ref}`,
  severity: (s) => s,
  code: (c) => c,
  class: (c) => c,
  codeOf: (t) => t,
};

const consolidation: Consolidation = {
  economyPlan: { file: 'okonomiplan.xlsx', unit: '1000 kr', lines: 2 },
  years: [2027, 2028, 2029, 2030],
  plans: [],
  total: { measures: [], economyPlan: [] },
  items: [
    {
      code: 'frame-total',
      class: 'mismatch',
      severity: 'error',
      ref: 'R3',
      year: 2029,
      measures: kr(3_800_000),
      economyPlan: kr(3_500_000),
      difference: kr(300_000),
      cells: { economyPlan: 'Økonomiplan!I7' },
    },
  ],
  summary: { errors: 1, warnings: 0, infos: 0 },
};

describe('«Avstemming planer» (SPEC §15)', () => {
  it('writes one row per item, amounts in the economy plan’s unit, and keeps Status and Kommentar', () => {
    const first = planConsolidationSheet(consolidation, EMPTY_WORKBOOK, texts);
    if (!first.ok) throw new Error('blocked');
    const wb = applyEdits(EMPTY_WORKBOOK, first.edits);
    const sheet = wb.sheets.find((s) => s.sheet === 'Avstemming planer');
    expect(sheet?.values[1]?.slice(0, 10)).toEqual([
      'error',
      'frame-total',
      'mismatch',
      null,
      'R3',
      2029,
      3800,
      3500,
      300,
      'forklaring R3',
    ]);
    const edited = setCell(setCell(wb, 'Avstemming planer', 'L2', 'Akseptert'), 'Avstemming planer', 'M2', 'Ok');
    const second = planConsolidationSheet(consolidation, edited, texts);
    if (!second.ok) throw new Error('blocked');
    const again = applyEdits(edited, second.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
    expect(again?.values[1]?.slice(11)).toEqual(['Akseptert', 'Ok']);
  });

  it('keeps each Status and Kommentar of lines that share a key (no Ref, no Plan) on its own line', () => {
    const line = (row: number, amount: number) => ({
      code: 'economy-plan-line-unmatched' as const,
      class: 'mismatch' as const,
      severity: 'warning' as const,
      ref: '',
      measures: kr(0),
      economyPlan: kr(amount),
      difference: kr(-amount),
      cells: { economyPlan: `Økonomiplan!H${row}` },
    });
    const lines = { ...consolidation, items: [line(3, 100_000), line(5, 250_000)] };
    const first = planConsolidationSheet(lines, EMPTY_WORKBOOK, texts);
    if (!first.ok) throw new Error('blocked');
    const wb = applyEdits(EMPTY_WORKBOOK, first.edits);
    const edited = setCell(setCell(wb, 'Avstemming planer', 'L2', 'Akseptert'), 'Avstemming planer', 'M2', 'Avklart');
    const second = planConsolidationSheet(lines, edited, texts);
    if (!second.ok) throw new Error('blocked');
    const again = applyEdits(edited, second.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
    // Økonomiplan (1000 kr), Status, Kommentar of each line.
    expect(again?.values.slice(1).map((r) => [r[7], r[11], r[12]])).toEqual([
      [100, 'Akseptert', 'Avklart'],
      [250, 'Åpen', null],
    ]);
  });

  it('refuses, naming the cell, when a user’s cell stands where the table would grow', () => {
    const sheet = applyEdits(EMPTY_WORKBOOK, [{ kind: 'ensureSheet', sheet: 'Avstemming planer' }]);
    const wb = setCell(sheet, 'Avstemming planer', 'B3', 'mitt notat');
    const more = { ...consolidation, items: [...consolidation.items, ...consolidation.items] };
    expect(planConsolidationSheet(more, wb, texts)).toEqual({
      ok: false,
      blocked: [{ sheet: 'Avstemming planer', cell: 'B3' }],
    });
  });
});
