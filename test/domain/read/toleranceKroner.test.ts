/**
 * Toleranse typed as text naming kroner (SPEC §3: an amount in Beløpsenhet; §7: a trailing kr) in a plan of
 * another unit: read in kroner, said so, and converted to that amount in the plan's unit — never 1000 times wider.
 * By hand: «500 kroner» = 500 kr = 0,5 in 1000 kr = 0,0005 in mill kr; «kr 2 000» in 1000 kr = 2 000 kr = 2.
 */
import { planTextAmounts } from '../../../src/domain/measureEdits/textAmounts';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { readSettings } from '../../../src/domain/read/settings';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import { renderFinding } from '../../../src/i18n';
import { canonicalSnapshot } from '../../helpers/workbook';

const read = (unit: Unit, tolerance: CellValue) =>
  readSettings(canonicalSnapshot({ unit, settings: { Toleranse: tolerance } }), 2027);

describe('Toleranse naming kroner', () => {
  it.each<[Unit, CellValue, number]>([
    ['1000 kr', '500 kroner', 500],
    ['1000 kr', 'kr 2 000', 2_000],
    ['1000 kr', '500 kr', 500],
    ['mill kr', 'NOK 500', 500],
    ['kr', '500 kroner', 500],
    // No kroner word: the number in Beløpsenhet, as before.
    ['1000 kr', '0,5', 500],
    ['1000 kr', '500', 500_000],
  ])('%s, «%s» is %d kr', (unit, value, kroner) => {
    expect(read(unit, value).settings.tolerance).toBe(kroner);
  });

  it('says it was read in kroner and what to type in the plan’s unit (nb, nn, en)', () => {
    const { findings } = read('1000 kr', '500 kroner');
    expect(findings.map((f) => [f.code, f.cell, f.params.reason, f.params.read])).toEqual([
      ['amount-text', 'B7', 'setting-kroner', 500],
    ]);
    const f = findings[0]!;
    expect(renderFinding(f, 'nb', '1000 kr')).toContain(
      'Verdien nevner kroner og er lest i kroner: 0,5 i 1000 kr. Skriv 0,5 som et tall',
    );
    expect(renderFinding(f, 'nn', '1000 kr')).toContain('er lesen i kroner: 0,5 i 1000 kr. Skriv 0,5 som eit tal');
    expect(renderFinding(f, 'en', '1000 kr')).toContain('is read in kroner: 0,5 in 1000 kr. Type 0,5 as a number');
  });

  it('a kr plan reads it the same either way: the plain message', () => {
    expect(read('kr', '500 kroner').findings.map((f) => f.params.reason)).toEqual(['setting']);
  });

  it.each<[Unit, number]>([
    ['1000 kr', 0.5],
    ['mill kr', 0.0005],
  ])('converted to a number in %s: %d, the 500 kr it was read as', (unit, number) => {
    const wb = canonicalSnapshot({ unit, settings: { Toleranse: '500 kroner' } });
    const { findings } = readPlan(wb, { defaultStartYear: 2027 });
    const edits = planTextAmounts(wb, findings, unit);
    expect(edits.filter((e) => e.kind === 'setCells')).toEqual([
      { kind: 'setCells', sheet: 'Innstillinger', origin: 'B7', values: [[number]] },
    ]);
    const after = readPlan(applyEdits(wb, edits), { defaultStartYear: 2027 });
    expect(after.plan.settings.tolerance).toBe(500);
    expect(after.findings.filter((f) => f.code === 'amount-text')).toEqual([]);
  });
});
