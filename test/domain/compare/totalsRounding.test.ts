/**
 * Totals compared across units that round to different steps (SPEC §4: 1 kr in `kr`, 1 000 kr in `1000 kr` and
 * `mill kr`; docs/spec.md §14). Each amount of the finer version that the coarser holds rounded to 1 000 kr is no
 * change, so a report that lists no changed measure must not show a total that moved without saying why: the part
 * of a total's difference that is only that rounding is given as `rounding`. Every figure by hand below.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { framesByMovement } from '../../../src/domain/compare/totals';
import type { ChangeSet, YearChanges } from '../../../src/domain/model/changeSet';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';
import { renderCompare } from '../../../src/report/compareReport';
import type { CompareJson } from '../../../src/report/compareJson';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const typed = (unit: Unit, rows: Record<string, CellValue>[]) =>
  readPlan(canonicalSnapshot({ unit, startYear: 2027, operating: rows.map(operatingRow) }), { defaultStartYear: 2027 })
    .plan;
const compare = (a: Unit, ra: Record<string, CellValue>[], b: Unit, rb: Record<string, CellValue>[]): ChangeSet =>
  comparePlans(typed(a, ra), typed(b, rb), sides);
/** [old, new, Δ, rounding] per year (rounding 0 where absent). */
const rows = (y: YearChanges) =>
  Object.fromEntries(Object.entries(y).map(([k, c]) => [k, [c.old, c.new, c.difference, c.rounding ?? 0]]));

// The adopted plan in kr. D-001: 600 433 / 1 199 600 / 1 800 000 / 2 400 000, Helårsvirkning 2 400 000, all of it
// Nye midler, frame 2 → new money = the cost each year. D-002: 350 400 / 700 000 ×3, Helårsvirkning 700 000,
// Annen finansiering 200 000, Nye midler 500 000, frame 3 → new money 350 400 × 5/7 = 250 285,71 and 500 000 ×3;
// total 1 750 285,71 → 1 750 286, the extra krone to 2027 (largest remainder): 250 286.
const inKr: Record<string, CellValue>[] = [
  {
    '2027': 600_433,
    '2028': 1_199_600,
    '2029': 1_800_000,
    '2030': 2_400_000,
    Helårsvirkning: 2_400_000,
    'Nye midler': 2_400_000,
  },
  {
    ID: 'D-002',
    Prioritet: 2,
    '2027': 350_400,
    '2028': 700_000,
    '2029': 700_000,
    '2030': 700_000,
    Helårsvirkning: 700_000,
    'Annen finansiering': 200_000,
    'Nye midler': 500_000,
    Rammeområde: '3',
  },
];
// The same plan typed in 1000 kr: every amount the kr amount rounded to 1 000 kr (600 433 → 600; 1 199 600 →
// 1 200; 350 400 → 350). D-002's new money 350 × 5/7 = 250 exactly.
const inThousands: Record<string, CellValue>[] = [
  { '2027': 600, '2028': 1200, '2029': 1800, '2030': 2400, Helårsvirkning: 2400, 'Nye midler': 2400 },
  {
    ID: 'D-002',
    Prioritet: 2,
    '2027': 350,
    '2028': 700,
    '2029': 700,
    '2030': 700,
    Helårsvirkning: 700,
    'Annen finansiering': 200,
    'Nye midler': 500,
    Rammeområde: '3',
  },
];

