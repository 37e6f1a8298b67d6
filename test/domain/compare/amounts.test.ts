/**
 * When two amounts are the same (docs/spec.md §14; domain/compare/amounts.ts), on plans typed cell by cell and
 * read as the reader reads them (SPEC §7: empty = not given, "----" = 0, "?" = a cost not known, read as empty).
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet } from '../../../src/domain/model/changeSet';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Unit } from '../../../src/domain/model/money';
import { readPlan } from '../../../src/domain/read/plan';
import { renderCompare } from '../../../src/report/compareReport';
import type { Plan } from '../../../src/domain/model/plan';
import type { Finding } from '../../../src/domain/model/finding';
import { economyLine, operatingRow } from '../../helpers/rows';
import type { CompareJson } from '../../../src/report/compareJson';
import { canonicalSnapshot } from '../../helpers/workbook';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
/** A plan typed cell by cell, with its reader's findings (where a "?" is told from a 0). */
interface Read {
  readonly plan: Plan;
  readonly findings: readonly Finding[];
}
const compare = (a: Read, b: Read): ChangeSet =>
  comparePlans(a.plan, b.plan, {
    old: { ...sides.old, findings: a.findings },
    new: { ...sides.new, findings: b.findings },
  });
const typed = (unit: Unit, row: Record<string, CellValue>): Read =>
  readPlan(canonicalSnapshot({ unit, startYear: 2027, operating: [operatingRow(row)] }), { defaultStartYear: 2027 });
/** The year changes of D-001. */
const years = (diff: ChangeSet) =>
  (diff.measures.changed[0]?.changes ?? []).filter((c) => c.field === 'years').map((c) => [c.year, c.old, c.new]);

describe('a placeholder against 0 (SPEC §7)', () => {
  // operatingRow: 600/1 200/1 800/2 400 thousand in 2027–2030. Only 2028 is retyped; the rest stays.
  const with2028 = (v: CellValue) => typed('1000 kr', { '2028': v });

  it.each([
    ['"?" replaced by 0', '?', 0, [[2028, null, 0]]],
    ['0 replaced by "?"', 0, '?', [[2028, 0, null]]],
    ['empty replaced by 0', null, 0, [[2028, null, 0]]],
    ['0 emptied', 0, null, [[2028, 0, null]]],
    ['"----" emptied (a dash is 0, empty is not given)', '----', null, [[2028, 0, null]]],
    ['"?" replaced by "----"', '?', '----', [[2028, null, 0]]],
  ])('%s is a change of 2028', (_, before, after, expected) => {
    expect(years(compare(with2028(before), with2028(after)))).toEqual(expected);
  });

  it('text shows the "?" as typed: 2028 ? → 0, and no change figure (a Δ against an unknown cost is no number)', () => {
    const text = renderCompare(compare(with2028('?'), with2028(0)), 'text', 'nb');
    // The line ends after «Nå» 0: no Endring column figure (was "0", the "?" taken as 0).
    expect(text).toMatch(/D-001 .* 2028 +\? +0 *\n/);
  });

  it('"?" → 1 500 and 1 200 → "?": text and HTML show no Δ (was 1 500 and −1 200, the "?" taken as 0)', () => {
    // Before: 2028 "?"; after: 2028 1 500 (thousand). Δ would be 1 500 − 0 = 1 500 if "?" were 0: not shown.
    const up = compare(with2028('?'), with2028(1500));
    expect(renderCompare(up, 'text', 'nb')).toMatch(/D-001 .* 2028 +\? +1\u00a0500 *\n/);
    expect(renderCompare(up, 'html', 'nb')).toContain(
      '<td>2028</td><td>?</td><td>1\u00a0500</td><td class="num"></td>',
    );
    // 1 200 (operatingRow's 2028) → "?": no −1 200.
    const down = compare(with2028(1200), with2028('?'));
    expect(renderCompare(down, 'html', 'nb')).toContain(
      '<td>2028</td><td>1\u00a0200</td><td>?</td><td class="num"></td>',
    );
    // The totals still count the "?" as 0 (SPEC §4): 2028's Δ there is −1 200; the measure's line has none.
    expect(renderCompare(down, 'text', 'nb')).toMatch(/D-001 .* 2028 +1\u00a0200 +\? *\n/);
  });

  it.each([
    ['"----" replaced by 0 (a dash is 0)', '----', 0],
    ['"?" emptied (neither gives a figure)', '?', null],
    ['1 200 kept', 1200, 1200],
  ])('%s is no change', (_, before, after) => {
    expect(compare(with2028(before), with2028(after)).measures.changed).toEqual([]);
  });
});

