/**
 * Reconciliation of the measures with the economy plan (SPEC §10). Runs after validation: measures with an
 * error in their amounts (ROW_ERROR_CODES) count like every costed measure (SPEC §4), and the items built from
 * them name them (`rowErrors`), so the explanation says so.
 * Every compared item is listed, matches included, in a deterministic order.
 */
import { toItem, UNMATCHED_CLASS, unmatchedYears, withRowErrors } from './classify';
import { matchLines, type MatchedLine } from './matchLines';
import { kr } from '../model/money';
import { sumAllYears, sumLineYears } from './cells';
import { sheetAddress } from '../read/rowCells';
import { noteFramelessMeasures, reconcileFrames } from './frames';
import { reconcileMeasures } from './measures';
import type { FrameCodeTest } from './measureFrames';
import { reconcileProjects } from './projects';
import { INVESTMENT_FINANCING, SHEETS } from '../model/schema';
import { ROW_ERROR_CODES, RECONCILIATION_CODES } from '../model/reconciliationCodes';
import { ItemsByCode } from './itemsByCode';
import { invalidLineCells } from './invalidCells';
import { noteNearMisses } from './nearMiss';
import { dropUnreadYears } from './unreadYears';
import { groupBy, groupKey, refKey } from '../measures/grouping';
import { planNewMoney, type PlanNewMoney } from '../measures/newMoney';
import type { Finding } from '../model/finding';
import type { EconomyPlanLine, Plan } from '../model/plan';
import type { ReconciliationItem } from '../model/reconciliation';
import type { ReconciliationCode } from '../model/reconciliationCodes';

/** Code order of the report: the order of SPEC §10's table. */
const CODE_ORDER: readonly ReconciliationCode[] = RECONCILIATION_CODES;

/**
 * The key unmatched lines are added up under: keyed as the lines were matched (refKey: case and spaces aside), so
 * that "D-014" and "d-014" are one line; a line without Ref is its own, and so is (`own`) a Ramme line with Del
 * Investering, whose explanation is about its Del, not about a Ref it may share with a Tiltak line.
 */
function unmatchedKey(line: EconomyPlanLine, own = false): string {
  const ref = refKey(line.ref);
  return ref === '' || own ? `\u0001${line.sheet}\u0000${line.row}` : `${ref}\u0000${groupKey(line.source)}`;
}

/**
 * One item per unmatched key (Ref + Finansieringskilde), adding up its lines; a line without Ref has no key
 * and is an item of its own (its amount and its cell, not added to another line's). Class `not-costed` when
 * every line matched only a measure that is not costed. A Finansiering line of a costed project whose
 * Finansieringskilde is not one of the six sources says so (`sourceUnknown`) and names its Finansieringskilde
 * cell: its Ref is right, the source is what to fix. A Tiltak line whose Ref. several costed measures carry
 * names them (`sharedBy`). A Ramme line of a frame in no list nor on any measure says so (`frameUnknown`) and names
 * its Rammeområde cell (its Ref's when it has none); one with Del Investering (`investmentFrame`) its Del cell.
 */
function unmatchedItems(plan: Plan, matched: readonly MatchedLine[], into: ItemsByCode): void {
  const unmatched = matched.filter((x): x is Extract<MatchedLine, { kind: 'unmatched' }> => x.kind === 'unmatched');
  const groups = groupBy(unmatched, (x) => unmatchedKey(x.line, x.investmentFrame));
  for (const g of groups) {
    const first = g.items[0];
    const lines = g.items.map((x) => x.line);
    const economyPlan = sumAllYears(lines);
    const notCosted = g.items.every((x) => x.measure !== undefined);
    const source = first?.line.source.trim() ?? '';
    const measureId = first?.measure?.id;
    const sourceUnknown = g.items.some((x) => x.sourceUnknown === true);
    const sourceCell = sourceUnknown && first?.line.cellColumns.source !== undefined;
    const frameUnknown = first?.frameUnknown;
    const frameCell = frameUnknown !== undefined && first?.line.frame.trim() !== '';
    const investmentFrame = first?.investmentFrame === true;
    const comparison = {
      code: 'economy-plan-line-unmatched' as const,
      ref: first?.line.ref.trim() ?? '',
      measureId: notCosted && measureId ? measureId : undefined,
      source: source || undefined,
      measures: kr(0),
      economyPlan,
      cells: { economyPlan: sheetAddress(first?.line, unmatchedCell(sourceCell, frameCell, investmentFrame)) },
    };
    const yearSums = sumLineYears(plan.years.length, lines);
    const item = toItem(comparison, notCosted ? 'not-costed' : UNMATCHED_CLASS);
    Object.assign(item, unmatchedYears(plan.years, yearSums));
    const sharedBy = first?.sharedBy;
    if (frameUnknown !== undefined) Object.assign(item, { frameUnknown });
    if (investmentFrame) Object.assign(item, { investmentFrame });
    into.add(sourceUnknown || sharedBy ? Object.assign(item, sourceUnknown ? { sourceUnknown } : { sharedBy }) : item);
  }
}

