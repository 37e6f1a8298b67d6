import { CONSOLIDATION_COLUMNS } from '../../../src/domain/model/consolidationColumns';

describe('CONSOLIDATION_COLUMNS (picked from Avstemming: Plan added, Tiltak, Rammeområde and Celle tiltak left out)', () => {
  it('lists the 14 columns of «Avstemming planer» in order, Status and Kommentar the user’s', () => {
    expect(CONSOLIDATION_COLUMNS.map((c) => [c.key, c.header, c.user])).toEqual([
      ['severity', 'Alvor', false],
      ['code', 'Kode', false],
      ['class', 'Klasse', false],
      ['plan', 'Plan', false],
      ['ref', 'Ref', false],
      ['year', 'År', false],
      ['source', 'Finansieringskilde', false],
      ['measures', 'Tiltaksplan', false],
      ['economyPlan', 'Økonomiplan', false],
      ['difference', 'Avvik', false],
      ['explanation', 'Forklaring', false],
      ['cellEconomyPlan', 'Celle økonomiplan', false],
      ['status', 'Status', true],
      ['comment', 'Kommentar', true],
    ]);
  });
});
