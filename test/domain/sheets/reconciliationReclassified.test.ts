/**
 * A kept «Akseptert» given to one class of difference is not kept silently for a graver one (docs/spec.md §10): a
 * timing difference (Periodisering, a warning) accepted, and after a roll the same Avvik is a mismatch (Avvik, an
 * error). The Forklaring says what was accepted and what it is now, on Avstemming and «Avstemming planer» alike.
 * Amounts in 1000 kr: −200 000 kr is «−200».
 */
import { kr } from '../../../src/domain/model/money';
import { readPlan } from '../../../src/domain/read/plan';
import { planReconciliation } from '../../../src/domain/sheets/reconciliation';
import { planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { reconciliationSheetText } from '../../../src/i18n/sheets';
import { consolidationSheetText } from '../../../src/i18n/consolidation';
import type { Consolidation, ConsolidationItem } from '../../../src/domain/model/consolidation';
import type { ReconciliationItem } from '../../../src/domain/model/reconciliation';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';

const wb = canonicalSnapshot({
  operating: [{ ID: 'D-005', Tiltak: 'Leirskole', Rammeområde: '2', Kostnadsstatus: 'Beregnet' }],
});
const plan = readPlan(wb, { defaultStartYear: 2027 }).plan;

/** D-005 2030 with Δ −200 000 kr: a mismatch (error) unless `over` says otherwise. */
const item = (over: Partial<ReconciliationItem> = {}): ReconciliationItem => ({
  code: 'measure-new-money',
  class: 'mismatch',
  severity: 'error',
  ref: 'D-005',
  measureId: 'D-005',
  year: 2030,
  measures: kr(1_000_000),
  economyPlan: kr(1_200_000),
  difference: kr(-200_000),
  cells: { measures: 'Tiltak drift!K2', economyPlan: 'Økonomiplan!J4' },
  ...over,
});
const timing = item({ class: 'timing', severity: 'warning' });

const run = (from: WorkbookSnapshot, items: ReconciliationItem[], lang: 'nb' | 'nn' | 'en' = 'nb') =>
  applyEdits(from, editsOf(planReconciliation(items, plan, from, reconciliationSheetText(lang, '1000 kr'))));
/** Row 2's Forklaring (L) and Status (O). */
const row2 = (w: WorkbookSnapshot) => {
  const r = w.sheets.find((s) => s.sheet === 'Avstemming')?.values[1] ?? [];
  return { forklaring: String(r[11]), status: r[14] };
};

const NB = 'Akseptert som Periodisering; nå Avvik — vurder på nytt. Tøm Forklaring-cellen for å godta.';

describe('Avstemming: «Akseptert» given to a timing difference, now a mismatch at the same Avvik', () => {
  const accepted = setCell(run(wb, [timing]), 'Avstemming', 'O2', 'Akseptert');

  it('keeps the Status, and the Forklaring says it was accepted as Periodisering and is now Avvik', () => {
    const now = row2(run(accepted, [item()]));
    expect(now.status).toBe('Akseptert');
    expect(now.forklaring.startsWith(`${NB} `)).toBe(true);
  });

  it('says nothing while the class is the one accepted, or when the new class is no graver', () => {
    expect(row2(run(accepted, [timing])).forklaring).not.toContain('Akseptert som');
    // Accepted as a mismatch (an error), now a timing difference (a warning): less grave, nothing to look at.
    const asMismatch = setCell(run(wb, [item()]), 'Avstemming', 'O2', 'Akseptert');
    expect(row2(run(asMismatch, [timing])).forklaring).not.toContain('Akseptert som');
  });

  it('still says it on the next run (the class is read back from the note), until she clears the Forklaring', () => {
    const noted = run(accepted, [item()]);
    expect(row2(run(noted, [item()])).forklaring.startsWith(`${NB} `)).toBe(true);
    const cleared = setCell(noted, 'Avstemming', 'L2', null);
    expect(row2(run(cleared, [item()])).forklaring).not.toContain('Akseptert som');
  });

  it('reads the Klasse and the note in any language (written in English, read in bokmål)', () => {
    const inEnglish = setCell(run(wb, [timing], 'en'), 'Avstemming', 'O2', 'Akseptert');
    expect(row2(run(inEnglish, [item()])).forklaring.startsWith(`${NB} `)).toBe(true);
    const notedInEnglish = run(accepted, [item()], 'en');
    expect(row2(notedInEnglish).forklaring).toMatch(
      /^Accepted as Timing; now Mismatch — review it\. Empty the Forklaring cell to accept it\. /,
    );
    expect(row2(run(notedInEnglish, [item()])).forklaring.startsWith(`${NB} `)).toBe(true);
  });

  it('says both when the Avvik changed too: first the class, then the Avvik', () => {
    // Now −500 000 kr («−500») as a mismatch: both the class and the Avvik differ from what was accepted.
    const both = row2(run(accepted, [item({ measures: kr(700_000), difference: kr(-500_000) })]));
    expect(
      both.forklaring.startsWith(`${NB} Akseptert ved avvik \u2212200; avviket er nå \u2212500 — vurder på nytt.`),
    ).toBe(true);
  });

  it('is written in nynorsk', () => {
    expect(row2(run(accepted, [item()], 'nn')).forklaring).toMatch(
      /^Akseptert som Periodisering; no Avvik — vurder på nytt\. Tøm Forklaring-cella for å godta\. /,
    );
  });
});

describe('«Avstemming planer»: the same note', () => {
  const YEARS = [2027, 2028, 2029, 2030];
  const nb = consolidationSheetText('nb', '1000 kr', YEARS);
  const frame = (over: Partial<ConsolidationItem> = {}): ConsolidationItem => ({
    code: 'frame-total',
    class: 'mismatch',
    severity: 'error',
    ref: 'R3',
    year: 2030,
    measures: kr(3_300_000),
    economyPlan: kr(3_500_000),
    difference: kr(-200_000),
    cells: { economyPlan: 'Økonomiplan!J7' },
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
  const runC = (from: WorkbookSnapshot, items: ConsolidationItem[]) => {
    const planned = planConsolidationSheet(consolidation(items), from, nb);
    if (!planned.ok) throw new Error('blocked');
    return applyEdits(from, planned.edits);
  };
  const rowC = (w: WorkbookSnapshot) => {
    const r = w.sheets.find((s) => s.sheet === 'Avstemming planer')?.values[1] ?? [];
    return { forklaring: String(r[10]), status: r[12] };
  };

  it('accepted as Periodisering, now Avvik at the same −200: the Forklaring says so', () => {
    const before = runC(EMPTY_WORKBOOK, [frame({ class: 'timing', severity: 'warning' })]);
    const accepted = setCell(before, 'Avstemming planer', 'M2', 'Akseptert');
    const now = rowC(runC(accepted, [frame()]));
    expect(now.status).toBe('Akseptert');
    expect(now.forklaring.startsWith(`${NB} `)).toBe(true);
  });
});
