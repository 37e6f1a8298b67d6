import { planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Consolidation } from '../../../src/domain/model/consolidation';
import type { ConsolidationSheetText } from '../../../src/domain/model/consolidationColumns';
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
  review: (r) => `review:${r.kind}`,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
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
    expect(sheet?.values[1]?.slice(0, 11)).toEqual([
      'error',
      'frame-total',
      'mismatch',
      null,
      'R3',
      2029,
      null,
      3800,
      3500,
      300,
      'forklaring R3',
    ]);
    const edited = setCell(setCell(wb, 'Avstemming planer', 'M2', 'Akseptert'), 'Avstemming planer', 'N2', 'Ok');
    const second = planConsolidationSheet(consolidation, edited, texts);
    if (!second.ok) throw new Error('blocked');
    const again = applyEdits(edited, second.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
    expect(again?.values[1]?.slice(12)).toEqual(['Akseptert', 'Ok']);
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
    const edited = setCell(setCell(wb, 'Avstemming planer', 'M2', 'Akseptert'), 'Avstemming planer', 'N2', 'Avklart');
    const second = planConsolidationSheet(lines, edited, texts);
    if (!second.ok) throw new Error('blocked');
    const again = applyEdits(edited, second.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
    // Økonomiplan (1000 kr), Status, Kommentar of each line.
    expect(again?.values.slice(1).map((r) => [r[8], r[12], r[13]])).toEqual([
      [100, 'Akseptert', 'Avklart'],
      [250, 'Åpen', null],
    ]);
  });

  it('links a line whose Plan names no plan of the check to its Plan cell, which its Forklaring names', () => {
    // Line 12: Ref D-007 in C12, Plan «Ukjent plan» in K12; what to correct is the Plan cell, not the Ref.
    const unknown = {
      code: 'economy-plan-line-unmatched' as const,
      class: 'mismatch' as const,
      severity: 'warning' as const,
      ref: 'D-007',
      plan: 'Ukjent plan',
      measures: kr(0),
      economyPlan: kr(120_000),
      difference: kr(-120_000),
      knownPlans: ['Rusplan'],
      cells: { economyPlan: 'Økonomiplan!C12', plan: 'Økonomiplan!K12' },
    };
    const planned = planConsolidationSheet({ ...consolidation, items: [unknown] }, EMPTY_WORKBOOK, texts);
    if (!planned.ok) throw new Error('blocked');
    const sheet = applyEdits(EMPTY_WORKBOOK, planned.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
    // Celle økonomiplan is column L (the 12th).
    expect(sheet?.formulas?.[1]?.[11]).toBe('HYPERLINK("#\'Økonomiplan\'!K12","Økonomiplan!K12")');
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
      setCell(written, 'Avstemming planer', 'M2', 'Akseptert'),
      'Avstemming planer',
      'N2',
      'Ramme økes i K-sak',
    );
    written = setCell(
      setCell(written, 'Avstemming planer', 'M3', 'Rettet'),
      'Avstemming planer',
      'N3',
      'Plan satt i linja',
    );

    it('a Ref (and Plan) in another case or with spaces is still the same row', () => {
      const retyped = { ...consolidation.items[0]!, ref: 'r3 ' };
      const again = rows(
        run({ ...consolidation, items: [retyped, { ...ambiguous, ref: 'p-14', plan: 'HELSE OG OMSORG ' }] }, written),
      );
      // Ref, Status, Kommentar; nothing kept below: each row was taken by its item.
      expect(again?.map((r) => [r[4], r[12], r[13]])).toEqual([
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
          null,
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
          null,
          'kept:vanished',
          null,
          'Rettet',
          'Plan satt i linja',
        ],
      ]);
      expect([...keptKeys]).toEqual(['Kode, Plan, Ref, År, Finansieringskilde']);
      // Run after run it stays; when the item returns, it takes its Status and Kommentar back.
      expect(rows(run(consolidation, next))?.[1]?.slice(10)).toEqual([
        'kept:vanished',
        null,
        'Rettet',
        'Plan satt i linja',
      ]);
      const back = rows(run({ ...consolidation, items: [consolidation.items[0]!, ambiguous] }, next));
      // P-14 is back still an error with its Avvik: «Rettet» is said not to hold, as on Avstemming (statusReview.ts).
      expect(back?.map((r) => [r[4], r[10], r[12], r[13]])).toEqual([
        ['R3', 'forklaring R3', 'Akseptert', 'Ramme økes i K-sak'],
        ['P-14', 'review:fixed-open forklaring P-14', 'Rettet', 'Plan satt i linja'],
      ]);
    });
  });

  describe('two Finansiering lines under one Ref, told apart by Finansieringskilde (as on Avstemming, SPEC §10)', () => {
    // Lines no plan claims under P-9: Tilskudd 150 000 kr and Lån 200 000 kr, in the economy plan's 1000 kr.
    const unclaimed = (source: string, amount: number, row: number) => ({
      code: 'economy-plan-line-unmatched' as const,
      class: 'mismatch' as const,
      severity: 'warning' as const,
      ref: 'P-9',
      source,
      measures: kr(0),
      economyPlan: kr(amount),
      difference: kr(-amount),
      cells: { economyPlan: `Økonomiplan!H${row}` },
    });
    const grant = unclaimed('Tilskudd', 150_000, 8);
    const loan = unclaimed('Lån', 200_000, 9);
    const run = (items: Consolidation['items'], wb = EMPTY_WORKBOOK) => {
      const planned = planConsolidationSheet({ ...consolidation, items }, wb, texts);
      if (!planned.ok) throw new Error('blocked');
      return applyEdits(wb, planned.edits);
    };
    const sheetOf = (wb: typeof EMPTY_WORKBOOK) => wb.sheets.find((s) => s.sheet === 'Avstemming planer');
    // Ref, Finansieringskilde, Økonomiplan, Status, Kommentar.
    const cells = (wb: typeof EMPTY_WORKBOOK) =>
      sheetOf(wb)
        ?.values.slice(1)
        .map((r) => [r[4], r[6], r[8], r[12], r[13]]);

    it('gives two rows that differ in Finansieringskilde, the column after År', () => {
      const wb = run([grant, loan]);
      expect(sheetOf(wb)?.values[0]?.slice(5, 8)).toEqual(['År', 'Finansieringskilde', 'Tiltaksplan']);
      expect(cells(wb)).toEqual([
        ['P-9', 'Tilskudd', 150, 'Åpen', null],
        ['P-9', 'Lån', 200, 'Åpen', null],
      ]);
    });

    it('keeps a comment on the Lån row on the Lån row when the rows swap on a rerun', () => {
      const first = run([grant, loan]);
      // Row 3 is Lån: the user accepts it.
      const edited = setCell(
        setCell(first, 'Avstemming planer', 'M3', 'Akseptert'),
        'Avstemming planer',
        'N3',
        'Lån avklart',
      );
      expect(cells(run([loan, grant], edited))).toEqual([
        ['P-9', 'Lån', 200, 'Akseptert', 'Lån avklart'],
        ['P-9', 'Tilskudd', 150, 'Åpen', null],
      ]);
      // Finansieringskilde by the rule of Plan and Ref: case and surrounding spaces aside.
      const retyped = setCell(edited, 'Avstemming planer', 'G3', ' LÅN ');
      expect(cells(run([loan, grant], retyped))?.[0]).toEqual(['P-9', 'Lån', 200, 'Akseptert', 'Lån avklart']);
    });

    it('reads a sheet of the earlier 13-column layout (no Finansieringskilde) and keeps its Status and Kommentar', () => {
      const OLD_HEADERS = [
        'Alvor',
        'Kode',
        'Klasse',
        'Plan',
        'Ref',
        'År',
        'Tiltaksplan',
        'Økonomiplan',
        'Avvik',
        'Forklaring',
        'Celle økonomiplan',
        'Status',
        'Kommentar',
      ];
      // As last month's version wrote it: the frame R3 2029, then P-9 Tilskudd and P-9 Lån, told apart by row only.
      const old = applyEdits(EMPTY_WORKBOOK, [
        { kind: 'ensureSheet', sheet: 'Avstemming planer' },
        {
          kind: 'setCells',
          sheet: 'Avstemming planer',
          origin: 'A1',
          values: [
            OLD_HEADERS,
            ['error', 'frame-total', 'mismatch', null, 'R3', 2029, 3800, 3500, 300, 'x', null, 'Akseptert', 'K-sak'],
            [
              'warning',
              'economy-plan-line-unmatched',
              'mismatch',
              null,
              'P-9',
              null,
              0,
              150,
              -150,
              'x',
              null,
              'Åpen',
              null,
            ],
            [
              'warning',
              'economy-plan-line-unmatched',
              'mismatch',
              null,
              'P-9',
              null,
              0,
              200,
              -200,
              'x',
              null,
              'Rettet',
              'Lån',
            ],
          ],
        },
        { kind: 'createTable', sheet: 'Avstemming planer', name: 'tblAvstemmingPlaner', ref: 'A1:M4' },
      ]);
      const next = run([consolidation.items[0]!, grant, loan], old);
      expect(sheetOf(next)?.values[0]?.[6]).toBe('Finansieringskilde');
      // Every Status and Kommentar back on its row, in the new columns; nothing left over below the items.
      expect(
        sheetOf(next)
          ?.values.slice(1)
          .map((r) => [r[4], r[6], r[12], r[13]]),
      ).toEqual([
        ['R3', null, 'Akseptert', 'K-sak'],
        ['P-9', 'Tilskudd', 'Åpen', null],
        ['P-9', 'Lån', 'Rettet', 'Lån'],
      ]);
      expect(next.tables.find((t) => t.name === 'tblAvstemmingPlaner')?.ref).toBe('A1:N4');
      // The same sheet found by its headers, without the table (a user who converted it to a range).
      const range = { ...old, tables: [] };
      expect(cells(run([consolidation.items[0]!, grant, loan], range))?.slice(1)).toEqual([
        ['P-9', 'Tilskudd', 150, 'Åpen', null],
        ['P-9', 'Lån', 200, 'Rettet', 'Lån'],
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
