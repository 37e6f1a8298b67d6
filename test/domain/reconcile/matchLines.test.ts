import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { inv, line, op, plan, type LineInput } from '../../helpers/plan';
import { byCode, miljo, summary } from './helpers';

describe('line matching rules', () => {
  it('a Ref. carried by a costed and a non-costed measure names the costed one', () => {
    const p = plan({
      operating: [miljo({ id: 'D-002', row: 6, status: 'Må utredes' }), miljo()],
      economyPlan: [line({ row: 2, ref: '14', years: [600, 1200, 1800, 2400] })],
    });
    const items = reconcile(p, []);
    expect(byCode(items, 'measure-new-money').map((i) => [i.measureId, i.class])).toEqual(
      Array(4).fill(['D-001', 'match']),
    );
    expect(byCode(items, 'economy-plan-line-unmatched')).toEqual([]);
  });

  it('a Ref. carried by two costed measures matches neither (the line is reported unmatched)', () => {
    const p = plan({
      operating: [miljo(), miljo({ id: 'D-002', row: 6 })],
      economyPlan: [line({ row: 2, ref: '14', years: [600, 1200, 1800, 2400] })],
    });
    const items = reconcile(p, []);
    expect(byCode(items, 'economy-plan-line-unmatched').map((i) => i.ref)).toEqual(['14']);
    expect(byCode(items, 'measure-not-in-economy-plan').map((i) => i.ref)).toEqual(['D-001', 'D-002']);
    // The line names the measures sharing its Ref., and is no near miss of either: its Ref is exact, not a slip,
    // and changing it to D-001 (what a near-miss note advises) would give D-001 both measures' money.
    expect(byCode(items, 'economy-plan-line-unmatched').map((i) => [i.sharedBy, i.nearMisses])).toEqual([
      [['D-001', 'D-002'], undefined],
    ]);
    expect(items.every((i) => i.nearMisses === undefined)).toBe(true);
  });

  it('a Tiltak line without Del is tried against both tables', () => {
    const p = plan({
      investment: [inv({ id: 'I-001', project: 'P-1', budget: 10, years: [10, 0, 0, 0], grant: 10 })],
      economyPlan: [line({ row: 2, part: '', ref: 'P-1', years: [10, 0, 0, 0] })],
    });
    expect(byCode(reconcile(p, []), 'project-expenditure').map((i) => i.class)).toEqual([
      'match',
      'match',
      'match',
      'match',
    ]);
  });

  it('a line of a measure that is not costed still counts in its frame’s Tiltak total', () => {
    const p = plan({
      operating: [miljo(), op({ id: 'D-002', status: 'Må utredes', frame: 'R1' })],
      economyPlan: [
        line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] }),
        line({ row: 3, ref: 'D-002', years: [100, 0, 0, 0] }),
      ],
    });
    expect(summary(byCode(reconcile(p, []), 'frame-total'))[0]).toEqual([2027, 'mismatch', 'error', -100_000]);
  });
});

describe('economy-plan-line-unmatched', () => {
  it.each<[string, LineInput, string, string, string?]>([
    ['a Tiltak line with an unknown Ref', { row: 3, ref: 'X-99', years: [100, 100, 0, 0] }, 'mismatch', 'X-99'],
    [
      'a Finansiering line of an unknown project',
      { row: 3, part: 'Investering', type: 'Finansiering', ref: 'P-999', source: 'Lån', years: [100, 100, 0, 0] },
      'mismatch',
      'P-999',
    ],
    [
      'a Finansiering line with an unknown source',
      { row: 3, part: 'Investering', type: 'Finansiering', ref: 'P-100', source: 'Annet', years: [100, 100, 0, 0] },
      'mismatch',
      'P-100',
      // Its Ref names the project: the cell to fix is its Finansieringskilde.
      'Økonomiplan!E3',
    ],
    [
      'a line of an unknown Linjetype',
      { row: 3, type: 'Sum', ref: 'D-001', years: [100, 100, 0, 0] },
      'mismatch',
      'D-001',
    ],
    [
      'a line of a measure that is not costed',
      { row: 3, ref: 'D-002', years: [100, 100, 0, 0] },
      'not-costed',
      'D-002',
    ],
    [
      'a line of a project that is not costed',
      { row: 3, part: 'Investering', ref: 'P-200', years: [100, 100, 0, 0] },
      'not-costed',
      'P-200',
    ],
  ])('is a warning for %s', (_label, input, cls, ref, cell = 'Økonomiplan!C3') => {
    const p = plan({
      operating: [miljo(), op({ id: 'D-002', status: 'Må utredes' })],
      investment: [
        inv({ id: 'I-001', project: 'P-100', budget: 3000, years: [3000, 0, 0, 0], loan: 3000 }),
        inv({ id: 'I-002', project: 'P-200', status: 'Ukjent' }),
      ],
      economyPlan: [line({ row: 2, ref: 'D-001', years: [600, 1200, 1800, 2400] }), line(input)],
    });
    const items = byCode(reconcile(p, []), 'economy-plan-line-unmatched');
    expect(
      items.map((i) => [i.ref, i.class, i.severity, i.measures, i.economyPlan, i.difference, i.cells.economyPlan]),
    ).toEqual([[ref, cls, 'warning', 0, 200_000, -200_000, cell]]);
  });

  it('names the non-costed measure and ignores blank rows', () => {
    const p = plan({
      operating: [op({ id: 'D-002', status: 'Må utredes', frame: '' })],
      economyPlan: [line({ row: 2, ref: 'D-002', years: [1, 0, 0, 0] }), line({ row: 3, part: '', type: '' })],
    });
    const items = reconcile(p, []);
    expect(items.map((i) => [i.code, i.measureId])).toEqual([['economy-plan-line-unmatched', 'D-002']]);
  });
});
