/**
 * A plan in mill kr consolidated against an economy plan in 1000 kr (SPEC §15): the explanation of a measure
 * without its line once told the plan's amounts in mill kr with no unit beside the line's in 1000 kr, under one
 * «(beløp i 1000 kr)» — «(0,6 i 2027 …; 6 i alt) … med 600 / 1 200 / 1 800 / 2 400» (e168a14). Then every amount
 * was told in 1000 kr, the plan's own figures too, beside the row's 6 in mill kr (review r16). Now the plan's figures
 * are in the report's unit, as the row beside them, and the sentence names it; the line to type is in the economy
 * plan's unit, which it names as well.
 */
import { kr } from '../../src/domain/model/money';
import type { ReconciliationItem } from '../../src/domain/model/reconciliation';
import { explainReconciliation } from '../../src/i18n/reconciliation';

// D-001's new money: 0,6 / 1,2 / 1,8 / 2,4 mill kr = 600 000 / 1 200 000 / 1 800 000 / 2 400 000 kr, 6 mill kr
// = 6 000 000 kr in all; in 1000 kr: 600 / 1 200 / 1 800 / 2 400, 6 000 in all.
const byYear = [2027, 2028, 2029, 2030].map((year, i) => ({ year, amount: kr((i + 1) * 600_000) }));
const item: ReconciliationItem = {
  code: 'measure-not-in-economy-plan',
  class: 'mismatch',
  severity: 'error',
  ref: 'D-001',
  measureId: 'D-001',
  measures: kr(6_000_000),
  economyPlan: kr(0),
  difference: kr(6_000_000),
  cells: { measures: 'Tiltak drift!Q2' },
  missingLine: { table: 'operating', ref: 'D-001', byYear, unit: '1000 kr' },
};

/** The sentence with its spaces made plain (formatAmount groups thousands with a no-break space). */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('a measure without its line, plan in mill kr, economy plan in 1000 kr', () => {
  it.each([
    [
      'nb',
      '(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt) i mill kr,',
      'med 600 / 1 200 / 1 800 / 2 400 i kolonnene 2027–2030 (beløp i 1000 kr)',
    ],
    [
      'nn',
      '(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt) i mill kr,',
      'med 600 / 1 200 / 1 800 / 2 400 i kolonnane 2027–2030 (beløp i 1000 kr)',
    ],
    [
      'en',
      '(0,6 in 2027, 1,2 in 2028, 1,8 in 2029, 2,4 in 2030; 6 in all) in mill kr',
      'with 600 / 1 200 / 1 800 / 2 400 in the columns 2027–2030 (amounts in 1000 kr)',
    ],
  ] as const)('%s: the plan’s figures in mill kr, the line to type in 1000 kr, each named', (lang, told, amounts) => {
    const text = plain(explainReconciliation(item, lang, 'mill kr'));
    expect(text).toContain(told);
    expect(text).toContain(amounts);
    expect(text).not.toMatch(/6 000/);
  });

  it('one plan against its own economy plan sheet keeps its unit (no unit of another workbook)', () => {
    const own: ReconciliationItem = { ...item, missingLine: { table: 'operating', ref: 'D-001', byYear } };
    const text = plain(explainReconciliation(own, 'nb', 'mill kr'));
    expect(text).toContain('(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt)');
    expect(text).toContain('med 0,6 / 1,2 / 1,8 / 2,4');
    expect(text).toContain('(beløp i mill kr)');
    expect(text).not.toContain('i alt) i mill kr');
  });
});

// Review r7: a sentence naming an ambiguous line (the line is there; nothing to type) names no unit, so its amounts
// are in the unit of the report's columns beside it, mill kr: 0,6 / 1,2 / 1,8 / 2,4, 6 in all (not 600 … 6 000).
describe('a measure or project whose only line is ambiguous, plan in mill kr, economy plan in 1000 kr', () => {
  const ambiguous = { ref: '14', cell: 'Økonomiplan!C3' };
  it.each([
    ['nb', 'operating', '(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt)'],
    ['nn', 'operating', '(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt)'],
    ['en', 'operating', '(0,6 in 2027, 1,2 in 2028, 1,8 in 2029, 2,4 in 2030; 6 in all)'],
    ['nb', 'investment', '(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt)'],
    ['nn', 'investment', '(0,6 i 2027, 1,2 i 2028, 1,8 i 2029, 2,4 i 2030; 6 i alt)'],
    ['en', 'investment', '(0,6 in 2027, 1,2 in 2028, 1,8 in 2029, 2,4 in 2030; 6 in all)'],
  ] as const)('%s, %s: every amount in mill kr, the unit of the columns beside it', (lang, table, told) => {
    const missingLine = { table, ref: table === 'operating' ? 'D-001' : 'P-9', byYear, unit: '1000 kr', ambiguous };
    const text = plain(explainReconciliation({ ...item, missingLine } as ReconciliationItem, lang, 'mill kr'));
    expect(text).toContain(told);
    expect(text).not.toMatch(/6 000|1000 kr/);
  });
});
