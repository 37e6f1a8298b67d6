/**
 * Review r9 of 3e74bd6: Sammendrag's note (A7) says the totals follow the tables through their formulas «unntatt de
 * grå tallene i Drift per seksjon (Samfunn og tjenester, Alle seksjoner); …». In a row written as values, the Sum
 * periode cell is not grey: it is =SUM(B10:E10), a formula over the row's grey year values, so it does not follow the
 * tables either. A user who edits D-003 in Excel sees F10 stay as it was, though neither grey nor named as a value.
 *
 * Repro: new p.xlsx --example; type D-003's 2027 amount (Tiltak drift!H4, 350) as the text «350»; check --write. F10 =
 * SUM(B10:E10) with no fill, B10:E10 grey values. Fixed when every amount cell of a row the note names is grey (a
 * value) or a formula over a measure table (tbl…), so that «the grey figures» are exactly the ones that do not follow.
 *
 * By hand: Samfunn og tjenester's Sum periode is D-001 6 000 + D-002 300 + D-003 2 450 + D-005 2 800 = 11 550.
 */
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { summaryDraft } from '../../../src/domain/sheets/summary';
import { formulaMisses } from '../../../src/domain/sheets/summaryMisses';
import { computeTotals } from '../../../src/domain/totals/totals';
import { summaryText } from '../../../src/i18n/sheets';
import { setCell } from '../../helpers/workbook';
import type { DraftCell } from '../../../src/domain/sheets/summarySheet';

function draft() {
  const wb = setCell(snapshotFromContent(exampleContent({ startYear: 2027 })), 'Tiltak drift', 'H4', '350');
  const plan = readPlan(wb, { defaultStartYear: 2027 }).plan;
  const totals = computeTotals(plan);
  return summaryDraft(plan, totals, summaryText('nb'), formulaMisses(plan, totals, wb));
}

/** Whether a cell follows the tables: a formula that reads a measure table. */
const live = (c: DraftCell): boolean =>
  typeof c.input === 'object' && c.input !== null && 'formula' in c.input && /tbl/.test(String(c.input.formula));

describe('Sammendrag A7: every figure of a named row that is not grey follows the tables (review r9)', () => {
  test('the Sum periode of a row written as values is grey, or a formula over the table', () => {
    const rows = draft();
    const note = String(rows[6]?.[0]?.input ?? '');
    expect(note).toContain('Drift per seksjon (Samfunn og tjenester, Alle seksjoner)');
    const row = rows.find((r) => r[0]?.input === 'Samfunn og tjenester');
    const period = row?.[5];
    // Column F of the operating block is Sum periode (A label, B–E the years 2027–2030).
    expect(period?.expected ?? period?.input).toBe(11_550);
    const amounts = (row ?? []).slice(1).filter((c): c is DraftCell => c !== null && c.amount === true);
    expect(amounts.filter((c) => c.style !== 'computed' && !live(c)).map((c) => c.input)).toEqual([]);
  });
});
