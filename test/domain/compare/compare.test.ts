import { comparePlans } from '../../../src/domain/compare/compare';
import { framesByMovement } from '../../../src/domain/compare/totals';
import type { ChangeSet, YearChanges } from '../../../src/domain/model/changeSet';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import type { Unit } from '../../../src/domain/model/money';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

type Row = Record<string, CellValue>;

function plan(operating: Row[], opts: { unit?: Unit; economyPlan?: Row[]; startYear?: number } = {}): Plan {
  const wb = canonicalSnapshot({
    operating,
    economyPlan: opts.economyPlan ?? [],
    unit: opts.unit,
    startYear: opts.startYear,
  });
  return readPlan(wb, { defaultStartYear: 2027 }).plan;
}

const sides = { old: { file: 'gammel.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'Forslag' } };
const compare = (a: Plan, b: Plan): ChangeSet => comparePlans(a, b, sides);

/** A second measure: 100 thousand a year, Varig, all new money in frame 2. */
const d2 = (o: Row = {}): Row =>
  operatingRow({
    ID: 'D-002',
    Prioritet: 2,
    Tiltak: 'Boveileder',
    '2027': 100,
    '2028': 100,
    '2029': 100,
    '2030': 100,
    Helårsvirkning: 100,
    'Nye midler': 100,
    ...o,
  });

/** Old, new and Δ per year in thousands, as the change set holds them in kroner. */
const thousands = (changes: YearChanges) =>
  Object.fromEntries(
    Object.entries(changes).map(([y, c]) => [
      y,
      [c.old, c.new, c.difference].map((v) => (v === null ? null : v / 1000)),
    ]),
  );

const allZero = (changes: YearChanges) => Object.values(changes).every((c) => c.difference === 0);

describe('comparePlans: measures', () => {
  it('a measure added: listed with its amounts, and the totals move by exactly its cost and new money', () => {
    const diff = compare(plan([operatingRow()]), plan([operatingRow(), d2()]));
    expect(diff.measures.added.map((m) => [m.id, m.measure, m.years['2027']])).toEqual([
      ['D-002', 'Boveileder', 100_000],
    ]);
    expect([diff.measures.removed, diff.measures.changed]).toEqual([[], []]);
    // D-001 costs 600 / 1 200 / 1 800 / 2 400; D-002 adds 100 a year, all of it new money.
    expect(thousands(diff.totals.operating)).toEqual({
      '2027': [600, 700, 100],
      '2028': [1200, 1300, 100],
      '2029': [1800, 1900, 100],
      '2030': [2400, 2500, 100],
    });
    expect(thousands(diff.totals.newMoney)).toEqual(thousands(diff.totals.operating));
    expect(diff.totals.byFrame.map((f) => [f.frame, thousands(f.years)['2030']])).toEqual([['2', [2400, 2500, 100]]]);
  });

  it('a measure removed: listed from the older version, totals down by its cost', () => {
    const diff = compare(plan([operatingRow(), d2()]), plan([operatingRow()]));
    expect(diff.measures.removed.map((m) => [m.id, m.table, m.row])).toEqual([['D-002', 'operating', 3]]);
    expect(diff.measures.added).toEqual([]);
    expect(thousands(diff.totals.operating)['2029']).toEqual([1900, 1800, -100]);
  });

  it('a priority swap inside a section: two priority changes, no amount moves', () => {
    const diff = compare(plan([operatingRow(), d2()]), plan([operatingRow({ Prioritet: 2 }), d2({ Prioritet: 1 })]));
    expect(diff.measures.changed.map((m) => [m.id, m.changes])).toEqual([
      ['D-001', [{ field: 'priority', old: 1, new: 2 }]],
      ['D-002', [{ field: 'priority', old: 2, new: 1 }]],
    ]);
    expect(allZero(diff.totals.operating) && allZero(diff.totals.newMoney)).toBe(true);
  });

  it('a status change Må utredes → Beregnet with amounts: status, each year, full year and new money', () => {
    const assess = d2({
      Kostnadsstatus: 'Må utredes',
      ...{ '2027': null, '2028': null, '2029': null, '2030': null, Helårsvirkning: null, 'Nye midler': null },
    });
    const costed = d2({ '2027': 100, '2028': 200, '2029': 300, '2030': 400, Helårsvirkning: 400, 'Nye midler': 400 });
    const diff = compare(plan([operatingRow(), assess]), plan([operatingRow(), costed]));
    expect(diff.measures.changed).toHaveLength(1);
    expect(diff.measures.changed[0]?.changes).toEqual([
      { field: 'costStatus', old: 'Må utredes', new: 'Beregnet' },
      { field: 'years', year: 2027, old: null, new: 100_000 },
      { field: 'years', year: 2028, old: null, new: 200_000 },
      { field: 'years', year: 2029, old: null, new: 300_000 },
      { field: 'years', year: 2030, old: null, new: 400_000 },
      { field: 'fullYear', old: null, new: 400_000 },
      { field: 'finNew', old: null, new: 400_000 },
    ]);
    // Only costed measures count: the totals grow by the newly costed amounts, all new money.
    expect(thousands(diff.totals.operating)['2028']).toEqual([1200, 1400, 200]);
    expect(thousands(diff.totals.newMoney)['2030']).toEqual([2400, 2800, 400]);
  });

  it('an Ansvarlig change, and plan areas compared as a set', () => {
    const before = operatingRow({ 'Berørte planområder': 'Oppvekst; Kultur' });
    const after = operatingRow({
      Ansvarlig: 'Rådmannen v/kommunalsjef velferd',
      'Berørte planområder': 'Kultur;Oppvekst',
    });
    expect(compare(plan([before]), plan([after])).measures.changed[0]?.changes).toEqual([
      { field: 'responsible', old: 'Leder boligkontor', new: 'Rådmannen v/kommunalsjef velferd' },
    ]);
    const moved = compare(plan([before]), plan([operatingRow({ 'Berørte planområder': 'Kultur' })]));
    expect(moved.measures.changed[0]?.changes).toEqual([
      { field: 'areas', old: ['Oppvekst', 'Kultur'], new: ['Kultur'] },
    ]);
  });

  it('a change of unit 1000 kr → mill kr with the same amounts in kroner: stated, and no amount changes', () => {
    const mill = operatingRow({
      ...{ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4, Helårsvirkning: 2.4, 'Nye midler': 2.4 },
    });
    const line = economyLine({ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4 });
    const diff = compare(
      plan([operatingRow()], { economyPlan: [economyLine()] }),
      plan([mill], { unit: 'mill kr', economyPlan: [line] }),
    );
    expect(diff.unitChanged).toBe(true);
    expect([diff.old.plan.unit, diff.new.plan.unit]).toEqual(['1000 kr', 'mill kr']);
    expect(diff.measures).toEqual({ added: [], removed: [], finished: [], changed: [] });
    expect(diff.economyPlan).toEqual({ added: [], removed: [], changed: [] });
    expect(allZero(diff.totals.operating)).toBe(true);
    // New money in whole millions, so that it does not depend on how a mill kr plan rounds it (SPEC §4).
    const millions = {
      '2027': 1000,
      '2028': 2000,
      '2029': 3000,
      '2030': 4000,
      Helårsvirkning: 4000,
      'Nye midler': 4000,
    };
    const inMill = { '2027': 1, '2028': 2, '2029': 3, '2030': 4, Helårsvirkning: 4, 'Nye midler': 4 };
    const money = compare(plan([operatingRow(millions)]), plan([operatingRow(inMill)], { unit: 'mill kr' }));
    expect(money.measures.changed).toEqual([]);
    expect(thousands(money.totals.newMoney)['2029']).toEqual([3000, 3000, 0]);
    expect(allZero(money.totals.newMoney) && allZero(money.totals.byFrame[0]?.years ?? {})).toBe(true);
  });

  it('new money per frame: a frame typed in other case is the same frame (as SUMIFS and the totals group it)', () => {
    // The newer version adds D-002 (100 a year, all new money) above D-001, its frame typed "r3": the newer
    // version's frame total is then labelled "r3". Still one frame R3: 600/1 200/1 800/2 400 → +100 a year.
    const before = plan([operatingRow({ Rammeområde: 'R3' })]);
    const after = plan([d2({ Prioritet: 2, Rammeområde: 'r3' }), operatingRow({ Rammeområde: 'R3' })]);
    const diff = compare(before, after);
    expect(diff.totals.byFrame.map((f) => [f.frame, thousands(f.years)])).toEqual([
      [
        'R3',
        {
          '2027': [600, 700, 100],
          '2028': [1200, 1300, 100],
          '2029': [1800, 1900, 100],
          '2030': [2400, 2500, 100],
        },
      ],
    ]);
  });

  it('parts the frames into those whose new money moved in a year both versions hold and the others', () => {
    // D-002 (frame R4, 100 a year) is added; D-001 stays in R3 unchanged: R4 moved (0 → 100 a year), R3 did not.
    const before = plan([operatingRow({ Rammeområde: 'R3' })]);
    const after = plan([d2({ Prioritet: 2, Rammeområde: 'R4' }), operatingRow({ Rammeområde: 'R3' })]);
    const { moved, unchanged } = framesByMovement(compare(before, after));
    expect([moved.map((f) => f.frame), unchanged.map((f) => f.frame)]).toEqual([['R4'], ['R3']]);
  });

  it('leaves out what is not part of the plan: the ID it matches by, Sum periode, Kommentar', () => {
    const diff = compare(plan([operatingRow()]), plan([operatingRow({ Kommentar: 'Ny merknad' })]));
    expect(diff.measures.changed).toEqual([]);
  });
});

describe('comparePlans: economy plan', () => {
  it('a line changed in one year, one added, one removed', () => {
    const frame = economyLine({ Linjetype: 'Ramme', Ref: null, Rammeområde: '2', Beskrivelse: 'Ramme 2' });
    const other = economyLine({ Ref: 'D-009', Beskrivelse: 'Bo Kart' });
    const before = plan([operatingRow()], { economyPlan: [economyLine(), other] });
    const after = plan([operatingRow()], { economyPlan: [economyLine({ '2030': 2000 }), frame] });
    const diff = compare(before, after);
    expect(diff.economyPlan.changed.map((l) => [l.ref, l.changes])).toEqual([
      ['D-001', [{ field: 'years', year: 2030, old: 2_400_000, new: 2_000_000 }]],
    ]);
    expect(diff.economyPlan.added.map((l) => [l.lineType, l.frame])).toEqual([['Ramme', '2']]);
    expect(diff.economyPlan.removed.map((l) => [l.ref, l.description])).toEqual([['D-009', 'Bo Kart']]);
  });

  it('pairs lines of a consolidated economy plan by Plan too: the same Ref in two plans is two lines', () => {
    // D-001 of Helse (600 a year in 2027) stands first in the old version and second in the new one; neither
    // line changed. Keyed without Plan the lines paired in the order they stand: Bolig's 2027 of 600 against
    // Helse's 300 and back, two changes that did not happen.
    const bolig = economyLine({ Plan: 'Boligsosial handlingsplan' });
    const helse = economyLine({ Plan: 'Helse og omsorg', '2027': 300 });
    const unchanged = compare(plan([], { economyPlan: [helse, bolig] }), plan([], { economyPlan: [bolig, helse] }));
    expect(unchanged.economyPlan).toEqual({ added: [], removed: [], changed: [] });

    // Helse's line rises by 100 in 2028 (1 200 → 1 300), its Plan typed in the new version as " helse OG omsorg "
    // (read trimmed): it is that plan's line that changed, by 100 000 kr, and Bolig's line is untouched.
    const helseUp = economyLine({ Plan: ' helse OG omsorg ', '2027': 300, '2028': 1300 });
    const diff = compare(plan([], { economyPlan: [helse, bolig] }), plan([], { economyPlan: [bolig, helseUp] }));
    expect(diff.economyPlan.changed.map((l) => [l.plan, l.changes])).toEqual([
      [
        'helse OG omsorg',
        [
          { field: 'years', year: 2028, old: 1_200_000, new: 1_300_000 },
          { field: 'plan', old: 'Helse og omsorg', new: 'helse OG omsorg' },
        ],
      ],
    ]);
    expect([diff.economyPlan.added, diff.economyPlan.removed]).toEqual([[], []]);
  });
});

describe('comparePlans: periods', () => {
  it('compares amounts by calendar year: shifted periods compare the overlap, the other years on one side', () => {
    const later = operatingRow({ '2028': 1200, '2029': 1800, '2030': 2400, '2031': 2400 });
    const diff = compare(plan([operatingRow()]), plan([later], { startYear: 2028 }));
    expect(diff.years).toEqual({ common: [2028, 2029, 2030], onlyOld: [2027], onlyNew: [2031] });
    // No amount of 2028–2030 changed; 2027 (old only) and 2031 (new only) are listed as such, the other side null.
    expect(diff.measures.changed.map((c) => [c.id, c.changes])).toEqual([
      [
        'D-001',
        [
          { field: 'years', year: 2027, old: 600_000, new: null, onlyIn: 'old' },
          { field: 'years', year: 2031, old: null, new: 2_400_000, onlyIn: 'new' },
        ],
      ],
    ]);
    expect(thousands(diff.totals.operating)).toEqual({
      '2027': [600, null, null],
      '2028': [1200, 1200, 0],
      '2029': [1800, 1800, 0],
      '2030': [2400, 2400, 0],
      '2031': [null, 2400, null],
    });
  });
});
