/**
 * Beløpsenhet changed without converting the typed amounts (docs/spec.md §14): one note on the change set when the
 * unit differs and at least 3, and at least 90 %, of the amounts that differ are the old amount times the units'
 * ratio (within 0.1 %). Plans are read from cells as typed, so the kroner below are worked out by hand from the
 * typed number and the unit: 250 typed in 1000 kr = 250 000 kr; the same 250 under mill kr = 250 000 000 kr.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import { unitNotConverted } from '../../../src/domain/compare/unitNotConverted';
import { isScaled } from '../../../src/domain/measures/unitSuspect';
import type { ChangeSet, MeasureRef } from '../../../src/domain/model/changeSet';
import type { Unit } from '../../../src/domain/model/money';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { economyLine, operatingRow } from '../../helpers/rows';
import { canonicalSnapshot } from '../../helpers/workbook';

type Row = Record<string, CellValue>;

function plan(operating: Row[], unit: Unit, economyPlan: Row[] = []): Plan {
  return readPlan(canonicalSnapshot({ operating, economyPlan, unit }), { defaultStartYear: 2027 }).plan;
}

const compare = (a: Plan, b: Plan): ChangeSet =>
  comparePlans(a, b, { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } });

/** D-002: the typed numbers `y` for 2027–2030, Helårsvirkning `full` and Nye midler `full` (Varig, frame 2). */
const d2 = (y: [number, number, number, number], full = y[3]): Row =>
  operatingRow({
    ID: 'D-002',
    Prioritet: 2,
    Tiltak: 'Boveileder',
    ...{ '2027': y[0], '2028': y[1], '2029': y[2], '2030': y[3] },
    ...{ Helårsvirkning: full, 'Nye midler': full },
  });

// D-001 as typed in 1000 kr: 600 / 1 200 / 1 800 / 2 400, Helårsvirkning 2 400, Nye midler 2 400 (6 non-zero
// amounts); D-002: 250 a year, 250 and 250 (6 more); the economy plan line of D-001: 600 … 2 400 (4 more).
const adopted = plan([operatingRow(), d2([250, 250, 250, 250])], '1000 kr', [economyLine()]);

describe('unitNotConverted: the unit changed, the typed amounts did not', () => {
  it('1000 kr → mill kr with every cell as typed: all 16 amounts are 1000 times what they were', () => {
    const now = plan([operatingRow(), d2([250, 250, 250, 250])], 'mill kr', [economyLine()]);
    const diff = compare(adopted, now);
    // 6 + 6 amounts of the two measures and 4 years of the line differ, each by the factor 1 000 000 / 1000.
    expect(diff.unitNotConverted).toEqual({ old: '1000 kr', new: 'mill kr', scale: 1000, changed: 16, scaled: 16 });
    const d002 = diff.measures.changed.find((m) => m.id === 'D-002');
    // 250 typed: 250 × 1000 = 250 000 kr in the adopted plan, 250 × 1 000 000 = 250 000 000 kr now.
    expect(d002?.changes[0]).toEqual({ field: 'years', year: 2027, old: 250_000, new: 250_000_000 });
  });

  it('mill kr → 1000 kr with the cells as typed: every amount is a thousandth (scale 0.001)', () => {
    // 0,6 typed is 600 000 kr in mill kr and 600 kr in 1000 kr; D-002's 0,25 is 250 000 kr, then 250 kr.
    const mill = (): Row[] => [
      operatingRow({ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4, Helårsvirkning: 2.4, 'Nye midler': 2.4 }),
      d2([0.25, 0.25, 0.25, 0.25]),
    ];
    const diff = compare(plan(mill(), 'mill kr'), plan(mill(), '1000 kr'));
    expect(diff.unitNotConverted).toEqual({ old: 'mill kr', new: '1000 kr', scale: 0.001, changed: 12, scaled: 12 });
  });

  it('kr → mill kr: the ratio of the units is 1 000 000, not 1000', () => {
    // 250 typed in kr is 250 kr; in mill kr it is 250 000 000 kr: × 1 000 000, on all 6 amounts of D-002.
    const diff = compare(plan([d2([250, 250, 250, 250])], 'kr'), plan([d2([250, 250, 250, 250])], 'mill kr'));
    expect(diff.unitNotConverted).toEqual({ old: 'kr', new: 'mill kr', scale: 1_000_000, changed: 6, scaled: 6 });
  });

  it('a measure added meanwhile is no amount that differs: it neither counts nor hides the note', () => {
    const d3 = operatingRow({ ID: 'D-003', Prioritet: 3, Tiltak: 'Ny', '2027': 5, '2028': 5, '2029': 5 });
    const now = plan([operatingRow(), d2([250, 250, 250, 250]), d3], 'mill kr', [economyLine()]);
    const diff = compare(adopted, now);
    expect(diff.measures.added.map((m) => m.id)).toEqual(['D-003']);
    expect(diff.unitNotConverted).toMatchObject({ changed: 16, scaled: 16 });
  });
});

