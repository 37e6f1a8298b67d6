/**
 * A kept Status that no longer says what it said (docs/spec.md §10): «Akseptert» given at one Avvik is kept when the
 * Avvik changes, but the Forklaring says what was accepted and what is there now; «Rettet» on an item still off says so.
 * Amounts computed by hand in the workbook unit, 1000 kr: 5 000 kr is «5», 5 000 000 kr is «5 000» (nb-NO, no-break
 * space grouping).
 */
import { kr } from '../../../src/domain/model/money';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import type { Edit } from '../../../src/domain/model/edits';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { miljoteamPlan, newMoneyItem } from '../../helpers/reconciliationSheet';

const { wb, plan } = miljoteamPlan(false);
const nb = reconciliationSheetText('nb', '1000 kr');

/** D-001 2029 with Δ = `difference` kr (the economy plan 1 200 000 kr, the measure that plus Δ). */
const item = (difference: number, over: Partial<ReconciliationItem> = {}): ReconciliationItem =>
  newMoneyItem({
    measures: kr(1_200_000 + difference),
    difference: kr(difference),
    cells: { measures: 'Tiltak drift!J2', economyPlan: 'Økonomiplan!I4' },
    ...over,
  });

const rowsOf = (edits: readonly Edit[]) => {
  const body = edits.find((e) => e.kind === 'setCells' && e.origin === 'A2');
  return body?.kind === 'setCells' ? body.values : [];
};
/** Avstemming after a run of `items` over `from`. */
const run = (from: WorkbookSnapshot, items: ReconciliationItem[], texts = nb) =>
  applyEdits(from, editsOf(planReconciliation(items, plan, from, texts)));
/** The first row's Avvik (K), Forklaring (L) and Status (O) as a run of `items` over `from` writes them. */
const firstRow = (from: WorkbookSnapshot, items: ReconciliationItem[], texts = nb) => {
  const row = rowsOf(editsOf(planReconciliation(items, plan, from, texts)))[0] ?? [];
  return { avvik: row[10], forklaring: String(row[11]), status: row[14] };
};

const ACCEPTED_5_NOW_5000 = 'Akseptert ved avvik 5; avviket er nå 5\u00a0000 — vurder på nytt.';

