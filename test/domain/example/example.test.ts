import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { EXAMPLE_DIFFERENCES, exampleContent } from '../../../src/domain/example/example';
import { readPlan } from '../../../src/domain/read/plan';
import { reconcile } from '../../../src/domain/reconcile/reconcile';
import { validatePlan } from '../../../src/domain/validate/plan';
import type { Unit } from '../../../src/domain/model/money';

function checkExample(startYear: number, unit: Unit) {
  const wb = snapshotFromContent(exampleContent({ startYear, unit }));
  const read = readPlan(wb, { defaultStartYear: startYear });
  const findings = [...read.findings, ...validatePlan(read.plan)];
  return { plan: read.plan, findings, items: reconcile(read.plan, findings) };
}

describe('exampleContent', () => {
  it.each([
    [2027, '1000 kr'],
    [2031, 'kr'],
    [2027, 'mill kr'],
  ] as const)('reads back clean: %i in %s (no error or warning findings)', (startYear, unit) => {
    const { plan, findings } = checkExample(startYear, unit);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`)).toEqual([]);
    expect(plan.settings.unit).toBe(unit);
    expect(plan.years).toEqual([startYear, startYear + 1, startYear + 2, startYear + 3]);
  });

  it('has about ten operating measures over two sections and four costed projects', () => {
    const { plan } = checkExample(2027, '1000 kr');
    expect(plan.operating.length).toBeGreaterThanOrEqual(10);
    expect(new Set(plan.operating.map((m) => m.section))).toEqual(new Set(['Samfunn og tjenester', 'Organisasjon']));
    expect(plan.investment.filter((m) => m.costStatus === 'Beregnet')).toHaveLength(4);
    expect(plan.operating.filter((m) => m.costStatus === 'Må utredes').length).toBeGreaterThanOrEqual(2);
  });

  it('carries the Verdal miljøteam: 600, 1 200, 1 800, 2 400 thousand, all new money', () => {
    const { plan } = checkExample(2027, '1000 kr');
    const m = plan.operating.find((x) => x.id === 'D-001');
    expect(m?.years).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
    expect(m?.fullYear).toBe(2_400_000);
    expect(m?.finNew).toBe(2_400_000);
  });

  it.each([2027, 2030])('reconciliation finds exactly EXAMPLE_DIFFERENCES besides matches (%i)', (startYear) => {
    const { items } = checkExample(startYear, '1000 kr');
    const found = items
      .filter((i) => i.class !== 'match')
      .map((i) => ({
        code: i.code,
        class: i.class,
        ref: i.ref,
        yearOffset: i.year === undefined ? undefined : i.year - startYear,
      }));
    const expected = EXAMPLE_DIFFERENCES.map((d) => ({ ...d, yearOffset: d.yearOffset }));
    const key = (x: { code: string; ref: string; yearOffset?: number }) => `${x.code}|${x.ref}|${x.yearOffset ?? ''}`;
    expect([...found].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      [...expected].sort((a, b) => key(a).localeCompare(key(b))),
    );
    expect(items.filter((i) => i.class === 'match').length).toBeGreaterThan(10);
  });
});
