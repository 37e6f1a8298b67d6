/**
 * A `Ramme` line with Del `Investering` (docs/spec.md §6): a Ramme line is «total new money for a frame, drift only»,
 * so finance's investment frame limits no operating frame — it is listed as unmatched, its Del cell named — while a
 * Ramme line with Del empty is Drift by its type and limits its frame as before. reconcile/knownFrames.ts,
 * matchLines.ts.
 */
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { explainReconciliation } from '../../../src/i18n/reconciliation';
import { line, op, plan } from '../../helpers/plan';
import { byCode } from './helpers';

// D-011: 200 a year in R3, its Tiltak line at row 9.
const d011 = () => op({ id: 'D-011', row: 12, years: [200, 200, 200, 200], fullYear: 200, newMoney: 200, frame: 'R3' });
const d011Line = () => line({ row: 9, ref: 'D-011', years: [200, 200, 200, 200] });
const ramme = (row: number, part: string, years: number[]) => line({ row, part, type: 'Ramme', frame: 'R3', years });
const frameTotals = (lines: ReturnType<typeof line>[]) =>
  byCode(reconcile(plan({ operating: [d011()], economyPlan: lines }), []), 'frame-total').map((i) => [
    i.year,
    i.measures,
    i.economyPlan,
    i.class,
  ]);

describe('a Ramme line with Del Investering', () => {
  it('does not raise the operating frame: R3’s 200 a year over its Drift Ramme 100 stays a mismatch', () => {
    // By hand: R3's measures 200 000 kr a year against the Drift Ramme line's 100 000 kr; the Investering line's
    // 5 000 000 kr a year is no operating frame (with it added, 5 100 000 kr would read as within).
    const lines = [
      ramme(2, 'Drift', [100, 100, 100, 100]),
      ramme(3, 'Investering', [5000, 5000, 5000, 5000]),
      d011Line(),
    ];
    expect(frameTotals(lines)).toEqual([2027, 2028, 2029, 2030].map((y) => [y, 200_000, 100_000, 'mismatch']));
  });

  it('is listed as unmatched at its Del cell, saying that a Ramme line is drift only', () => {
    const lines = [
      ramme(2, 'Drift', [200, 200, 200, 200]),
      ramme(3, 'Investering', [5000, 5000, 5000, 5000]),
      d011Line(),
    ];
    const items = byCode(
      reconcile(plan({ operating: [d011()], economyPlan: lines }), []),
      'economy-plan-line-unmatched',
    );
    // 4 × 5 000 thousand = 20 000 000 kr; Del is column A.
    expect(items.map((i) => [i.economyPlan, i.investmentFrame, i.cells.economyPlan])).toEqual([
      [20_000_000, true, 'Økonomiplan!A3'],
    ]);
    const nb = explainReconciliation(items[0]!, 'nb', '1000 kr');
    expect(nb).toMatch(
      /^Rammelinjen i Økonomiplan!A3 \(20.000\) har Del Investering, men Linjetype Ramme gjelder bare drift/,
    );
    expect(nb).toContain('velg Del Drift');
    expect(explainReconciliation(items[0]!, 'en', '1000 kr')).toContain('but a frame line is for operating costs only');
  });

  it('leaves a frame without a Drift Ramme line compared with its Tiltak lines', () => {
    // By hand: no Ramme line limits R3, so its measures (200) are compared with its Tiltak line (200): a match, not
    // 200 within 5 000.
    const lines = [ramme(3, 'Investering', [5000, 5000, 5000, 5000]), d011Line()];
    expect(frameTotals(lines)).toEqual([2027, 2028, 2029, 2030].map((y) => [y, 200_000, 200_000, 'match']));
  });

  it('is unlike a Ramme line with Del empty, which is Drift by its type and limits R3', () => {
    const lines = [ramme(2, '', [100, 100, 100, 100]), d011Line()];
    expect(frameTotals(lines)).toEqual([2027, 2028, 2029, 2030].map((y) => [y, 200_000, 100_000, 'mismatch']));
    expect(
      byCode(reconcile(plan({ operating: [d011()], economyPlan: lines }), []), 'economy-plan-line-unmatched'),
    ).toEqual([]);
  });
});
