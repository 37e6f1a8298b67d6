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
  kept: (reason, keys) => {
    keptKeys.add(keys.join(', '));
    return `kept:${reason}`;
  },
};
/** The key headers the writer named in kept rows' Forklaring (from Avstemming planer's columns). */
const keptKeys = new Set<string>();

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

  describe('keeps Status and Kommentar by the rule of Avstemming (SPEC §10): refKey, and rows no item takes stay below', () => {
    const ambiguous = {
      code: 'economy-plan-line-ambiguous' as const,
      class: 'mismatch' as const,
      severity: 'error' as const,
      ref: 'P-14',
      plan: 'Helse og omsorg',
      measures: kr(0),
      economyPlan: kr(4_000_000),
      difference: kr(-4_000_000),
      cells: { economyPlan: 'Økonomiplan!C5' },
    };
    const run = (c: Consolidation, wb = EMPTY_WORKBOOK) => {
      const planned = planConsolidationSheet(c, wb, texts);
      if (!planned.ok) throw new Error('blocked');
      return applyEdits(wb, planned.edits);
    };
    const rows = (wb: typeof EMPTY_WORKBOOK) => wb.sheets.find((s) => s.sheet === 'Avstemming planer')?.values.slice(1);
    // Row 2 the frame R3 2029, row 3 the line P-14 of Helse og omsorg; the user commented on both.
    let written = run({ ...consolidation, items: [consolidation.items[0]!, ambiguous] });
    written = setCell(
      setCell(written, 'Avstemming planer', 'L2', 'Akseptert'),
      'Avstemming planer',
      'M2',
      'Ramme økes i K-sak',
    );
    written = setCell(
      setCell(written, 'Avstemming planer', 'L3', 'Rettet'),
      'Avstemming planer',
      'M3',
      'Plan satt i linja',
    );

    it('a Ref (and Plan) in another case or with spaces is still the same row', () => {
      const retyped = { ...consolidation.items[0]!, ref: 'r3 ' };
      const again = rows(
        run({ ...consolidation, items: [retyped, { ...ambiguous, ref: 'p-14', plan: 'HELSE OG OMSORG ' }] }, written),
      );
      // Ref, Status, Kommentar; nothing kept below: each row was taken by its item.
      expect(again?.map((r) => [r[4], r[11], r[12]])).toEqual([
        ['r3 ', 'Akseptert', 'Ramme økes i K-sak'],
        ['p-14', 'Rettet', 'Plan satt i linja'],
      ]);
    });

    it('a row whose item is gone is written again below the items with its key as typed, no amounts, and why', () => {
      // The next run: Plan was set on the line, so the ambiguity is gone; only the frame remains.
      const next = run(consolidation, written);
      expect(rows(next)).toEqual([
        [
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
          null, // Celle økonomiplan: a link formula, no value in the snapshot
          'Akseptert',
          'Ramme økes i K-sak',
        ],
        [
          null,
          'economy-plan-line-ambiguous',
          null,
          'Helse og omsorg',
          'P-14',
          null,
          null,
          null,
          null,
          'kept:vanished',
          null,
          'Rettet',
          'Plan satt i linja',
        ],
      ]);
      expect([...keptKeys]).toEqual(['Kode, Plan, Ref, År']);
      // Run after run it stays; when the item returns, it takes its Status and Kommentar back.
      expect(rows(run(consolidation, next))?.[1]?.slice(9)).toEqual([
        'kept:vanished',
        null,
        'Rettet',
        'Plan satt i linja',
      ]);
      const back = rows(run({ ...consolidation, items: [consolidation.items[0]!, ambiguous] }, next));
      expect(back?.map((r) => [r[4], r[9], r[11], r[12]])).toEqual([
        ['R3', 'forklaring R3', 'Akseptert', 'Ramme økes i K-sak'],
        ['P-14', 'forklaring P-14', 'Rettet', 'Plan satt i linja'],
      ]);
    });
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
