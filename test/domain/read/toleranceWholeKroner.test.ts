/**
 * A Toleranse finer than a krone (SPEC §3, §10: within tolerance when |Δ| ≤ Toleranse). Every Δ is whole kroner
 * (§7), so a Toleranse allows its whole kroner and nothing more: «0,5» in a kr workbook allows a Δ of 0 only. It was
 * rounded like an amount (half away from zero, to 1 kr), which classed a 1 kr difference as rounding. And the figure
 * a consolidation's tolerance-differs advises typing (i18n/consolidation.ts: formatAmount of the other workbook's
 * kroner, «0,5» in a 1000 kr economy plan for a kr plan's 500) reads back as those kroner exactly, in every unit.
 */
import fc from 'fast-check';
import { checkSnapshot } from '../../../src/domain/check';
import { limitToKr, kr, type Unit } from '../../../src/domain/model/money';
import { formatAmount, parseNorwegianNumber } from '../../../src/domain/model/norwegianNumber';
import type { Finding } from '../../../src/domain/model/finding';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readSettings } from '../../../src/domain/read/settings';
import { economyLine, operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

describe('a Toleranse with a part of a krone', () => {
  it.each<[Unit, CellValue, number]>([
    ['kr', 0.5, 0],
    ['kr', '0,5', 0],
    ['kr', 0.99, 0],
    ['kr', 2.5, 2],
    ['kr', 3, 3],
    ['1000 kr', 0.0005, 0], // 0,5 kr
    ['1000 kr', 0.0015, 1], // 1,5 kr
    ['1000 kr', 0.5, 500],
    ['mill kr', 0.000001, 1],
    ['mill kr', 0.0000025, 2], // 2,5 kr
    ['mill kr', 0.005, 5000],
  ])('in %p, %p allows %p kr (its whole kroner, never rounded up)', (unit, typed, kroner) => {
    expect(readSettings(canonicalSnapshot({ unit, settings: { Toleranse: typed } }), 2026).settings.tolerance).toBe(
      kroner,
    );
  });

  // kr workbook: D-001's new money in 2029 is 1 800 kr, the economy plan's line 1 801 kr: Δ = −1 kr.
  const classOf = (tolerance: CellValue) =>
    checkSnapshot(
      canonicalSnapshot({
        unit: 'kr',
        settings: { Toleranse: tolerance },
        operating: [operatingRow()],
        economyPlan: [economyLine({ '2029': 1801 })],
      }),
      { file: 'plan.xlsx', defaultStartYear: 2027, render: (f: Finding) => f.code },
    ).report.reconciliation.find((i) => i.code === 'measure-new-money' && i.year === 2029)?.class;

  it('in a kr workbook, «0,5» leaves a 1 kr difference a mismatch (|−1| > 0,5); «1» makes it rounding', () => {
    expect(classOf(0.5)).toBe('mismatch');
    expect(classOf(1)).toBe('rounding');
  });
});

describe('the Toleranse a consolidation advises typing (formatAmount of kroner in the workbook’s unit)', () => {
  it('reads back as the same kroner in every unit: what it suggests is valid there', () => {
    const units: Unit[] = ['kr', '1000 kr', 'mill kr'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), fc.constantFrom(...units), (kroner, unit) => {
        const typed = parseNorwegianNumber(formatAmount(kr(kroner), unit));
        expect(typed).not.toBeNull();
        expect(limitToKr(typed ?? -1, unit)).toBe(kroner);
      }),
    );
  });

  it('advises whole kroner to a kr workbook and «0,5» to a 1000 kr one for 500 kr', () => {
    expect(formatAmount(kr(500), 'kr')).toBe('500');
    expect(formatAmount(kr(500), '1000 kr')).toBe('0,5');
  });
});