/** The cell an unmatched item names: what is to be corrected on its line. */
function unmatchedCell(source: boolean, frame: boolean, part: boolean): 'source' | 'frame' | 'part' | 'ref' {
  return source ? 'source' : frame ? 'frame' : part ? 'part' : 'ref';
}

/**
 * The lines of the plan's own economy plan sheet whose Plan names another plan than its Plannavn (case and outer
 * spaces aside, as the consolidation compares them): SPEC §15, "a line with Plan set matches only measures of that
 * plan". Not a Ramme line: it covers the frame's measures of every plan, its Plan narrowing nothing (SPEC §15). A
 * plan without Plannavn (optional for one plan, SPEC §3) cannot tell its own Plan from another's: none.
 */
function otherPlansLines(plan: Plan): EconomyPlanLine[] {
  const own = groupKey(plan.settings.planName);
  if (own === '') return [];
  const other = (l: EconomyPlanLine) => l.plan.trim() !== '' && groupKey(l.plan) !== own;
  return plan.economyPlan.filter((l) => other(l) && groupKey(l.lineType) !== 'ramme');
}

/**
 * Another plan's lines, listed as the consolidation lists a line no plan of its check claims: unmatched items
 * (per Plan, Ref and Finansieringskilde, as unmatchedItems groups them), each naming the Plan typed.
 */
function otherPlanItems(plan: Plan, lines: readonly EconomyPlanLine[], into: ItemsByCode): void {
  const own = plan.settings.planName.trim();
  // One item per Plan and unmatched key, each naming its first line's Plan cell.
  for (const g of groupBy(lines, (l) => `${groupKey(l.plan)}\u0002${unmatchedKey(l)}`)) {
    const first = g.items[0];
    if (first === undefined) continue;
    const cell = sheetAddress(first, 'plan');
    const otherPlan = { plan: first.plan.trim(), own, ...(cell !== undefined ? { cell } : {}) };
    const items = new ItemsByCode();
    unmatchedItems(
      plan,
      g.items.map((line) => ({ kind: 'unmatched', line })),
      items,
    );
    for (const item of items.of('economy-plan-line-unmatched')) into.add(Object.assign(item, { otherPlan }));
  }
}

// One collator for every comparison: localeCompare with options builds a new one per call (slow in a sort).
const REF_COLLATOR = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

const compareRefs = (a: string, b: string): number => REF_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const SOURCE_RANK: ReadonlyMap<string, number> = new Map(INVESTMENT_FINANCING.map((f, i) => [f.header, i]));

/** −1 for no source, the column order for the six financing sources, after them any other text. */
const sourceRank = (source: string | undefined): number =>
  source === undefined ? -1 : (SOURCE_RANK.get(source) ?? INVESTMENT_FINANCING.length);

/** Report order within one code: ref (natural order), then year, then financing source. */
function compareWithinCode(a: ReconciliationItem, b: ReconciliationItem): number {
  // Different refs never compare equal (compareRefs falls back to the code points).
  if (a.ref !== b.ref) return compareRefs(a.ref, b.ref);
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    sourceRank(a.source) - sourceRank(b.source) ||
    compareRefs(a.source ?? '', b.source ?? '')
  );
}

/** Report order: by code (SPEC order), then within the code (compareWithinCode). */
export function compareItems(a: ReconciliationItem, b: ReconciliationItem): number {
  return CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) || compareWithinCode(a, b);
}

/** Whether a code's list is already in order (compareWithinCode): then sorting it would change nothing. */
function inOrder(items: readonly ReconciliationItem[]): boolean {
  // Counted (per item; docs/performance.md).
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a !== undefined && b !== undefined && compareWithinCode(a, b) > 0) return false;
  }
  return true;
}

/**
 * The items in report order (compareItems, stable): the codes in SPEC order, each code's list sorted, which
 * it usually is already (the reconcilers go through the tables in order, and IDs mostly run in table order):
 * a look at neighbours then spares the sort and its comparisons.
 */
function sortItems(items: ItemsByCode): ReconciliationItem[] {
  const lists = items.lists.map((list) => (inOrder(list) ? list : list.sort(compareWithinCode)));
  // concat, not flat(): six times as fast on 41 520 items.
  const sorted: ReconciliationItem[] = [];
  return sorted.concat(...lists);
}

