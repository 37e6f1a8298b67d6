/**
 * New money in no frame across plans (review r33, SPEC §4): a costed measure without Rammeområde whose economy plan
 * line names no frame counts in no frame-total item; the consolidation carries it per year with each plan's share.
 *
 * By hand (1000 kr). Helse: D-001 without Rammeområde, 600 / 1 200 / 1 800 / 2 400, its line D-001 in frame 2 (so
 * placed in frame 2 by its line, not frameless); D-002 without Rammeområde, 100 a year, no line. Oppvekst: D-010
 * without Rammeområde, 50 a year, no line. No frame: 100 + 50 = 150 a year, Helse 100 000 kr, Oppvekst 50 000 kr.
 * With every measure in frame 2: nothing in no frame, and no `frameless`.
 */
import { checkConsolidated } from '../../../src/domain/checkConsolidated';
import { canonicalSnapshot } from '../../helpers/workbook';
import { economyLine, operatingRow } from '../../helpers/rows';

const yearly = (n: number) => ({ '2027': n, '2028': n, '2029': n, '2030': n, Helårsvirkning: n, 'Nye midler': n });

function consolidationOf(frame: string) {
  const helse = canonicalSnapshot({
    settings: { Plannavn: 'Helse' },
    operating: [
      operatingRow({ Rammeområde: frame }),
      operatingRow({ ID: 'D-002', Prioritet: 2, Rammeområde: frame, ...yearly(100) }),
    ],
  });
  const oppvekst = canonicalSnapshot({
    settings: { Plannavn: 'Oppvekst' },
    operating: [operatingRow({ ID: 'D-010', Rammeområde: frame, ...yearly(50) })],
  });
  const op = canonicalSnapshot({ settings: { Plannavn: 'Økonomiplan' }, economyPlan: [economyLine()] });
  const checked = checkConsolidated(
    [
      { wb: helse, file: 'helse.xlsx' },
      { wb: oppvekst, file: 'oppvekst.xlsx' },
    ],
    { wb: op, file: 'op.xlsx' },
    { defaultStartYear: 2027, render: (f) => f.code },
  );
  if (checked === null) throw new Error('no economy plan');
  return checked.consolidation;
}

describe('consolidation: new money in no frame', () => {
  it('is 150 000 kr a year, Helse 100 000 and Oppvekst 50 000; D-001, placed by its line, is in frame 2', () => {
    const c = consolidationOf('');
    const share = [
      { plan: 'Helse', amount: 100_000 },
      { plan: 'Oppvekst', amount: 50_000 },
    ];
    expect(c.frameless).toEqual([2027, 2028, 2029, 2030].map((year) => ({ year, measures: 150_000, shares: share })));
    const frame2 = c.items.filter((i) => i.code === 'frame-total' && i.ref === '2').map((i) => i.measures);
    expect(frame2).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
  });

  it('is absent when every measure has its Rammeområde', () => {
    expect(consolidationOf('2').frameless).toBeUndefined();
  });
});
