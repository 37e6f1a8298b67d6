/**
 * Nye midler ≠ 0 whose new money per year (SPEC §4: rounded to 1 000 kr in 1000 kr and mill kr, 1 kr in kr) is 0
 * in every plan year although the measure costs something in the period: without a word the measure would drop out
 * of new money per year, Sammendrag's per-year blocks and the reconciliation (SPEC §10 compares "new money per
 * year"). The check warns at the Nye midler cell (docs/spec.md §4, as built: `new-money-rounded-to-zero`).
 */
import { checkSnapshot } from '../../../src/domain/check';
import type { Finding } from '../../../src/domain/model/finding';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { renderFinding } from '../../../src/i18n/findings';
import { groupFindings } from '../../../src/i18n/groupedFindings';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const render = (f: Finding, unit: string) => `msg:${f.code}:${unit}`;
const check = (unit: '1000 kr' | 'mill kr' | 'kr', row: Record<string, CellValue>) =>
  checkSnapshot(canonicalSnapshot({ unit, operating: [operatingRow(row)] }), {
    file: 'plan.xlsx',
    defaultStartYear: 2027,
    render,
  });
const rounded = (unit: '1000 kr' | 'mill kr' | 'kr', row: Record<string, CellValue>) =>
  check(unit, row).findings.filter((f) => f.code === 'new-money-rounded-to-zero');

// An Engangs measure in mill kr: 0,12 in 2027, Endret drift 0,1196 and Nye midler 0,0004 (400 kr).
const oneOffMill = {
  Type: 'Engangs',
  '2027': 0.12,
  '2028': null,
  '2029': null,
  '2030': null,
  Helårsvirkning: 0,
  'Endret drift': 0.1196,
  'Nye midler': 0.0004,
};

describe('new money that rounds to 0 in every year', () => {
  it('mill kr: Nye midler 0,0004 (400 kr) over a base of 0,12 → 2027 gets 120 000 × 400 / 120 000 = 400 kr → 0', () => {
    const found = rounded('mill kr', oneOffMill);
    // Nye midler is column Q of the canonical layout, row 2.
    expect(found.map((f) => `${f.severity} ${f.sheet}!${f.cell} ${f.measureId ?? ''}`)).toEqual([
      'warning Tiltak drift!Q2 D-001',
    ]);
    expect(found[0]?.params).toEqual({ column: 'Nye midler', newMoney: 400 });
    // The totals count no new money in any year; the reconciliation has nothing of D-001.
    const { report } = check('mill kr', oneOffMill);
    expect(report.totals.operating.all.newMoneyByYear).toEqual({ '2027': 0, '2028': 0, '2029': 0, '2030': 0 });
  });

  it('1000 kr, a whole amount: Nye midler 1 over 1 000, years 100 → 100 000 × 1 000 / 1 000 000 = 100 kr a year → 0', () => {
    const row = {
      '2027': 100,
      '2028': 100,
      '2029': 100,
      '2030': 100,
      Helårsvirkning: 1000,
      'Endret drift': 999,
      'Nye midler': 1,
    };
    expect(rounded('1000 kr', row).map((f) => f.cell)).toEqual(['Q2']);
  });

  it('no warning when a year keeps new money: 0,0004 over four years of 0,2 → 1 600 kr → 1 000, 1 000, 0, 0', () => {
    const row = {
      '2027': 0.2,
      '2028': 0.2,
      '2029': 0.2,
      '2030': 0.2,
      Helårsvirkning: 0.2,
      'Endret drift': 0.1996,
      'Nye midler': 0.0004,
    };
    expect(rounded('mill kr', row)).toEqual([]);
    expect(check('mill kr', row).report.totals.operating.all.newMoneyByYear).toEqual({
      '2027': 1000,
      '2028': 1000,
      '2029': 0,
      '2030': 0,
    });
  });

  it('no warning for a measure that starts after the period (no cost in any plan year: nothing to round)', () => {
    const row = { '2027': 0, '2028': 0, '2029': 0, '2030': 0, Helårsvirkning: 500, 'Nye midler': 500 };
    expect(rounded('1000 kr', row)).toEqual([]);
  });

  it.each([
    [
      'nb',
      'Nye midler er 0,0004, men nye midler per år rundes av til hele tusen kroner (0,001 mill kr) og blir 0 i hvert år av perioden. Tiltaket får derfor 0 i nye midler per år i Sammendrag og i avstemmingen mot økonomiplanen. Kontroller at beløpet er skrevet i riktig enhet (mill kr).',
    ],
    [
      'nn',
      'Nye midler er 0,0004, men nye midlar per år blir runda av til heile tusen kroner (0,001 mill kr) og blir 0 i kvart år av perioden. Tiltaket får difor 0 i nye midlar per år på arket Sammendrag og i avstemminga mot økonomiplanen. Kontroller at beløpet er skrive i rett eining (mill kr).',
    ],
    [
      'en',
      'Nye midler is 0,0004, but new money per year is rounded to whole thousands of kroner (0,001 mill kr) and is 0 in every year of the period. The measure therefore has 0 new money per year in Sammendrag and in the reconciliation with the economy plan. Check that the amount is typed in the right unit (mill kr).',
    ],
  ] as const)('%s: the message names the amount and the rounding step in the unit', (lang, text) => {
    const [f] = rounded('mill kr', oneOffMill);
    expect(renderFinding(f as Finding, lang, 'mill kr')).toBe(text);
  });

  it('the amount-precision that rounds to 0 keeps its own line beside another amount-precision of the row', () => {
    // 0,1196 (→ 0,120) and 0,0004 (→ 0,000): two amount-precision warnings on row 2, O2 and Q2; the one whose
    // rounding makes the amount 0 must not be said in the row's plain «round them» line.
    const findings = check('mill kr', oneOffMill).findings.filter((f) => f.code === 'amount-precision');
    expect(findings.map((f) => f.cell)).toEqual(['O2', 'Q2']);
    expect(groupFindings(findings, 'mill kr')).toEqual([[0], [1]]);
  });
});
