/**
 * Two measures with one ID (id-duplicate): an edit or a move names the measure by its table and row, so the
 * user can reach the second one (to fix it), and a workbook changed in Excel since the pick is refused rather
 * than written on the wrong row.
 */
import { exampleContent } from '../../../src/domain/example/example';
import { planUpdateMeasure } from '../../../src/domain/measureEdits/edit';
import { findMeasure, pickMeasure, relocateMeasure, type MeasureRef } from '../../../src/domain/measureEdits/locate';
import { planMoveMeasure } from '../../../src/domain/measureEdits/move';
import type { Measure, Plan } from '../../../src/domain/model/plan';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { setCell } from '../../helpers/workbook';
import { planOf } from '../../helpers/plan';

const example = snapshotFromContent(exampleContent({ startYear: 2027 }));
// The example's Tiltak drift: row 5 is D-004 (Samfunn og tjenester, priority 4), row 9 D-008 (Organisasjon,
// priority 3, «Årlige medvirkningsmøter …»). Row 9 typed as D-004 too: the duplicate to fix.
const twice = setCell(example, 'Tiltak drift', 'A9', 'D-004');
const plan = planOf(twice);
const second: MeasureRef = { table: 'operating', row: 9, id: 'D-004' };
const first: MeasureRef = { table: 'operating', row: 5, id: 'D-004' };

/** `p` with its operating measures changed by `f` (a sort or an edit made in Excel since the pick). */
const changed = (p: Plan, f: (m: Measure) => Measure): Plan => ({
  ...p,
  operating: p.operating.map((m) => f(m as Measure) as (typeof p.operating)[number]),
});
const swapRows = (a: number, b: number) => (m: Measure) =>
  m.row === a ? { ...m, row: b } : m.row === b ? { ...m, row: a } : m;

describe('findMeasure', () => {
  it('names the measure on the row, and no measure for an ID two rows share', () => {
    expect(findMeasure(plan, second)?.measure).toMatch(/^Årlige medvirkningsmøter/);
    expect(findMeasure(plan, first)?.measure).toMatch(/^Spredt bosetting/);
    expect(findMeasure(plan, 'D-004')).toBeNull();
    expect(findMeasure(plan, { ...second, row: 8 })).toBeNull(); // row 8 holds D-007
    expect(findMeasure(plan, 'D-007')?.row).toBe(8);
  });
});

describe('planUpdateMeasure on a duplicated ID', () => {
  it('writes the second measure’s row only', () => {
    const edits = planUpdateMeasure(plan, second, { values: { measure: 'Medvirkningsmøter' }, years: [] }, twice);
    // Tiltak is column E (ID, Seksjon, Prioritet, Ref., Tiltak): row 9, nothing on row 5.
    expect(edits).toEqual([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'E9', values: [['Medvirkningsmøter']] }]);
  });

  it('writes nothing for the bare ID rather than guess which', () => {
    expect(planUpdateMeasure(plan, 'D-004', { values: { measure: 'x' }, years: [] }, twice)).toEqual([]);
  });
});

describe('planMoveMeasure on a duplicated ID', () => {
  const sorted = (edits: ReturnType<typeof planMoveMeasure>) =>
    edits.map((e) => (e.kind === 'setCells' ? `${e.origin}=${String(e.values[0]?.[0])}` : e.kind)).sort();

  it('moves the second one within its own section (Organisasjon: rows 8 and 9 swap priorities 2 and 3)', () => {
    expect(sorted(planMoveMeasure(plan, second, 'up'))).toEqual(['C8=3', 'C9=2']);
  });

  it('moves the first one within its section (Samfunn og tjenester: rows 4 and 5 swap priorities 3 and 4)', () => {
    expect(sorted(planMoveMeasure(plan, first, 'up'))).toEqual(['C4=4', 'C5=3']);
  });
});

describe('relocateMeasure: the picked measure on the workbook read again before writing', () => {
  const pickOf = (p: Plan, ref: MeasureRef) => {
    const pick = pickMeasure(p, ref);
    if (!pick) throw new Error('nothing on that row');
    return pick;
  };

  it('follows a unique ID wherever it went, even with other values changed in Excel', () => {
    const d7 = pickOf(plan, { table: 'operating', row: 8, id: 'D-007' });
    expect(d7.unique).toBe(true);
    const now = changed(plan, (m) => (m.id === 'D-007' ? { ...m, row: 3, comment: 'Ny' } : swapRows(3, 8)(m)));
    expect(relocateMeasure(now, d7)?.row).toBe(3);
  });

  it('keeps a duplicated ID on its row while the row holds the same measure', () => {
    const pick = pickOf(plan, second);
    expect(pick.unique).toBe(false);
    expect(relocateMeasure(plan, pick)?.row).toBe(9);
  });

  it('follows a duplicated ID to the row a sort moved it to, by its values', () => {
    const now = changed(plan, swapRows(5, 9));
    const found = relocateMeasure(now, pickOf(plan, second));
    expect(found?.row).toBe(5);
    expect(found?.measure).toMatch(/^Årlige medvirkningsmøter/);
  });

  it('refuses a duplicated ID whose row was changed in Excel since the pick', () => {
    const now = changed(plan, (m) => (m.row === 9 ? { ...m, measure: 'Noe annet' } : m));
    expect(relocateMeasure(now, pickOf(plan, second))).toBeNull();
  });

  it('refuses when the picked one got a new ID in Excel and only the other keeps the old one', () => {
    const now = planOf(setCell(twice, 'Tiltak drift', 'A9', 'D-012'));
    expect(relocateMeasure(now, pickOf(plan, second))).toBeNull();
    expect(relocateMeasure(now, pickOf(plan, first))?.row).toBe(5);
  });

  it('takes the picked row when two rows are identical copies', () => {
    const copy = plan.operating.find((m) => m.row === 5) as Measure;
    const now = changed(plan, (m) => (m.row === 9 ? { ...copy, row: 9 } : m));
    expect(relocateMeasure(now, pickOf(now, second))?.row).toBe(9);
    expect(relocateMeasure(now, pickOf(now, first))?.row).toBe(5);
  });
});
