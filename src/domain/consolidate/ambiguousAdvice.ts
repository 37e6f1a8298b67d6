/**
 * A plan's own items when an economy plan line that would be theirs is ambiguous (SPEC §15: its Ref names a
 * measure of another plan too, so it counts for none). The line is there, so the fix is Plan on it (a plan
 * without Plannavn needs one first), not a new line: typing one as well would put the money in the economy plan
 * twice. What each ambiguous line would be to the plan is asked of the matcher of one plan (matchLine): an
 * operating measure's line, a project's Tiltak line, or its Finansiering line of one source.
 */
import { refKey } from '../measures/grouping';
import { INVESTMENT_FINANCING } from '../model/schema';
import { indexPlan, matchLine } from '../reconcile/matchLines';
import { Item } from '../reconcile/item';
import { ambiguousItem } from './items';
import type { Claimant } from '../model/consolidation';
import type { Unit } from '../model/money';
import type { OtherWorkbook } from '../model/otherFile';
import type { EconomyPlanLine, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';

export interface AmbiguousLine {
  readonly line: EconomyPlanLine;
  readonly claimants: readonly Claimant[];
}

/** An ambiguous line as an explanation names it: its Ref and its Ref cell. */
interface NamedLine {
  readonly ref: string;
  readonly cell: string;
}

/** The ambiguous lines one plan's measures would match, by what they would match (first line each). */
interface AmbiguousOfPlan {
  readonly measure: ReadonlyMap<string, NamedLine>;
  readonly expenditure: ReadonlyMap<string, NamedLine>;
  /** By project key and Finansieringskilde header (as a project-financing item names its source). */
  readonly financing: ReadonlyMap<string, NamedLine>;
}

const HEADER_OF = new Map<string, string>(INVESTMENT_FINANCING.map((f) => [f.key, f.header]));
const sourceKey = (project: string, header: string) => `${project}\u0000${header}`;

function setOnce(map: Map<string, NamedLine>, key: string, line: NamedLine): void {
  if (!map.has(key)) map.set(key, line);
}

/** The ambiguous lines that name a measure of `plan` (claimed by `name`), by what they would match in it. */
function ambiguousOfPlan(plan: Plan, name: string, ambiguous: readonly AmbiguousLine[]): AmbiguousOfPlan {
  const measure = new Map<string, NamedLine>();
  const expenditure = new Map<string, NamedLine>();
  const financing = new Map<string, NamedLine>();
  const mine = ambiguous.filter((a) => a.claimants.some((c) => c.plan === name));
  const index = mine.length === 0 ? undefined : indexPlan(plan);
  for (const { line, claimants } of mine) {
    const item = ambiguousItem(line, claimants);
    const named = { ref: item.ref, cell: item.cells.economyPlan ?? '' };
    const m = matchLine(plan, line, index);
    if (m?.kind === 'measure') setOnce(measure, m.measure.id, named);
    else if (m?.kind === 'expenditure') setOnce(expenditure, m.project, named);
    else if (m?.kind === 'financing') setOnce(financing, sourceKey(m.project, HEADER_OF.get(m.source) ?? ''), named);
  }
  return { measure, expenditure, financing };
}

/** The ambiguous line an item of the plan lacks, if any. */
function lineOf(item: ReconciliationItem, of: AmbiguousOfPlan): NamedLine | undefined {
  if (item.code === 'measure-not-in-economy-plan') {
    const missing = item.missingLine;
    if (missing?.table !== 'investment')
      return item.measureId === undefined ? undefined : of.measure.get(item.measureId);
    // A project without any line: its Tiltak line, else any Finansiering line of it (project key: Prosjektnr, else ID).
    const project = refKey(missing.ref) || refKey(item.measureId ?? '');
    if (project === '') return undefined;
    const spent = of.expenditure.get(project);
    if (spent) return spent;
    for (const f of INVESTMENT_FINANCING) {
      const line = of.financing.get(sourceKey(project, f.header));
      if (line) return line;
    }
    return undefined;
  }
  if (item.class === 'match' || item.class === 'rounding') return undefined;
  if (item.code === 'project-expenditure') return of.expenditure.get(refKey(item.ref));
  if (item.code === 'project-financing') return of.financing.get(sourceKey(refKey(item.ref), item.source ?? ''));
  return undefined;
}

/** How a plan's items are advised: its name as the claimants have it, its Plannavn and its unit. */
export interface AdvisedPlan {
  readonly plan: Plan;
  readonly name: string;
  readonly planName: string;
  readonly unit: Unit;
  /** The economy plan workbook, when it is not the plan's own: every item names its cells with its file. */
  readonly economyWorkbook?: OtherWorkbook;
}

/**
 * A plan's items as a consolidation advises them. A missing line is typed into the economy plan workbook: in
 * its unit, and with the plan's Plannavn in Plan, or its Ref could name another plan's measure too. When an
 * ambiguous line names the measure or project already, the item names that line (`missingLine.ambiguous`, or
 * `ambiguousLine` on a project's item that does not match). A line that looks typed in the wrong unit is judged
 * against the economy plan's unit, not the plan's, when the two differ. Each item names the workbook its economy
 * plan cells are in when that is not the plan's own (`economyWorkbook`).
 */
export function advisedItems(
  items: readonly ReconciliationItem[],
  own: AdvisedPlan,
  unit: Unit,
  ambiguous: readonly AmbiguousLine[],
): ReconciliationItem[] {
  const of = ambiguousOfPlan(own.plan, own.name, ambiguous);
  const planName = own.planName.trim();
  const plan = planName === '' ? {} : { plan: planName };
  const at = own.economyWorkbook;
  return items.map((raw) => {
    const item = at === undefined ? raw : Item.inWorkbook(raw, at);
    if (item.class === 'unit-suspect' && unit !== own.unit) return { ...item, lineUnit: unit };
    const line = lineOf(item, of);
    if (item.missingLine) {
      const ambiguous = line ? { ambiguous: line } : {};
      return { ...item, missingLine: { ...item.missingLine, unit, ...plan, ...ambiguous } };
    }
    return line ? { ...item, ambiguousLine: { ...line, ...plan } } : item;
  });
}
