import { periodDoubts } from '../../../src/domain/read/periodDoubts';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

const doubts = (settings: Record<string, string | number>) =>
  periodDoubts(
    readPlan(canonicalSnapshot({ operating: [operatingRow()], settings }), { defaultStartYear: 2027 }).findings,
  ).map((f) => [f.code, `${f.sheet}!${f.cell}`]);

describe('periodDoubts', () => {
  it('none when Første planår is the first year column', () => {
    expect(doubts({})).toEqual([]);
  });

  it('the year headers of each table when Første planår says 2028 and the columns still start at 2027', () => {
    expect(doubts({ 'Første planår': 2028 })).toEqual([
      ['year-columns', 'Tiltak drift!H1'],
      ['year-columns', 'Tiltak investering!K1'],
      ['year-columns', 'Økonomiplan!G1'],
    ]);
  });
});