describe('two units with different rounding steps (SPEC §4: 1 kr in kr, 1 000 kr in 1000 kr and mill kr)', () => {
  // The adopted plan in kr; the new one typed in a coarser unit, each year the kr amount rounded to 1 000 kr,
  // half away from zero: 1 234 567 → 1 235 000; 2 000 499 → 2 000 000; 999 500 → 1 000 000; −2 500 → −3 000.
  const inKr = typed('kr', {
    '2027': 1_234_567,
    '2028': 2_000_499,
    '2029': 999_500,
    '2030': -2_500,
    Helårsvirkning: 0,
    'Nye midler': 0,
    'Felles tiltak': 0,
    'Endret drift': 3_231_066, // 1 234 567 + 2 000 499 + 999 500 − 2 500
  });
  const rounded = { '2027': 1235, '2028': 2000, '2029': 1000, '2030': -3, Helårsvirkning: 0, 'Nye midler': 0 };

  it('the same amounts rounded to 1 000 kr in 1000 kr are no change', () => {
    // Endret drift 3 231 066 kr → 3 231 (thousand): 3 231,066 rounds to 3 231.
    const diff = compare(inKr, typed('1000 kr', { ...rounded, 'Endret drift': 3231 }));
    expect(diff.measures.changed).toEqual([]);
    // "1 000" with a no-break space, as every amount of the report.
    expect(renderCompare(diff, 'text', 'nb')).toMatch(
      /Et beløp fra versjonen i kr som står avrundet til nærmeste 1\s000 kr i versjonen i 1000 kr, er regnet som det samme beløpet, ikke som en endring\./,
    );
    expect(renderCompare(diff, 'text', 'en')).toMatch(/rounded to the nearest 1\s000 kr in the version in 1000 kr/);
  });

  it('the same in mill kr (0,001 mill = 1 000 kr), and the other way round (mill kr → kr)', () => {
    const mill = typed('mill kr', {
      '2027': 1.235,
      '2028': 2,
      '2029': 1,
      '2030': -0.003,
      Helårsvirkning: 0,
      'Nye midler': 0,
      'Endret drift': 3.231,
    });
    expect(compare(inKr, mill).measures.changed).toEqual([]);
    expect(compare(mill, inKr).measures.changed).toEqual([]);
  });

  it('an amount not the kr amount rounded is a change: 1 234 (thousand) and 1 236, or −2 (half toward zero)', () => {
    // 1 234 567 rounds to 1 235 000, not 1 234 000 nor 1 236 000; −2 500 rounds to −3 000, not −2 000.
    const diff = compare(
      inKr,
      typed('1000 kr', { ...rounded, '2027': 1234, '2029': 1001, '2030': -2, 'Endret drift': 3231 }),
    );
    expect(years(diff)).toEqual([
      [2027, 1_234_567, 1_234_000],
      [2029, 999_500, 1_001_000],
      [2030, -2_500, -2_000],
    ]);
  });

  it('1000 kr against mill kr round alike (1 000 kr both): 1 234 thousand → 1,2345 mill is a change of 500 kr', () => {
    const diff = compare(
      typed('1000 kr', { '2027': 1234 }),
      typed('mill kr', {
        '2027': 1.2345,
        '2028': 1.2,
        '2029': 1.8,
        '2030': 2.4,
        Helårsvirkning: 2.4,
        'Nye midler': 2.4,
      }),
    );
    expect(years(diff)).toEqual([[2027, 1_234_000, 1_234_500]]);
  });
});

describe('a "?" in a measure or line added or removed (listed with its amounts, not compared)', () => {
  // D-001 renumbered D-020 (so one removed, one added) with "?" typed in 2028; its economy plan line likewise.
  const withLine = (id: string, v2028: CellValue): Read =>
    readPlan(
      canonicalSnapshot({
        unit: '1000 kr',
        startYear: 2027,
        operating: [operatingRow({ ID: id, '2028': v2028 })],
        economyPlan: [economyLine({ Ref: id, '2028': v2028 })],
      }),
      { defaultStartYear: 2027 },
    );
  const diff = compare(withLine('D-001', 1200), withLine('D-020', '?'));

  it('the added measure and line show the "?" as typed, not 0 (600 / ? / 1 800 / 2 400)', () => {
    const text = renderCompare(diff, 'text', 'nb').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/D-020 +Drift +.* +Beregnet +600 +\? +1 800 +2 400\n/);
    expect(text).toMatch(/Drift · Tiltak · D-020 +Miljøteam +600 +\? +1 800 +2 400\n/);
    // The removed ones as they stood: 1 200.
    expect(text).toMatch(/D-001 +Drift +.* +Beregnet +600 +1 200 +1 800 +2 400\n/);
  });

  it('JSON gives no figure for it: null, as for a changed field (docs/spec.md §14)', () => {
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.measures.added[0]?.years).toEqual({
      '2027': 600_000,
      '2028': null,
      '2029': 1_800_000,
      '2030': 2_400_000,
    });
    expect(json.economyPlan.added[0]?.years['2028']).toBeNull();
  });

  it('the other way round: a removed measure with a "?" shows it as typed', () => {
    const back = renderCompare(compare(withLine('D-020', '?'), withLine('D-001', 1200)), 'text', 'nb');
    expect(back.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/D-020 +Drift +.* +Beregnet +600 +\? +1 800 +2 400\n/);
  });
});
