/**
 * The items about a plan as a whole (period-mismatch, tolerance-differs, …) are no comparison of amounts:
 * shown with the class «Avvik» and an Avvik of 0 (or the difference of two tolerances, −1), a reader takes them
 * for a money gap. The report shows neither class nor amount for them (the Sammenligning and the explanation
 * say what the item is), and the class counts count only comparisons of amounts.
 */
import { consolidate } from '../../src/domain/consolidate/consolidate';
import type { Plan } from '../../src/domain/model/plan';
import { planConsolidationSheet } from '../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../src/domain/sheets/snapshotEdits';
import { consolidationSheetText } from '../../src/i18n/consolidation';
import { consolidationDocument } from '../../src/report/consolidationDocument';
import type { Block } from '../../src/report/document';
import { line } from '../helpers/plan';
import { boligsosial, economy, input, kulturOtherPeriod } from '../domain/consolidate/helpers';

// Boligsosial (Toleranse 0) against its own line, 100 / 300 / 300 / 300, under the economy plan's Toleranse
// 1 000 kr: tolerance-differs (0 against 1 000). Kulturplan is 2028–2031: period-mismatch. The frame R3 (no Ramme
// line) is Boligsosial's 100 / 300 / 300 / 300 against the same line: four matches.
const kultur: Plan = kulturOtherPeriod();
const lines = [
  line({ row: 2, ref: 'D-001', frame: 'R3', plan: 'Boligsosial handlingsplan', years: [100, 300, 300, 300] }),
];
const { consolidation } = consolidate(
  [input('bolig.xlsx', boligsosial()), input('kultur.xlsx', kultur)],
  economy(lines, 1000),
);
const doc = consolidationDocument({ results: [], consolidation, economyIssues: [] }, 'nb');
const table = (first: string): Extract<Block, { kind: 'table' }> => {
  const t = doc.blocks.find((b) => b.kind === 'table' && b.headers[0] === first);
  if (t?.kind !== 'table') throw new Error(`no table ${first}`);
  return t;
};

describe('items about a plan as a whole (SPEC §15)', () => {
  it('the items are as worked out: period-mismatch, tolerance-differs, four matching frame years', () => {
    expect(consolidation.items.map((i) => [i.code, i.class, i.difference])).toEqual([
      ['period-mismatch', 'mismatch', 0],
      ['tolerance-differs', 'mismatch', -1000],
      ...[0, 0, 0, 0].map((d) => ['frame-total', 'match', d]),
    ]);
  });

  it('the items table shows no class and no Avvik for them', () => {
    const rows = table('Alvor').rows;
    // Alvor, Klasse, Sammenligning, Plannavn, Ref, År, Celle, Avvik, Forklaring: no economy plan cell either.
    expect(rows.map((r) => r.slice(0, 8))).toEqual([
      ['Feil', '', 'Annen planperiode', 'Kulturplan', 'kultur.xlsx', '', '', ''],
      ['Advarsel', '', 'Ulik toleranse', 'Boligsosial handlingsplan', 'bolig.xlsx', '', '', ''],
    ]);
    // What the item is stays in its explanation: the tolerances, 0 and 1 (1000 kr).
    expect(rows[1]?.[8]).toContain('har Toleranse 0, økonomiplanen 1 (beløp i 1000 kr)');
  });

  it('the class counts count comparisons of amounts only: Samsvar 4, no Avvik', () => {
    expect(table('Klasse').rows).toEqual([['Samsvar', '4']]);
  });

  it('«Avstemming planer» leaves Klasse and the amounts empty for them', () => {
    const plan = planConsolidationSheet(
      consolidation,
      EMPTY_WORKBOOK,
      consolidationSheetText('nb', '1000 kr', consolidation.years),
    );
    if (!plan.ok) throw new Error('blocked');
    const sheet = applyEdits(EMPTY_WORKBOOK, plan.edits).sheets.find((s) => s.sheet === 'Avstemming planer');
    const head = sheet?.values[0] ?? [];
    const col = (h: string) => head.indexOf(h);
    const cells = (r: number) =>
      ['Kode', 'Klasse', 'Tiltaksplan', 'Økonomiplan', 'Avvik'].map((h) => sheet?.values[r]?.[col(h)] ?? null);
    expect(cells(1)).toEqual(['Annen planperiode', null, null, null, null]);
    expect(cells(2)).toEqual(['Ulik toleranse', null, null, null, null]);
    // A frame year keeps its class and amounts: 100 against 100 (thousands).
    expect(cells(3)).toEqual(['Nye midler per rammeområde', 'Samsvar', 100, 100, 0]);
  });
});
