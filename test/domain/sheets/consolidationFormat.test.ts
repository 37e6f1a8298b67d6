/**
 * «Avstemming planer» shows every amount as the report does (SPEC §15, §7): a plan in kr has new money to the
 * krone, so in an economy plan in 1000 kr its frame totals can hold parts of a thousand, which the sheet's
 * whole-thousand format would round away (an Avvik of 400 kr shown as 0 on an error row).
 */
import { planConsolidationSheet } from '../../../src/domain/sheets/consolidation';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import type { Consolidation } from '../../../src/domain/model/consolidation';
import type { ConsolidationSheetText } from '../../../src/domain/model/consolidationColumns';
import { kr } from '../../../src/domain/model/money';
import { formatAmount } from '../../../src/domain/model/norwegianNumber';

const texts: ConsolidationSheetText = {
  explain: (i) => `forklaring ${i.ref}`,
  severity: (s) => s,
  code: (c) => c,
  class: (c) => c,
  codeOf: (t) => t,
  kept: (reason) => reason,
  review: (r) => `review:${r.kind}`,
  acceptedIn: () => null,
  classOf: () => null,
  acceptedAsIn: () => null,
};

// R3 in 2030: a plan in kr has 1 000 400 kr of new money in the frame, the Ramme line 1 000 thousand: over it by
// 400 kr, a mismatch under Toleranse 0. R1 in 2030: 250 000 against 300 000, whole thousands.
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
      year: 2030,
      measures: kr(1_000_400),
      economyPlan: kr(1_000_000),
      difference: kr(400),
      cells: { economyPlan: 'Økonomiplan!J7' },
    },
    {
      code: 'frame-total',
      class: 'match',
      severity: 'info',
      ref: 'R1',
      year: 2030,
      measures: kr(250_000),
      economyPlan: kr(300_000),
      difference: kr(-50_000),
      cells: { economyPlan: 'Økonomiplan!J8' },
    },
  ],
  summary: { errors: 1, warnings: 0, infos: 1 },
};

/** What Excel shows for `value` under `format` (the two formats the sheet uses: whole, or 1 to 3 decimals). */
function shown(value: number, format: string | null | undefined): string {
  const decimals = format === '#,##0' ? 0 : (format?.split('.')[1]?.length ?? 0);
  const min = format?.includes('.0') ? 1 : 0;
  return new Intl.NumberFormat('nb-NO', { minimumFractionDigits: min, maximumFractionDigits: decimals }).format(value);
}

describe('«Avstemming planer»: amounts as the report shows them', () => {
  const wb = () => {
    const plan = planConsolidationSheet(consolidation, EMPTY_WORKBOOK, texts);
    if (!plan.ok) throw new Error('blocked');
    const out = applyEdits({ sheets: [], tables: [] }, plan.edits);
    return out.sheets.find((s) => s.sheet === 'Avstemming planer');
  };

  it('shows 1 000,4 and 0,4 thousand (the report’s figures), not 1 000 and 0', () => {
    const sheet = wb();
    const row = sheet?.values[1];
    const formats = sheet?.numberFormats?.[1];
    // Tiltaksplan, Økonomiplan and Avvik are the 8th to 10th columns (H, I, J).
    const cells = [7, 8, 9].map((c) => shown(row?.[c] as number, formats?.[c]));
    expect(cells).toEqual(['1 000,4', '1 000', '0,4'].map((t) => t.replace(' ', '\u00a0')));
    // The report's own figures, for comparison: 1 000,4 / 1 000 / 0,4.
    expect([kr(1_000_400), kr(1_000_000), kr(400)].map((a) => formatAmount(a, '1000 kr'))).toEqual(cells);
  });

  it('keeps whole thousands in the whole-thousand format', () => {
    const sheet = wb();
    expect(sheet?.values[2]?.slice(7, 10)).toEqual([250, 300, -50]);
    expect(sheet?.numberFormats?.[2]?.slice(7, 10)).toEqual(['#,##0', '#,##0', '#,##0']);
  });
});
