import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { verdalMillKrContent } from '../../../src/domain/example/verdal';
import { readPlan } from '../../../src/domain/read/plan';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { computeTotals } from '../../../src/domain/totals/totals';
import { validatePlan } from '../../../src/domain/validate/plan';
import { rollContent } from '../../../src/domain/rollover/rollover';

/** Verdal 6.1 typed in mill kr (seed 003), with the economy plan typed the same way: issue 14's example. */
describe('Verdal 6.1 in mill kr (examples/verdal-mill-kr.xlsx)', () => {
  const read = readPlan(snapshotFromContent(verdalMillKrContent()), { defaultStartYear: 2011 });
  const { plan } = read;
  const findings = [...read.findings, ...validatePlan(plan)];

  it('reads clean: no error or warning', () => {
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual([]);
  });

  it('miljøteam 0,6 / 1,2 / 1,8 / 2,4 mill → new money 600 000 / 1 200 000 / 1 800 000 / 2 400 000 kr', () => {
    expect(computeTotals(plan).operating.all.newMoneyByYear).toEqual({
      '2011': 600_000,
      '2012': 1_200_000,
      '2013': 1_800_000,
      '2014': 2_400_000,
    });
  });

  it('every comparison with the identical economy plan is a match (measure and frame R3, four years each)', () => {
    const items = reconcile(plan, findings);
    expect(items.map((i) => [i.code, i.year, i.measures, i.economyPlan, i.class])).toEqual([
      ['measure-new-money', 2011, 600_000, 600_000, 'match'],
      ['measure-new-money', 2012, 1_200_000, 1_200_000, 'match'],
      ['measure-new-money', 2013, 1_800_000, 1_800_000, 'match'],
      ['measure-new-money', 2014, 2_400_000, 2_400_000, 'match'],
      ['frame-total', 2011, 600_000, 600_000, 'match'],
      ['frame-total', 2012, 1_200_000, 1_200_000, 'match'],
      ['frame-total', 2013, 1_800_000, 1_800_000, 'match'],
      ['frame-total', 2014, 2_400_000, 2_400_000, 'match'],
    ]);
  });

  it('after roll: 1,2 / 1,8 / 2,4 / 2,4 mill (the new last year is the Helårsvirkning)', () => {
    const rolled = rollContent(plan).content;
    expect(rolled.settings).toMatchObject({ startYear: 2012, unit: 'mill kr' });
    expect(rolled.operating[0]?.years).toEqual([1.2, 1.8, 2.4, 2.4]);
    expect(rolled.operating).toHaveLength(9);
  });
});
