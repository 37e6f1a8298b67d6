/**
 * «Avstemming planer» (SPEC §15) keeps Status by the rule of Avstemming (§10), and says what a kept Status no longer
 * says of its item as Avstemming does (docs/spec.md §10, sheets/statusReview.ts): the same notes, in the same words.
 * The economy plan in 1000 kr: 300 000 kr is «300», 500 000 kr «500».
 */
import { planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Consolidation, ConsolidationItem } from '../../../src/domain/model/consolidation';
import { kr } from '../../../src/domain/model/money';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { consolidationSheetText } from '../../../src/i18n/consolidation';
import { setCell } from '../../helpers/workbook';

const YEARS = [2027, 2028, 2029, 2030];
const nb = consolidationSheetText('nb', '1000 kr', YEARS);

/** R3 in 2029: the plans' new money against the Ramme line (3 500 000 kr), over it by `difference` kr. */
const frame = (difference: number, over: Partial<ConsolidationItem> = {}): ConsolidationItem => ({
  code: 'frame-total',
  class: 'mismatch',
  severity: 'error',
  ref: 'R3',
  year: 2029,
  measures: kr(3_500_000 + difference),
  economyPlan: kr(3_500_000),
  difference: kr(difference),
  cells: { economyPlan: 'Økonomiplan!I7' },
  ...over,
});

const consolidation = (items: ConsolidationItem[]): Consolidation => ({
  economyPlan: { file: 'okonomiplan.xlsx', unit: '1000 kr', lines: 2 },
  years: YEARS,
  plans: [],
  total: { measures: [], economyPlan: [] },
  items,
  summary: { errors: items.length, warnings: 0, infos: 0 },
});

const run = (from: WorkbookSnapshot, items: ConsolidationItem[]) => {
  const planned = planConsolidationSheet(consolidation(items), from, nb);
  if (!planned.ok) throw new Error('blocked');
  return applyEdits(from, planned.edits);
};
/** Each body row's Avvik (J), Forklaring (K) and Status (M). */
const rows = (wb: WorkbookSnapshot) =>
  (wb.sheets.find((s) => s.sheet === 'Avstemming planer')?.values.slice(1) ?? []).map((r) => ({
    avvik: r[9],
    forklaring: String(r[10]),
    status: r[12],
  }));

const ACCEPTED_300_NOW_500 =
  'Akseptert ved avvik 300; avviket er nå 500 — vurder på nytt. Tøm Forklaring-cellen for å godta 500.';

describe('«Avstemming planer»: a kept Status that no longer holds (SPEC §15 by the rule of §10)', () => {
  // Last month R3 2029 was over its line by 300 (1000 kr), and she accepted it.
  const accepted = setCell(run(EMPTY_WORKBOOK, [frame(300_000)]), 'Avstemming planer', 'M2', 'Akseptert');

  it('names the accepted Avvik and the one now, run after run, until the Avvik is back to it', () => {
    const changed = run(accepted, [frame(500_000)]);
    expect(rows(changed)[0]?.avvik).toBe(500);
    expect(rows(changed)[0]?.status).toBe('Akseptert');
    expect(rows(changed)[0]?.forklaring.startsWith(`${ACCEPTED_300_NOW_500} `)).toBe(true);
    expect(rows(run(changed, [frame(500_000)]))[0]?.forklaring.startsWith(ACCEPTED_300_NOW_500)).toBe(true);
    expect(rows(run(changed, [frame(300_000)]))[0]?.forklaring).not.toContain('Akseptert ved');
    // She empties Forklaring (K2): 500 is accepted.
    const cleared = setCell(changed, 'Avstemming planer', 'K2', null);
    expect(rows(run(cleared, [frame(500_000)]))[0]?.forklaring).not.toContain('Akseptert ved');
  });

  it('says nothing on a match (an info)', () => {
    const match = frame(0, { class: 'match', severity: 'info' });
    expect(rows(run(accepted, [match]))[0]?.forklaring).not.toContain('Akseptert ved');
  });

  it('remembers the accepted Avvik on a row kept below the items, and compares the item with it when it returns', () => {
    const gone = run(accepted, []);
    expect(rows(gone)[0]?.forklaring.endsWith(' Akseptert ved avvik 300 (1000 kr).')).toBe(true);
    expect(rows(run(gone, [frame(500_000)]))[0]?.forklaring.startsWith(ACCEPTED_300_NOW_500)).toBe(true);
  });

  it('says «Rettet» still off on an item with its Avvik, but nothing on an item about a plan as a whole', () => {
    const fixed = setCell(accepted, 'Avstemming planer', 'M2', 'Rettet');
    expect(rows(run(fixed, [frame(300_000)]))[0]?.forklaring).toMatch(
      /^Merket Rettet, men avviket er fortsatt 300 — kontroller rettingen\. /,
    );
    // Toleranse 1 000 kr in Rusplan against 500 kr in the economy plan: two tolerances, no Avvik of money.
    const tolerance: ConsolidationItem = {
      code: 'tolerance-differs',
      class: 'mismatch',
      severity: 'warning',
      ref: '',
      plan: 'Rusplan',
      measures: kr(1_000),
      economyPlan: kr(500),
      difference: kr(500),
      cells: {},
    };
    const first = setCell(run(EMPTY_WORKBOOK, [tolerance]), 'Avstemming planer', 'M2', 'Rettet');
    expect(rows(run(first, [tolerance]))[0]?.forklaring).not.toContain('Rettet');
  });
});
