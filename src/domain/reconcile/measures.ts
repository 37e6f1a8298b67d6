/**
 * Operating measures against the economy plan (SPEC §10): `measure-new-money` per year for every costed
 * measure with new money or a matching `Tiltak` line, and `measure-not-in-economy-plan` when a measure
 * with new money has no line at all.
 */
import { classifyYears, toItem, withLineCells, withMissingLine, type YearSeries } from './classify';
import type { ItemsByCode } from './itemsByCode';
import type { MatchedLine } from './matchLines';
import { kr } from '../model/money';
import type { PlanNewMoney } from '../measures/newMoney';
import { sumLineYears } from './cells';
import { sheetAddress, yearKey } from '../read/rowCells';
import { isCosted } from '../measures/costed';
import { emptyEconomyYears } from '../model/yearTables';
import type { Kr } from '../model/money';
import type { OperatingMeasure, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';

type MeasureMatch = Extract<MatchedLine, { kind: 'measure' }>;

/** A measure's matched Tiltak lines: nearly always one, kept without a list. */
type Lines = MeasureMatch | MeasureMatch[];

/**
 * The matched Tiltak lines of every measure by its position in the table (`count` measures), in table order:
 * one pass, not one scan per measure, and an array rather than a map keyed by measure.
 */
function linesByMeasure(matched: readonly MatchedLine[], count: number): (Lines | undefined)[] {
  const lines = new Array<Lines | undefined>(count);
  // Counted (per line; docs/performance.md).
  for (let i = 0; i < matched.length; i++) {
    const x = matched[i];
    if (x === undefined || x.kind !== 'measure') continue;
    const known = lines[x.at];
    if (known === undefined) lines[x.at] = x;
    else if (Array.isArray(known)) known.push(x);
    else lines[x.at] = [known, x];
  }
  return lines;
}

/**
 * Compares one measure's new money per year with its lines: several are added up, the first one's cells are the
 * item's, and each item names every line's cell of its year (lineCells).
 */
function compareMeasure(
  plan: Plan,
  m: OperatingMeasure,
  newMoney: readonly Kr[],
  lines: Lines,
  into: ReconciliationItem[],
): void {
  const { years } = plan;
  const several = Array.isArray(lines);
  const first = several ? lines[0] : lines;
  const series: YearSeries = {
    code: 'measure-new-money',
    ref: m.id || m.ref,
    measureId: m.id || undefined,
    years,
    measures: newMoney,
    economyPlan: several
      ? sumLineYears(
          years.length,
          lines.map((x) => x.line),
        )
      : lines.line.years,
    // The matched line names the measure (at its position) and the line: the items keep it, no new object.
    cells: first ?? { measure: m, line: undefined },
    waiting: emptyEconomyYears(plan),
  };
  const start = into.length;
  classifyYears(series, plan.settings.tolerance, false, into);
  if (!several) return;
  for (let i = start; i < into.length; i++) {
    const item = into[i];
    const year = item?.year;
    if (year === undefined) continue;
    const cells = lines.flatMap((x) => sheetAddress(x.line, yearKey(year)) ?? []);
    withLineCells(item, cells);
  }
}

/** The item of a measure with new money and no economy plan line: the period total, and each year's part. */
function notInEconomyPlan(m: OperatingMeasure, newMoney: readonly Kr[], years: readonly number[]): ReconciliationItem {
  const total = newMoney.reduce((a, b) => a + b, 0);
  const item = toItem(
    {
      code: 'measure-not-in-economy-plan',
      ref: m.id || m.ref,
      measureId: m.id || undefined,
      measures: kr(total),
      economyPlan: kr(0),
      cells: { measures: sheetAddress(m, 'finNew') },
    },
    'mismatch',
  );
  const byYear = years.map((year, i) => ({ year, amount: newMoney[i] ?? kr(0) }));
  return withMissingLine(item, { table: 'operating', ref: m.id || m.ref, byYear });
}

/**
 * Reconciles every costed operating measure with its economy plan `Tiltak` lines (several lines of one
 * measure are added up; the first one's cells are named).
 */
export function reconcileMeasures(
  plan: Plan,
  newMoney: PlanNewMoney,
  matched: readonly MatchedLine[],
  into: ItemsByCode,
): void {
  const items = into.of('measure-new-money');
  const byMeasure = linesByMeasure(matched, plan.operating.length);
  // Counted: a measure's lines and new money sit at its position (docs/performance.md, hot functions).
  for (let i = 0; i < plan.operating.length; i++) {
    const m = plan.operating[i];
    if (m === undefined || !isCosted(m)) continue;
    const lines = byMeasure[i];
    const parts = newMoney[i] ?? [];
    if (lines !== undefined) compareMeasure(plan, m, parts, lines, items);
    // Nye midler ≠ 0 but no new money in any plan year (it starts after the period): no line is needed.
    else if ((m.finNew ?? 0) !== 0 && parts.some((x) => x !== 0)) into.add(notInEconomyPlan(m, parts, plan.years));
  }
}