describe('totals between a kr and a 1000 kr version', () => {
  const diff = compare('kr', inKr, '1000 kr', inThousands);

  it('no measure changed, and every difference of a total is rounding', () => {
    expect(diff.measures.changed).toEqual([]);
    // Operating 2027: 600 433 + 350 400 = 950 833 → 950 000, Δ −833, all rounding; 2028: 1 199 600 + 700 000 =
    // 1 899 600 → 1 900 000, Δ +400; 2029: 2 500 000 and 2030: 3 100 000 on both sides.
    expect(rows(diff.totals.operating)).toEqual({
      '2027': [950_833, 950_000, -833, -833],
      '2028': [1_899_600, 1_900_000, 400, 400],
      '2029': [2_500_000, 2_500_000, 0, 0],
      '2030': [3_100_000, 3_100_000, 0, 0],
    });
    // New money 2027: 600 433 + 250 286 = 850 719 → 600 000 + 250 000 = 850 000, Δ −719; 2028: 1 199 600 +
    // 500 000 = 1 699 600 → 1 700 000, Δ +400.
    expect(rows(diff.totals.newMoney)).toEqual({
      '2027': [850_719, 850_000, -719, -719],
      '2028': [1_699_600, 1_700_000, 400, 400],
      '2029': [2_300_000, 2_300_000, 0, 0],
      '2030': [2_900_000, 2_900_000, 0, 0],
    });
    // Frame 2 (D-001): 2027 −433, 2028 +400; frame 3 (D-002): 2027 250 286 → 250 000, −286.
    expect(diff.totals.byFrame.map((f) => [f.frame, rows(f.years)['2027'], rows(f.years)['2028']])).toEqual([
      ['2', [600_433, 600_000, -433, -433], [1_199_600, 1_200_000, 400, 400]],
      ['3', [250_286, 250_000, -286, -286], [500_000, 500_000, 0, 0]],
    ]);
    // Both frames moved, by the rounding alone: shown with it, as the total is (frameRoundingShown.test.ts).
    expect(framesByMovement(diff).moved.map((f) => f.frame)).toEqual(['2', '3']);
  });

  it('the other way round (1000 kr adopted, kr now): the same rounding, the sign turned', () => {
    const back = compare('1000 kr', inThousands, 'kr', inKr);
    expect(rows(back.totals.operating)['2027']).toEqual([950_000, 950_833, 833, 833]);
    expect(rows(back.totals.newMoney)['2028']).toEqual([1_700_000, 1_699_600, -400, -400]);
  });

  it('mill kr rounds to 1 000 kr too: 0,6 / 1,2 / 1,8 / 2,4 mill give the same rounding', () => {
    const mill = inThousands.map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && k !== 'Prioritet' ? v / 1000 : v]),
      ),
    );
    const toMill = compare('kr', inKr, 'mill kr', mill);
    expect(toMill.measures.changed).toEqual([]);
    expect(rows(toMill.totals.operating)['2027']).toEqual([950_833, 950_000, -833, -833]);
  });

  it('a real change beside the rounding: only the rounding is rounding', () => {
    // D-001's 2027 now 700 (thousand): a change 600 433 → 700 000 (Δ 99 567), listed, so no rounding. Operating
    // 2027: 950 833 → 1 050 000, Δ 99 167 = D-001's 99 567 and D-002's 350 400 → 350 000, −400, the rounding.
    const moved = compare('kr', inKr, '1000 kr', [{ ...inThousands[0], '2027': 700 }, inThousands[1] ?? {}]);
    expect(moved.measures.changed[0]?.changes).toEqual([{ field: 'years', year: 2027, old: 600_433, new: 700_000 }]);
    expect(rows(moved.totals.operating)['2027']).toEqual([950_833, 1_050_000, 99_167, -400]);
    // Frame 2 moved (new money 600 433 → 700 000, Δ 99 567); its new money in 1000 kr is whole thousands (SPEC §4):
    // D-001's kr amounts give 600 433 × 2 400 000 / 2 400 000 = 600 433 → 600 000 there, so −433 of Δ is that step
    // and the change 100 000. Frame 3 moved by its rounding alone (250 286 → 250 000), shown as such.
    expect(framesByMovement(moved).moved.map((f) => f.frame)).toEqual(['2', '3']);
    expect(rows(moved.totals.byFrame[0]?.years ?? {})['2027']).toEqual([600_433, 700_000, 99_567, -433]);
  });

  it('one unit on both sides: no rounding at all', () => {
    const same = compare('1000 kr', inThousands, '1000 kr', [{ ...inThousands[0], '2027': 601 }, inThousands[1] ?? {}]);
    expect(Object.values(same.totals.operating).map((c) => c.rounding)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(rows(same.totals.operating)['2027']).toEqual([950_000, 951_000, 1000, 0]);
  });
});

describe('the rounding in the reports (text, HTML, JSON), kr → 1000 kr as above', () => {
  const diff = compare('kr', inKr, '1000 kr', inThousands);
  const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('text: the Driftskostnad table has «Herav avrunding», the rounding named where Δ is only rounding', () => {
    const text = nb(renderCompare(diff, 'text', 'nb'));
    // In 1000 kr: 950 833 kr = 950,833; −833 kr = −0,833; 1 899 600 = 1 899,6; +400 = +0,4 (a change signed).
    expect(text).toMatch(/År +Før +Nå +Endring +Herav avrunding\n/);
    expect(text).toMatch(/2027 +950,833 +950 +−0,833 +−0,833\n/);
    expect(text).toMatch(/2028 +1 899,6 +1 900 +\+0,4 +\+0,4\n/);
    expect(text).toMatch(/2029 +2 500 +2 500 +0\n/);
    // Both frames moved by the rounding alone: in the frame table with «Herav avrunding» (frame 2: 600,433 → 600,
    // −0,433), none named unchanged.
    expect(text).toMatch(/2 +2027 +600,433 +600 +−0,433 +−0,433\n/);
    expect(text).not.toMatch(/Uendret i årene/);
    expect(text).toMatch(/står under «Herav avrunding»\./);
  });

  it('HTML: the same column', () => {
    const html = nb(renderCompare(diff, 'html', 'nb'));
    expect(html).toContain('<th scope="col">Endring</th><th scope="col">Herav avrunding</th>');
    expect(html).toMatch(
      /<td>2027<\/td><td class="num">950,833<\/td><td class="num">950<\/td><td class="num">−0,833<\/td><td class="num">−0,833<\/td>/,
    );
  });

  it('JSON: `rounding` beside old, new and difference, only where there is some', () => {
    const json = JSON.parse(renderCompare(diff, 'json', 'nb')) as CompareJson;
    expect(json.totals.operating.years['2027']).toEqual({
      old: 950_833,
      new: 950_000,
      difference: -833,
      rounding: -833,
    });
    expect(json.totals.newMoney.years['2028']).toEqual({
      old: 1_699_600,
      new: 1_700_000,
      difference: 400,
      rounding: 400,
    });
    expect(json.totals.operating.years['2029']).toEqual({ old: 2_500_000, new: 2_500_000, difference: 0 });
    expect(json.totals.byFrame[1]?.years['2027']).toEqual({
      old: 250_286,
      new: 250_000,
      difference: -286,
      rounding: -286,
    });
  });

  it('one unit on both sides: no such column, no such key', () => {
    const same = compare('1000 kr', inThousands, '1000 kr', inThousands);
    expect(renderCompare(same, 'text', 'nb')).not.toContain('avrunding');
    expect(renderCompare(same, 'json', 'nb')).not.toContain('rounding');
  });
});
