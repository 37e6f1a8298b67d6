/**
 * SPEC §11: an operating measure whose financing base is Sum periode has its financing scaled to the sum of the
 * years that stay "so that its new money per year is unchanged". A roll that moves one thousand of new money from
 * one kept year to another makes a plan that reconciled exactly report errors against the unchanged economy plan.
 */
import { checkSnapshot } from '../../../src/domain/check';
import { readPlan } from '../../../src/domain/read/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';
import { planNewMoney } from '../../../src/domain/measures/newMoney';
import { planWorkbook } from '../../../src/domain/sheets/template';
import { applyEdits, EMPTY_WORKBOOK } from '../../../src/domain/sheets/snapshotEdits';
import { canonicalSnapshot } from '../../helpers/workbook';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Unit } from '../../../src/domain/model/money';

const YEARS = ['2027', '2028', '2029', '2030'];

/** One Engangs measure D-001 in frame 2, Helårsvirkning empty (the base is Sum periode), and its economy plan lines. */
function book(unit: Unit, years: number[], financing: Record<string, number>, lines: number[]) {
  return canonicalSnapshot({
    unit,
    operating: [
      {
        ID: 'D-001',
        Seksjon: 'Samfunn og tjenester',
        Prioritet: 1,
        Tiltak: 'Kartlegging',
        Type: 'Engangs',
        Kostnadsstatus: 'Beregnet',
        ...Object.fromEntries(YEARS.map((y, i) => [y, years[i] ?? null])),
        Helårsvirkning: null,
        ...financing,
        Ansvarlig: 'Leder boligkontor',
        Rammeområde: '2',
      },
    ],
    economyPlan: [
      { Del: 'Drift', Linjetype: 'Tiltak', Ref: 'D-001', ...yearCells(lines) },
      { Del: 'Drift', Linjetype: 'Ramme', Ref: 'R2', Rammeområde: '2', ...yearCells(lines) },
    ],
  });
}

const yearCells = (amounts: number[]): Record<string, CellValue> =>
  Object.fromEntries(YEARS.map((y, i) => [y, amounts[i] ?? null]));

/** The plan rolled one year on, read back from the workbook the roll writes, and its check. */
function rolled(wb: ReturnType<typeof book>) {
  const before = readPlan(wb, { defaultStartYear: 2027 }).plan;
  const result = rollContent(before);
  const after = applyEdits(EMPTY_WORKBOOK, planWorkbook(result.content));
  const plan = readPlan(after, { defaultStartYear: 2028 }).plan;
  const check = checkSnapshot(after, { render: () => '', file: 'x.xlsx', defaultStartYear: 2028 });
  return { before, result, plan, check };
}