/**
 * Names the measure in every item of one measure with an error in its amounts (frames and projects, whose items may
 * add up several measures, name theirs themselves), and marks the items that count a measure of `invalid` (an amount
 * cell not an amount, counted as 0): only they say so.
 */
function noteMeasureErrors(items: ItemsByCode, withErrors: ReadonlySet<string>, invalid: ReadonlySet<string>): void {
  for (const list of items.lists) {
    for (const item of list) {
      if (item.rowErrors === undefined && item.measureId !== undefined && withErrors.has(item.measureId))
        withRowErrors(item, [item.measureId]);
      if (item.rowErrors?.some((id) => invalid.has(id))) Object.assign(item, { rowErrorsInvalid: true });
    }
  }
}

/** Names the economy plan cells that are not a number in the items that compare them (invalidCells.ts). */
function noteInvalidLineCells(items: ItemsByCode, findings: readonly Finding[], sheet: string): void {
  const invalidOf = invalidLineCells(findings, sheet);
  if (invalidOf === null) return;
  for (const list of items.lists) {
    for (const item of list) {
      const invalidCells = invalidOf(item);
      if (invalidCells) Object.assign(item, { invalidCells });
    }
  }
}

/**
 * Reconciles the plan with its economy plan table (SPEC §10): measure-new-money, measure-not-in-economy-plan,
 * economy-plan-line-unmatched, frame-total, project-expenditure and project-financing, each item classed
 * (match, rounding, mismatch, timing, unit-suspect, sign, not-costed) with Δ = measures − economy plan.
 * `findings` are the reader's and validator's: rows with errors in their amounts count, and their items say so.
 * `newMoney` is the plan's new money per year (planNewMoney), when the caller has it already.
 */
export function reconcile(
  plan: Plan,
  findings: readonly Finding[],
  newMoney: PlanNewMoney = planNewMoney(plan),
): ReconciliationItem[] {
  return reconcileWaiting(plan, findings, newMoney).items;
}

/**
 * reconcile, and whether a project-financing comparison waits for a year the economy plan has no amount for yet
 * (`financingWaits`, Report.financingWaits): the check's report says the financing waits only then.
 */
export function reconcileWaiting(
  plan: Plan,
  findings: readonly Finding[],
  newMoney: PlanNewMoney,
): { items: ReconciliationItem[]; financingWaits: boolean } {
  // Another plan's lines (by their Plan column) are neither matched nor in a frame here, as in a consolidation.
  const others = otherPlansLines(plan);
  if (others.length === 0) return reconcileParts(plan, findings, newMoney, true);
  const set = new Set(others);
  const own = { ...plan, economyPlan: plan.economyPlan.filter((l) => !set.has(l)) };
  return reconcileParts(own, findings, newMoney, true, others);
}

/**
 * reconcile, with the matched lines it worked from, and without frame-total when `frames` is false: the
 * consolidation (SPEC §15) compares the frames across plans from the same matched lines, and places a measure
 * without Rammeområde by the frame codes of every plan (`isCode`, measureFrames).
 */
export function reconcileParts(
  plan: Plan,
  findings: readonly Finding[],
  newMoney: PlanNewMoney,
  frames: boolean,
  others: readonly EconomyPlanLine[] = [],
  isCode?: FrameCodeTest,
): { items: ReconciliationItem[]; matched: MatchedLine[]; financingWaits: boolean } {
  const identityCodes: readonly string[] = ROW_ERROR_CODES;
  const withErrors = new Set(
    findings.flatMap((f) => (identityCodes.includes(f.code) && f.measureId ? [f.measureId] : [])),
  );
  const matched = matchLines(plan);
  const items = new ItemsByCode();
  reconcileMeasures(plan, newMoney, matched, items);
  unmatchedItems(plan, matched, items);
  if (others.length > 0) otherPlanItems(plan, others, items);
  if (frames) reconcileFrames(plan, newMoney, matched, withErrors, items, isCode);
  noteFramelessMeasures(plan, matched, items, isCode);
  reconcileProjects(plan, matched, items, withErrors);
  const invalid = new Set(findings.flatMap((f) => (f.code === 'amount-invalid' && f.measureId ? [f.measureId] : [])));
  if (withErrors.size > 0) noteMeasureErrors(items, withErrors, invalid);
  noteInvalidLineCells(items, findings, plan.economyPlan[0]?.sheet ?? SHEETS.economyPlan);
  noteNearMisses(plan, items);
  const financingWaits = dropUnreadYears(plan, items);
  return { items: sortItems(items), matched, financingWaits };
}
