import {
  explainConsolidation,
  consolidationCodeOf,
  consolidationCodeLabel,
  consolidationSheetText,
} from '../../src/i18n/consolidation';
import { reconciliationSheetText } from '../../src/i18n/sheets';
import { CONSOLIDATION_ITEM_CODES, type ConsolidationItem } from '../../src/domain/model/consolidation';
import { kr } from '../../src/domain/model/money';
import { LANGS } from '../../src/i18n/lang';

const item = (code: ConsolidationItem['code'], extra: Partial<ConsolidationItem> = {}): ConsolidationItem => ({
  code,
  class: 'mismatch',
  severity: 'error',
  ref: code === 'frame-total' ? 'R3' : 'x.xlsx',
  plan: 'Helse og omsorg',
  year: code === 'frame-total' ? 2029 : undefined,
  measures: kr(3_800_000),
  economyPlan: kr(3_500_000),
  difference: kr(300_000),
  planYears: [2028, 2029, 2030, 2031],
  claimants: [
    { plan: 'Boligsosial handlingsplan', measureId: 'D-001' },
    { plan: 'Helse og omsorg', measureId: 'D-002' },
  ],
  shares: [
    { plan: 'Boligsosial handlingsplan', amount: kr(1_800_000) },
    { plan: 'Helse og omsorg', amount: kr(2_000_000) },
  ],
  cells: {},
  ...extra,
});

describe('consolidation texts', () => {
  it.each(CONSOLIDATION_ITEM_CODES)('%s explains itself in every language, all placeholders filled', (code) => {
    for (const lang of LANGS) {
      const text = explainConsolidation(item(code), lang, '1000 kr', [2027, 2028, 2029, 2030]);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text.length).toBeGreaterThan(20);
      // The label reads back as the code, so Status and Kommentar survive a change of language.
      expect(consolidationCodeOf(consolidationCodeLabel(code, lang))).toBe(code);
    }
  });

  it('names both measures of an ambiguous line and each plan’s share of a frame, in the unit', () => {
    expect(explainConsolidation(item('economy-plan-line-ambiguous'), 'nb', '1000 kr', [])).toContain(
      'D-001 i «Boligsosial handlingsplan» og D-002 i «Helse og omsorg»',
    );
    expect(explainConsolidation(item('frame-total'), 'nb', 'mill kr', [])).toContain(
      'Andeler: «Boligsosial handlingsplan» 1,8, «Helse og omsorg» 2.',
    );
    expect(explainConsolidation(item('period-mismatch'), 'en', '1000 kr', [2027, 2028, 2029, 2030])).toContain(
      'covers 2028–2031, the economy plan 2027–2030',
    );
    const twice = item('plan-name-duplicate', { ref: 'helse-kopi.xlsx', sameNameAs: 'helse.xlsx' });
    expect(explainConsolidation(twice, 'nb', '1000 kr', [])).toContain(
      'helse-kopi.xlsx har samme Plannavn som helse.xlsx: «Helse og omsorg».',
    );
  });
});

describe('Forklaring of a row kept only for the user’s Status or Kommentar (SPEC §10)', () => {
  it('says what Avstemming says, naming the key of «Avstemming planer» (Kode, Plan, Ref, År, Finansieringskilde)', () => {
    // The key columns' headers as the sheet writers pass them (test/domain/sheets: from the tables' columns).
    const single4 = ['Kode', 'Ref', 'År', 'Finansieringskilde'];
    const plans5 = ['Kode', 'Plan', 'Ref', 'År', 'Finansieringskilde'];
    const consolidation = consolidationSheetText('nb', '1000 kr', [2027]);
    const single = reconciliationSheetText('nb', '1000 kr');
    expect(single.kept('vanished', single4)).toBe(
      'Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Ref, År og Finansieringskilde. ' +
        'Status og Kommentar er tatt vare på her; slett raden når den ikke trengs.',
    );
    expect(consolidation.kept('vanished', plans5)).toBe(
      'Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Plan, Ref, År og Finansieringskilde. ' +
        'Status og Kommentar er tatt vare på her; slett raden når den ikke trengs.',
    );
    expect(consolidationSheetText('en', 'kr', [2027]).kept('duplicate', plans5)).toBe(
      'Not reconciled in this run: a row above has the same Kode, Plan, Ref, År and Finansieringskilde and took the item. ' +
        "This row's Status and Kommentar are kept here; delete the row when it is no longer needed.",
    );
    expect(consolidationSheetText('nn', 'kr', [2027]).kept('vanished', plans5)).toBe(
      'Ikkje avstemt i denne køyringa: ingen post har lenger denne Kode, Plan, Ref, År og Finansieringskilde. ' +
        'Status og Kommentar er tekne vare på her; slett rada når ho ikkje trengst.',
    );
  });

  it('names a row without Kode as such, not as one whose key no item has any more', () => {
    // Its Kode header (the first key column) named; the rest of the key is never mentioned.
    const plans5 = ['Kode', 'Plan', 'Ref', 'År', 'Finansieringskilde'];
    expect(consolidationSheetText('nn', 'kr', [2027]).kept('noCode', plans5)).toBe(
      'Ikkje avstemt i denne køyringa: rada har ingen Kode og høyrer ikkje til nokon post. ' +
        'Det du skreiv på rada er teke vare på her; slett rada når ho ikkje trengst.',
    );
    expect(reconciliationSheetText('en', 'kr').kept('noCode', ['Kode', 'Ref', 'År', 'Finansieringskilde'])).toBe(
      'Not reconciled in this run: the row has no Kode and belongs to no item. ' +
        'What you typed on it is kept here; delete the row when it is no longer needed.',
    );
  });
});