describe('a kept «Akseptert» whose Avvik has changed', () => {
  // Last month: Δ 5 000 kr (Avvik 5 in 1000 kr), and she accepted it.
  const accepted = setCell(run(wb, [item(5_000)]), 'Avstemming', 'O2', 'Akseptert');

  it('keeps the Status, and the Forklaring says what was accepted and what the Avvik is now', () => {
    const now = firstRow(accepted, [item(5_000_000)]);
    expect(now.status).toBe('Akseptert');
    expect(now.avvik).toBe(5000);
    expect(now.forklaring.startsWith(ACCEPTED_5_NOW_5000)).toBe(true);
  });

  it('says nothing when the Avvik is the one accepted', () => {
    const same = firstRow(accepted, [item(5_000)]);
    expect(same.status).toBe('Akseptert');
    expect(same.forklaring).not.toContain('Akseptert ved');
  });

  it('still says it on the next run (the accepted Avvik is read back from the note), until she clears the Forklaring', () => {
    const changed = run(accepted, [item(5_000_000)]);
    expect(firstRow(changed, [item(5_000_000)]).forklaring.startsWith(ACCEPTED_5_NOW_5000)).toBe(true);
    // Back to the 5 she accepted: nothing to look at again.
    expect(firstRow(changed, [item(5_000)]).forklaring).not.toContain('Akseptert ved');
    // She has looked at it and accepts 5 000: she empties the Forklaring cell.
    const reaccepted = setCell(changed, 'Avstemming', 'L2', null);
    expect(firstRow(reaccepted, [item(5_000_000)]).forklaring).not.toContain('Akseptert ved');
  });

  it('is remembered while the item is gone (its row kept below the items, without amounts) and compared when it returns', () => {
    const gone = run(accepted, []);
    const kept = rowsOf(editsOf(planReconciliation([], plan, accepted, nb)))[0] ?? [];
    expect([kept[10], kept[14]]).toEqual([null, 'Akseptert']);
    expect(String(kept[11]).endsWith(' Akseptert ved avvik 5 (1000 kr).')).toBe(true);
    // Run after run while it is gone, then back with another Avvik, or with the one accepted.
    const stillGone = run(gone, []);
    expect(firstRow(stillGone, [item(5_000_000)]).forklaring.startsWith(ACCEPTED_5_NOW_5000)).toBe(true);
    expect(firstRow(stillGone, [item(5_000)]).forklaring).not.toContain('Akseptert ved');
  });

  it('says nothing once the item matches, or is within the tolerance (an info: no difference left to accept)', () => {
    const changed = run(accepted, [item(5_000_000)]);
    const match = item(0, { class: 'match', severity: 'info' });
    expect(firstRow(accepted, [match]).forklaring).not.toContain('Akseptert ved');
    // Also after a note of an earlier run: 400 kr is within a Toleranse of 500 kr, so an info.
    expect(firstRow(changed, [item(400, { class: 'rounding', severity: 'info' })]).forklaring).not.toContain(
      'Akseptert ved',
    );
  });

  it('says how to accept the Avvik now there: empty the Forklaring cell (nb, nn, en)', () => {
    const now = (lang: 'nb' | 'nn' | 'en') =>
      firstRow(accepted, [item(5_000_000)], reconciliationSheetText(lang, '1000 kr')).forklaring;
    expect(now('nb')).toContain(`${ACCEPTED_5_NOW_5000} Tøm Forklaring-cellen for å godta 5\u00a0000. `);
    expect(now('nn')).toContain('vurder på nytt. Tøm Forklaring-cella for å godta 5\u00a0000. ');
    expect(now('en')).toContain('review it. Empty the Forklaring cell to accept 5\u00a0000. ');
  });

  it('Status «Åpen» for a run, then «Akseptert» again, accepts the Avvik now there as well', () => {
    const changed = run(accepted, [item(5_000_000)]);
    const reopened = run(setCell(changed, 'Avstemming', 'O2', 'Åpen'), [item(5_000_000)]);
    expect(firstRow(reopened, [item(5_000_000)]).forklaring).not.toContain('Akseptert ved');
    const again = setCell(reopened, 'Avstemming', 'O2', 'Akseptert');
    expect(firstRow(again, [item(5_000_000)]).forklaring).not.toContain('Akseptert ved');
    // What is accepted now is 5 000 (5 000 000 kr): a later 6 000 is named against it.
    expect(firstRow(again, [item(6_000_000)]).forklaring).toMatch(
      /^Akseptert ved avvik 5\u00a0000; avviket er nå 6\u00a0000 — vurder på nytt\./,
    );
  });

  it('reads the note back in any language it was written in', () => {
    const inEnglish = run(accepted, [item(5_000_000)], reconciliationSheetText('en', '1000 kr'));
    expect(firstRow(inEnglish, [item(5_000_000)]).forklaring.startsWith(ACCEPTED_5_NOW_5000)).toBe(true);
  });

  it('is written in nynorsk and English too', () => {
    const nn = firstRow(accepted, [item(5_000_000)], reconciliationSheetText('nn', '1000 kr'));
    expect(nn.forklaring.startsWith('Akseptert ved avvik 5; avviket er no 5\u00a0000 — vurder på nytt.')).toBe(true);
    const en = firstRow(accepted, [item(5_000_000)], reconciliationSheetText('en', '1000 kr'));
    expect(
      en.forklaring.startsWith('Accepted at a difference of 5; the difference is now 5\u00a0000 — review it.'),
    ).toBe(true);
  });
});

describe('a kept «Rettet» on an item still off', () => {
  const fixed = setCell(run(wb, [item(600_000)]), 'Avstemming', 'O2', 'Rettet');

  it('keeps the Status, and the Forklaring says the Avvik is still there', () => {
    const still = firstRow(fixed, [item(600_000)]);
    expect(still.status).toBe('Rettet');
    expect(still.forklaring.startsWith('Merket Rettet, men avviket er fortsatt 600 — kontroller rettingen.')).toBe(
      true,
    );
  });

  it('says nothing once the item matches, or is within the tolerance (an info)', () => {
    expect(firstRow(fixed, [item(0, { class: 'match', severity: 'info' })]).forklaring).not.toContain('Rettet');
    expect(firstRow(fixed, [item(400, { class: 'rounding', severity: 'info' })]).forklaring).not.toContain('Rettet');
  });
});
