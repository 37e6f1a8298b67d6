import fc from 'fast-check';
import { kr } from '../../../src/domain/model/money';
import { SEVERITY } from '../../../src/domain/model/finding';
import { validatePlan } from '../../../src/domain/validate/plan';
import { findingCell } from '../../../src/domain/validate/cells';
import type { Kr } from '../../../src/domain/model/money';
import { makeInvestment, makeOperating, makePlan } from '../../helpers/plan';

describe('validatePlan', () => {
  it('a plan of valid defaults (Verdal 6.1 + a financed project) has no finding', () => {
    expect(validatePlan(makePlan())).toEqual([]);
  });

  it('an empty plan has no finding', () => {
    expect(validatePlan(makePlan({ operating: [], investment: [] }))).toEqual([]);
  });

  it('collects every finding of a row, not only the first', () => {
    const row = makeOperating({ id: '', section: '', priority: null, measure: '', responsible: '', areas: [] });
    const codes = validatePlan(makePlan({ operating: [row], investment: [] })).map((f) => f.code);
    expect(codes).toEqual([
      'id-missing',
      'section-invalid',
      'priority-invalid',
      'measure-missing',
      'responsible-missing',
      'area-missing',
    ]);
  });

  it.each([
    ['frame column missing → ID cell', { id: 'A', priority: 'C' }, 'A7'],
    ['frame and ID columns missing → first known cell', { priority: 'C', measure: 'E' }, 'C7'],
    ['no cells at all → column A of the row', {}, 'A7'],
  ])('cell fallback: %s', (_name, cellColumns, expected) => {
    const row = makeOperating({ row: 7, cellColumns, frame: 'R9' });
    const f = validatePlan(makePlan({ operating: [row], investment: [] })).find((x) => x.code === 'frame-invalid');
    expect(f?.cell).toBe(expected);
    expect(findingCell(row, 'frame')).toBe(expected);
  });

  const amount = fc.option(
    fc.integer({ min: -5_000_000, max: 5_000_000 }).map((n): Kr => kr(n * 1000)),
    { nil: null },
  );
  const text = fc.constantFrom('', ' ', 'Beregnet', 'Må utredes', 'Varig', 'Engangs', 'Utleiebolig', 'R1', 'X');
  const years = fc.array(amount, { minLength: 0, maxLength: 6 });

  it('never throws, and takes every severity from the schema', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: text,
            section: text,
            status: text,
            kind: text,
            frame: text,
            priority: fc.option(fc.double(), { nil: null }),
            years,
            a: amount,
            b: amount,
          }),
          { maxLength: 4 },
        ),
        fc.array(fc.record({ id: text, status: text, purpose: text, years, a: amount, b: amount, c: amount }), {
          maxLength: 4,
        }),
        (ops, invs) => {
          const operating = ops.map((o, i) =>
            makeOperating({
              row: i + 2,
              id: o.id,
              section: o.section,
              costStatus: o.status,
              kind: o.kind,
              frame: o.frame,
              priority: o.priority,
              years: o.years,
              fullYear: o.a,
              finNew: o.b,
            }),
          );
          const investment = invs.map((o, i) =>
            makeInvestment({
              row: i + 2,
              id: o.id,
              costStatus: o.status,
              purpose: o.purpose,
              years: o.years,
              budget: o.a,
              finVat: o.b,
              finLoan: o.c,
            }),
          );
          for (const f of validatePlan(makePlan({ operating, investment }))) {
            expect(f.severity).toBe(SEVERITY[f.code]);
            expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