describe('unitNotConverted: no note', () => {
  it('the unit changed and every amount was converted (250 → 0,25 mill): nothing changed, no note', () => {
    const converted = plan(
      [
        operatingRow({ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4, Helårsvirkning: 2.4, 'Nye midler': 2.4 }),
        d2([0.25, 0.25, 0.25, 0.25]),
      ],
      'mill kr',
      [economyLine({ '2027': 0.6, '2028': 1.2, '2029': 1.8, '2030': 2.4 })],
    );
    const diff = compare(adopted, converted);
    expect(diff.unitChanged).toBe(true);
    expect(diff.measures.changed).toEqual([]);
    expect(diff.unitNotConverted).toBeNull();
  });

  it('the unit unchanged, every amount typed 1000 times larger: a factor, but no change of unit, no note', () => {
    // 250 000 typed in 1000 kr is 250 000 000 kr: the same kroner as the unconverted mill kr plan above.
    const big = (n: number) => n * 1000;
    const now = plan(
      [
        operatingRow({ '2027': big(600), '2028': big(1200), '2029': big(1800), '2030': big(2400) }),
        d2([big(250), big(250), big(250), big(250)]),
      ],
      '1000 kr',
    );
    const diff = compare(adopted, now);
    expect(diff.measures.changed.map((m) => m.id)).toEqual(['D-001', 'D-002']);
    expect(diff.unitNotConverted).toBeNull();
  });

  it('converted, but for 2 cells: two scaled amounts are fewer than 3, no note', () => {
    // D-002's 2029 and 2030 left at 250 under mill kr (250 000 000 kr instead of 250 000); the rest converted.
    const now = plan([d2([0.25, 0.25, 250, 250], 0.25)], 'mill kr');
    const diff = compare(plan([d2([250, 250, 250, 250])], '1000 kr'), now);
    expect(diff.measures.changed[0]?.changes).toHaveLength(2);
    expect(diff.unitNotConverted).toBeNull();
    // A third such cell makes 3 of 3: the note (those three were not converted).
    const three = compare(
      plan([d2([250, 250, 250, 250])], '1000 kr'),
      plan([d2([0.25, 250, 250, 250], 0.25)], 'mill kr'),
    );
    expect(three.unitNotConverted).toMatchObject({ changed: 3, scaled: 3 });
  });
});

describe('unitNotConverted: the 90 % share', () => {
  // D-001 and its economy plan line left as typed under mill kr: 6 + 4 = 10 amounts × 1000. D-002 converted
  // (250 → 0,25), but with one or two years changed for real to 0,3 mill = 300 000 kr (× 1,2, not scaled).
  const withD2 = (y: [number, number, number, number]) =>
    compare(adopted, plan([operatingRow(), d2(y, 0.25)], 'mill kr', [economyLine()]));

  it('10 scaled of 11 that differ (90,9 % ≥ 90 %): the note', () => {
    expect(withD2([0.25, 0.25, 0.25, 0.3]).unitNotConverted).toMatchObject({ changed: 11, scaled: 10 });
  });

  it('10 scaled of 12 that differ (83,3 % < 90 %): no note', () => {
    const diff = withD2([0.25, 0.25, 0.3, 0.3]);
    expect(diff.measures.changed.map((m) => m.changes.length)).toEqual([6, 2]);
    expect(diff.unitNotConverted).toBeNull();
  });
});

describe('isScaled: the units ratio within 0.1 %, in its direction', () => {
  // 0.1 % of 250 000 000 is 250 000: 250 249 000 lies inside, 250 251 000 outside.
  it.each([
    [250_000, 250_000_000, 1000, true],
    [250_000, 250_249_000, 1000, true],
    [250_000, 249_751_000, 1000, true],
    [250_000, 250_251_000, 1000, false],
    [250_000_000, 250_000, 1000, false],
    [250_000_000, 250_000, 0.001, true],
    [-250_000, -250_000_000, 1000, true],
    [-250_000, 250_000_000, 1000, false],
    [0, 0, 1000, false],
    [250, 250_000_000, 1_000_000, true],
  ])('%d → %d at scale %d: %s', (old, now, scale, expected) => {
    expect(isScaled(old, now, scale)).toBe(expected);
  });

  it('the same unit on both sides is never the note, whatever the amounts', () => {
    const change = { field: 'years', year: 2027, old: 250_000, new: 250_000_000 };
    const measures = [0, 1, 2].map((i) => ({ ...refOf(i), changes: [change] }));
    expect(unitNotConverted('1000 kr', '1000 kr', { measures, lines: [] })).toBeNull();
    expect(unitNotConverted('kr', '1000 kr', { measures, lines: [] })).toMatchObject({ scale: 1000, scaled: 3 });
  });
});

function refOf(i: number): MeasureRef {
  const [id, sheet, row] = [`D-00${i}`, 'Tiltak drift', i + 2];
  return { id, table: 'operating', section: 'S', priority: i, measure: 'M', costStatus: 'Beregnet', sheet, row };
}
