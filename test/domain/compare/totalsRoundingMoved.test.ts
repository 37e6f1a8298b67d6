/**
 * «Herav avrunding» of a total counts only the amounts of a measure that stays in that total's group in both
 * versions (docs/spec.md §14): the same table and, for new money per Rammeområde, the same frame, and costed in
 * both. A measure that left the group is wholly a change there, whichever version holds the finer unit. Found by
 * review: the finer version's measure kept its own table and frame, so its rounding landed in the group it left
 * (or the one it came to, had the other version been the finer). Every figure by hand below.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet, YearChanges } from '../../../src/domain/model/changeSet';
import type { Unit } from '../../../src/domain/model/money';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

const sides = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
type Rows = { operating?: Record<string, CellValue>[]; investment?: Record<string, CellValue>[] };
const plan = (unit: Unit, rows: Rows) =>
  readPlan(
    canonicalSnapshot({
      unit,
      startYear: 2027,
      operating: (rows.operating ?? []).map(operatingRow),
      ...(rows.investment ? { investment: rows.investment } : {}),
    }),
    { defaultStartYear: 2027 },
  ).plan;
const compare = (a: Unit, ra: Rows, b: Unit, rb: Rows): ChangeSet => comparePlans(plan(a, ra), plan(b, rb), sides);
/** [old, new, Δ, rounding] of 2027 (rounding 0 where absent). */
const y2027 = (y: YearChanges | undefined) => {
  const c = y?.['2027'];
  return [c?.old, c?.new, c?.difference, c?.rounding ?? 0];
};
const frame = (diff: ChangeSet, name: string) => y2027(diff.totals.byFrame.find((f) => f.frame === name)?.years);
const zeros = { '2028': 0, '2029': 0, '2030': 0 };
/** D-001 costing `cost` in 2027 only, all of it new money, in Rammeområde `frame`. */
const allNew = (cost: number, frameCode: string, extra: Record<string, CellValue> = {}) => ({
  '2027': cost,
  ...zeros,
  Helårsvirkning: 0,
  'Nye midler': cost,
  'Annen finansiering': 0,
  Rammeområde: frameCode,
  ...extra,
});
/** D-001 as an investment of `cost` in 2027, all of it a loan. */
const invest = (cost: number): Record<string, CellValue> => ({
  ID: 'D-001',
  Seksjon: 'Samfunn og tjenester',
  Prioritet: 1,
  Tiltak: 'Utvidelse miljøteam',
  Kostnadsstatus: 'Beregnet',
  Prosjektnr: 'P1',
  Formål: 'Annet',
  Kostnadsramme: cost,
  'Tidligere bevilget': 0,
  '2027': cost,
  ...zeros,
  'Etter perioden': 0,
  'Mva-kompensasjon': 0,
  Tilskudd: 0,
  Salg: 0,
  Lån: cost,
  'Overføring fra drift': 0,
  Fond: 0,
  Ansvarlig: 'X',
  'Berørte planområder': 'Oppvekst',
  Rammeområde: '2',
});

describe('rounding of a measure that moved to another group', () => {
  it('from Rammeområde 2 (kr) to 3 (1000 kr): no rounding in either frame, −433 on the operating totals', () => {
    const diff = compare('kr', { operating: [allNew(600_433, '2')] }, '1000 kr', { operating: [allNew(600, '3')] });
    // Frame 2: 600 433 → 0, Δ −600 433; the measure left it, so none of it is rounding.
    expect(frame(diff, '2')).toEqual([600_433, 0, -600_433, 0]);
    // Frame 3: 0 → 600 × 1 000 = 600 000, Δ +600 000; the measure came to it, no rounding either.
    expect(frame(diff, '3')).toEqual([0, 600_000, 600_000, 0]);
    // The operating table's totals are one group the measure stays in: 600 433 → 600 000, Δ −433, and
    // 600 433 kr rounded to 1 000 kr is 600 000 kr, the same amount: all −433 of it rounding.
    expect(y2027(diff.totals.operating)).toEqual([600_433, 600_000, -433, -433]);
    expect(y2027(diff.totals.newMoney)).toEqual([600_433, 600_000, -433, -433]);
  });

  it('the same move with the newer version the finer (1000 kr → kr): no rounding in either frame', () => {
    const diff = compare('1000 kr', { operating: [allNew(600, '2')] }, 'kr', { operating: [allNew(600_433, '3')] });
    // Frame 2: 600 000 → 0, Δ −600 000; frame 3: 0 → 600 433, Δ +600 433; neither rounding.
    expect(frame(diff, '2')).toEqual([600_000, 0, -600_000, 0]);
    expect(frame(diff, '3')).toEqual([0, 600_433, 600_433, 0]);
    // Operating: 600 000 → 600 433, Δ +433, all of it rounding.
    expect(y2027(diff.totals.newMoney)).toEqual([600_000, 600_433, 433, 433]);
  });

  it('"r2" in one version and "R2" in the other is one frame: its rounding stays', () => {
    const diff = compare('kr', { operating: [allNew(600_433, 'r2')] }, '1000 kr', { operating: [allNew(600, 'R2')] });
    // One frame (the older spelling): 600 433 → 600 000, Δ −433, all rounding.
    expect(frame(diff, 'r2')).toEqual([600_433, 600_000, -433, -433]);
  });

  it('from Tiltak drift (kr) to Tiltak investering (1000 kr): no rounding in either table', () => {
    const operating = [allNew(600_433, '2', { 'Nye midler': 0, 'Annen finansiering': 600_433 })];
    const diff = compare('kr', { operating }, '1000 kr', { investment: [invest(600)] });
    // Operating: 600 433 → 0, Δ −600 433, the measure left the table: no rounding.
    expect(y2027(diff.totals.operating)).toEqual([600_433, 0, -600_433, 0]);
    // Investment: 0 → 600 × 1 000 = 600 000, Δ +600 000, the measure came to the table: no rounding.
    expect(y2027(diff.totals.investment)).toEqual([0, 600_000, 600_000, 0]);
  });

  it('from Tiltak investering (1000 kr) to Tiltak drift (kr): no rounding in either table', () => {
    const operating = [allNew(600_433, '2', { 'Nye midler': 0, 'Annen finansiering': 600_433 })];
    const diff = compare('1000 kr', { investment: [invest(600)] }, 'kr', { operating });
    // Investment 600 000 → 0, Δ −600 000; operating 0 → 600 433, Δ +600 433; neither rounding.
    expect(y2027(diff.totals.investment)).toEqual([600_000, 0, -600_000, 0]);
    expect(y2027(diff.totals.operating)).toEqual([0, 600_433, 600_433, 0]);
  });

  it('costed in the kr version only: it left the totals, no rounding', () => {
    const diff = compare('kr', { operating: [allNew(600_433, '2')] }, '1000 kr', {
      operating: [allNew(600, '2', { Kostnadsstatus: 'Må utredes' })],
    });
    // Only Beregnet counts: 600 433 → 0, Δ −600 433, in the operating totals and in frame 2; none rounding.
    expect(y2027(diff.totals.operating)).toEqual([600_433, 0, -600_433, 0]);
    expect(frame(diff, '2')).toEqual([600_433, 0, -600_433, 0]);
  });
});
