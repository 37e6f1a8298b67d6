import { kr } from '../../../src/domain/model/money';
import { Item } from '../../../src/domain/reconcile/item';
import { line, op } from '../../helpers/plan';

describe('Item', () => {
  // D-001 at row 5 of Tiltak drift (2029 in column J), its line at row 2 of Økonomiplan (2029 in column I).
  const item = new Item(
    { code: 'measure-new-money', ref: 'D-001', measureId: 'D-001' },
    2029,
    kr(1_800_000),
    kr(1_200_000),
    'mismatch',
    { measure: op({ id: 'D-001' }), line: line({ row: 2, ref: 'D-001' }) },
  );
  const everyField = {
    code: 'measure-new-money',
    class: 'mismatch',
    severity: 'error',
    ref: 'D-001',
    measureId: 'D-001',
    source: undefined,
    year: 2029,
    measures: 1_800_000,
    economyPlan: 1_200_000,
    difference: 600_000,
    cells: { measures: 'Tiltak drift!J5', economyPlan: 'Økonomiplan!I2' },
  };

  it('keeps every field when spread, the cells of the compared year included', () => {
    expect({ ...item }).toEqual(everyField);
  });

  it('serialises every field in report order, leaving out those that do not apply', () => {
    expect(JSON.stringify(item)).toBe(
      '{"code":"measure-new-money","class":"mismatch","severity":"error","ref":"D-001","measureId":"D-001",' +
        '"year":2029,"measures":1800000,"economyPlan":1200000,"difference":600000,' +
        '"cells":{"measures":"Tiltak drift!J5","economyPlan":"Økonomiplan!I2"}}',
    );
  });

  it('names no cell where there is no row or the row has no column for the year', () => {
    const none = { measure: undefined, line: undefined };
    const frameItem = new Item({ code: 'frame-total', ref: 'R1' }, 2031, kr(0), kr(0), 'match', none);
    expect(frameItem.cells).toEqual({ measures: undefined, economyPlan: undefined });
    expect(frameItem.severity).toBe('info');
  });

  it('names the columns its source gives instead of the year', () => {
    // Nye midler of D-001 (column Q of Tiltak drift), its line's Ref (column C of Økonomiplan).
    const from = {
      measure: op({ id: 'D-001' }),
      measureKey: 'finNew',
      line: line({ row: 2, ref: 'D-001' }),
      lineKey: 'ref',
    };
    const keyed = new Item({ code: 'project-financing', ref: 'D-001' }, undefined, kr(5), kr(5), 'match', from);
    expect(keyed.cells).toEqual({ measures: 'Tiltak drift!Q5', economyPlan: 'Økonomiplan!C2' });
  });

  it('takes given cells as they are', () => {
    const cells = { measures: 'Tiltak drift!Q5' };
    const given = new Item(
      { code: 'measure-not-in-economy-plan', ref: 'D-001' },
      undefined,
      kr(5),
      kr(0),
      'mismatch',
      cells,
    );
    expect({ ...given }).toEqual({
      code: 'measure-not-in-economy-plan',
      class: 'mismatch',
      severity: 'error',
      ref: 'D-001',
      measures: 5,
      economyPlan: 0,
      difference: 5,
      cells,
    });
  });
});