const errors = (check: ReturnType<typeof checkSnapshot>) =>
  check.report.reconciliation.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.ref} ${i.year}`);

describe('new money per year after a roll of a measure whose base is Sum periode', () => {
  // 1000 kr: years 100/100/100/0 (Sum periode 300), Endret drift 200, Nye midler 100.
  // New money before: 100 × 100 / 300 = 33,3 each year, total 100 → 33/33/33 + the thousand left to the earliest
  // (ties to the earlier year) → 34/33/33/0, which the economy plan lines hold exactly.
  // After the roll the years are 100/100/0/0 (Sum periode 200). 2028 and 2029 must stay 33 and 33: Nye midler
  // 33 + 33 = 66 (the new money of the years that stay), Endret drift the rest of the base, 200 − 66 = 134;
  // then 100 × 66 / 200 = 33 in each year, exactly. (Scaling Nye midler as 100 × 200 / 300 = 66,7 → 67 gives
  // 100 × 67 / 200 = 33,5 → 34/33: 2028 shows 34 where it was 33.)
  const wb = book('1000 kr', [100, 100, 100, 0], { 'Endret drift': 200, 'Nye midler': 100 }, [34, 33, 33, 0]);

  it('reconciles exactly before the roll (34/33/33/0)', () => {
    const { before } = rolled(wb);
    expect(planNewMoney(before)[0]).toEqual([34_000, 33_000, 33_000, 0]);
    const check = checkSnapshot(wb, { render: () => '', file: 'x.xlsx', defaultStartYear: 2027 });
    expect(errors(check)).toEqual([]);
  });

  it('keeps 33 and 33 in 2028 and 2029: Nye midler 66, Endret drift 134', () => {
    const { result, plan } = rolled(wb);
    expect(result.content.operating[0]?.values).toMatchObject({ finReallocation: 134, finNew: 66 });
    expect(planNewMoney(plan)[0]).toEqual([33_000, 33_000, 0, 0]);
  });

  it('leaves no reconciliation error against the economy plan rolled with it (33/33/0, 2031 empty aside)', () => {
    const { check } = rolled(wb);
    // The economy plan's new last year 2031 is empty and the measure's 2031 is 0: no error there either.
    expect(errors(check)).toEqual([]);
  });

  it('in mill kr: 0,1/0,1/0,1/0 with Nye midler 0,1 and Endret drift 0,2 keeps 0,033 in 2028 and 2029', () => {
    // The step is 1 000 kr (0,001 mill): 100 000 × 100 000 / 300 000 = 33 333 kr → 34 000/33 000/33 000/0 kr,
    // as in 1000 kr. After: Nye midler 0,033 + 0,033 = 0,066, Endret drift 0,2 − 0,066 = 0,134.
    const mill = book('mill kr', [0.1, 0.1, 0.1, 0], { 'Endret drift': 0.2, 'Nye midler': 0.1 }, [0.034, 0.033, 0.033]);
    const { result, plan, check } = rolled(mill);
    expect(result.content.operating[0]?.values).toMatchObject({ finReallocation: 0.134, finNew: 0.066 });
    expect(planNewMoney(plan)[0]).toEqual([33_000, 33_000, 0, 0]);
    expect(errors(check)).toEqual([]);
  });
});

describe('a kept year whose new money the rounding over the new years moves', () => {
  it('is named with the year and both amounts: 1000 kr, years 1/1/0/3, Endret drift 2, Nye midler 3', () => {
    // Before: 3 × 1/5 = 0,6, 0,6, 0, 3 × 3/5 = 1,8 → whole parts 0/0/0/1 (1), total 3: the two thousands left go
    // to the largest remainders, 0,8 (2030) and 0,6 (2027, the earlier of the ties) → 1/0/0/2.
    // After: years 1/0/3/0 (base 4), Nye midler 0 + 0 + 2 = 2 (the new money that stays), Endret drift 4 − 2 = 2:
    // 2 × 1/4 = 0,5, 0, 2 × 3/4 = 1,5 → 0/0/1, and the one thousand left to the tie of 0,5 and 0,5 in the earlier
    // year, 2028 → 1/0/1. No Nye midler in whole thousands gives 0/0/2 over 1/0/3 (1 → 0/0/1, 3 → 1/0/2): the
    // roll keeps the total of 2 and names 2028 (0 → 1) and 2030 (2 → 1).
    const wb = book('1000 kr', [1, 1, 0, 3], { 'Endret drift': 2, 'Nye midler': 3 }, [1, 0, 0, 2]);
    const { before, result, plan } = rolled(wb);
    expect(planNewMoney(before)[0]).toEqual([1000, 0, 0, 2000]);
    expect(result.content.operating[0]?.values).toMatchObject({ finReallocation: 2, finNew: 2 });
    expect(planNewMoney(plan)[0]).toEqual([1000, 0, 1000, 0]);
    expect(result.followUp.newMoneyShifts).toEqual([
      {
        id: 'D-001',
        changes: [
          { year: 2028, before: 0, after: 1000 },
          { year: 2030, before: 2000, after: 1000 },
        ],
      },
    ]);
  });

  it('is named for a measure whose base is Helårsvirkning too (its financing is not the roll’s to change)', () => {
    // Varig, years 100/100/100/300, Helårsvirkning 300, Endret drift 200, Nye midler 100: cost × 100/300 gives
    // 33,3, 33,3, 33,3 and 100, total 200; whole parts 33/33/33/100 (199), the thousand left to 2027 (ties to the
    // earlier year) → 34/33/33/100. After: 100/100/300/300 (the new 2031 is its Helårsvirkning) → 33,3, 33,3, 100,
    // 100, total round(266,7) = 267; whole parts 266, the thousand to 2028 → 34/33/100/100: 2028 was 33, is 34.
    const wb = canonicalSnapshot({
      operating: [
        {
          ID: 'D-007',
          Seksjon: 'Samfunn og tjenester',
          Prioritet: 1,
          Tiltak: 'Miljøteam',
          Type: 'Varig',
          Kostnadsstatus: 'Beregnet',
          ...yearCells([100, 100, 100, 300]),
          Helårsvirkning: 300,
          'Endret drift': 200,
          'Nye midler': 100,
          Ansvarlig: 'Leder boligkontor',
          Rammeområde: '2',
        },
      ],
    });
    const { before, result, plan } = rolled(wb);
    expect(planNewMoney(before)[0]).toEqual([34_000, 33_000, 33_000, 100_000]);
    expect(planNewMoney(plan)[0]).toEqual([34_000, 33_000, 100_000, 100_000]);
    expect(result.followUp.newMoneyShifts).toEqual([
      { id: 'D-007', changes: [{ year: 2028, before: 33_000, after: 34_000 }] },
    ]);
  });

  it('names nothing when every kept year keeps its new money (the first case: 33/33)', () => {
    const wb = book('1000 kr', [100, 100, 100, 0], { 'Endret drift': 200, 'Nye midler': 100 }, [34, 33, 33, 0]);
    expect(rolled(wb).result.followUp.newMoneyShifts).toEqual([]);
  });
});

describe('a measure whose financing did not add up before the roll', () => {
  it('is not named as moved by the rounding: its financing-sum finding is the cause, before and after', () => {
    // Years 100/100 (base 200), Nye midler 150 alone (150 ≠ 200): new money 75/75 before; the roll keeps the
    // financing as typed, so 2028 gets 100 × 150 / 100 = 150. That is the unbalanced financing, not the rounding.
    const wb = book('1000 kr', [100, 100, 0, 0], { 'Nye midler': 150 }, [75, 75, 0, 0]);
    const { result, plan } = rolled(wb);
    expect(result.rescaled).toEqual([]);
    expect(planNewMoney(plan)[0]).toEqual([150_000, 0, 0, 0]);
    expect(result.followUp.newMoneyShifts).toEqual([]);
  });
});
