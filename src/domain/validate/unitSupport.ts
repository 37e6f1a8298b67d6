/**
 * Which reading of a unit mix-up the rest of the plan supports (issue 14): years and Helårsvirkning typed in
 * kr (300 000) with financing typed in 1000 kr (100 + 200) is either financing in the wrong unit or years in
 * the wrong unit. The other measures of the same table tell which size is normal in this plan: the side
 * whose size is nearer (by orders of magnitude) to their typical base is probably right.
 */
import { financingBase } from '../measures/financing';
import { amountOf } from './cells';
import type { Finding } from '../model/finding';
import type { FindingParams } from '../model/findingParams';
import type { Measure, Plan } from '../model/plan';

type Supported = FindingParams['unit-suspect']['supported'];

/** The size of a measure's base (operating: the financing base; investment: Kostnadsramme), or 0. */
const sizeOf = (m: Measure): number => Math.abs(m.table === 'operating' ? financingBase(m) : amountOf(m.budget));

/** The median of the non-zero sizes, or null when there is none. */
function median(sizes: number[]): number | null {
  const xs = sizes.filter((x) => x > 0).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

/** The side nearer to `typical` on a log scale; 'none' when it is a tie or nothing to compare with. */
function nearer(typical: number | null, base: number, financing: number): Supported {
  if (typical === null) return 'none';
  const distance = (x: number) => Math.abs(Math.log10(Math.abs(x)) - Math.log10(typical));
  const [b, f] = [distance(base), distance(financing)];
  return b < f ? 'base' : f < b ? 'financing' : 'none';
}

/**
 * `findings` with every unit-suspect finding told which reading the plan supports (`supported`): the other
 * measures of its table, those without a unit-suspect finding of their own, give the typical size.
 */
export function withUnitSupport(plan: Plan, findings: Finding[]): Finding[] {
  const suspects = findings.filter((f) => f.code === 'unit-suspect');
  if (suspects.length === 0) return findings;
  const suspect = new Set(suspects.map((f) => `${f.sheet}\u0000${f.measureId ?? ''}`));
  const typical = (measures: readonly Measure[]) =>
    median(measures.filter((m) => !suspect.has(`${m.sheet}\u0000${m.id}`)).map(sizeOf));
  const byTable = { operating: typical(plan.operating), investment: typical(plan.investment) };
  return findings.map((f) => {
    if (f.code !== 'unit-suspect') return f;
    const p = f.params as FindingParams['unit-suspect'];
    const table = p.rule === 'financing-sum' ? 'operating' : 'investment';
    return { ...f, params: { ...p, supported: nearer(byTable[table], p.expected, p.actual) } };
  });
}
