/**
 * Near-miss references (issue 14): an economy plan line whose Ref is a measure's ID, Ref. or Prosjektnr but for
 * case, spaces, hyphens, dots and a leading "ØP" ("D001" for "D-001", "ØP-12" for "ØP12"). Both items stay
 * as they are (unmatched, codes unchanged: the workbook is what it is), but each explanation names the other
 * and the likely fix, and so do the frame items that the slip throws off. Indexed by the loosened key, so a
 * plan of any size is one pass over its items.
 */
import type { ItemsByCode } from './itemsByCode';
import type { EconomyPlanLine, EconomyPlanPart, Measure, Plan } from '../model/plan';
import { groupKey, refKey } from '../measures/grouping';
import type { ReconciliationItem } from '../model/reconciliation';
import type { NearMiss, SameRefLine } from '../model/reconciliationDetails';
import { sheetAddress } from '../read/rowCells';
import { Item } from './item';

/** A reference with case, spaces, hyphens, dots and a leading "ØP" taken away: "ØP-12" → "12", "D-001" → "d001". */
export function looseRef(ref: string): string {
  return ref
    .toLowerCase()
    .replace(/[\s\u00a0.\-\u2010-\u2015\u2212]/g, '')
    .replace(/^øp/, '');
}

const cellOnly = (address: string | undefined): string => (address ?? '').replace(/^.*!/, '');

function addNearMiss(item: ReconciliationItem, miss: NearMiss | SameRefLine): void {
  const field = 'needs' in miss ? 'sameRefLines' : 'nearMisses';
  const known: readonly NearMiss[] = item[field] ?? [];
  if (known.some((k) => k.line === miss.line && k.cell === miss.cell)) return;
  Object.assign(item, { [field]: [...known, miss] });
}

/** Whether a Ref names a measure as the matcher reads it (ID, Ref. or Prosjektnr): then the Ref is no slip. */
function namesExactly(ref: string, measure: Measure): boolean {
  const key = refKey(ref);
  return [measure.id, measure.ref, 'project' in measure ? measure.project : ''].some((k) => refKey(k) === key);
}

/** The measures behind the "no economy plan line" items, by the loosened keys a line could have meant. */
function missingByLooseRef(
  plan: Plan,
  items: ItemsByCode,
): Map<string, { item: ReconciliationItem; measure: Measure }> {
  const missing = items.of('measure-not-in-economy-plan');
  const out = new Map<string, { item: ReconciliationItem; measure: Measure }>();
  if (missing.length === 0) return out;
  const byId = new Map<string, Measure>();
  for (const m of [...plan.operating, ...plan.investment]) if (m.id !== '' && !byId.has(m.id)) byId.set(m.id, m);
  for (const item of missing) {
    const measure = item.measureId === undefined ? undefined : byId.get(item.measureId);
    if (measure === undefined) continue;
    const keys = [measure.id, measure.ref, 'project' in measure ? measure.project : ''].map(looseRef);
    for (const key of keys) if (key !== '' && !out.has(key)) out.set(key, { item, measure });
  }
  return out;
}

/**
 * Which of a line's Del and Linjetype kept it from the measure whose line `needs` that Del, compared as the matcher
 * compares them (matchLines.ts: case and outer spaces aside; a Del of neither table is tried against both, so only
 * the other table's Del is wrong); undefined when neither is, or the line is not found.
 */
function wrongOf(line: EconomyPlanLine | undefined, needs: EconomyPlanPart): SameRefLine['wrong'] {
  if (line === undefined) return undefined;
  const part = groupKey(line.part) === (needs === 'Drift' ? 'investering' : 'drift');
  // A project's Finansiering line is a line of its own (unmatched for its Finansieringskilde), not a Tiltak line
  // typed wrong.
  const type = groupKey(line.lineType);
  const lineType = type !== 'tiltak' && !(needs === 'Investering' && type === 'finansiering');
  if (!part && !lineType) return undefined;
  return { part, lineType, typedPart: line.part.trim(), typedType: line.lineType.trim() };
}

/** The economy plan lines by the cells an unmatched item names (its Ref's, Finansieringskilde's or Rammeområde's). */
function linesByCell(plan: Plan): Map<string, EconomyPlanLine> {
  const out = new Map<string, EconomyPlanLine>();
  for (const l of plan.economyPlan)
    for (const key of ['ref', 'source', 'frame']) {
      const at = sheetAddress(l, key);
      if (at !== undefined && !out.has(at)) out.set(at, l);
    }
  return out;
}

/**
 * Pairs every unmatched economy plan line with the measure lacking a line that its Ref nearly names, and
 * marks both items, plus the frame items of that measure's frame that do not match, with the pair.
 */
export function noteNearMisses(plan: Plan, items: ItemsByCode): void {
  const missing = missingByLooseRef(plan, items);
  if (missing.size === 0) return;
  const frames = items.of('frame-total');
  // Built only when a line names a measure exactly: rare, and a plan of any size stays one pass.
  let lines: Map<string, EconomyPlanLine> | undefined;
  for (const line of items.of('economy-plan-line-unmatched')) {
    // A Ref. several measures carry exactly is no slip: the line names them (sharedBy), not one of them.
    // Nor is another plan's line (its Plan column): it is no line of this plan's measures.
    if (line.class === 'not-costed' || line.ref.trim() === '' || line.sharedBy !== undefined) continue;
    if (line.otherPlan !== undefined) continue;
    const found = missing.get(looseRef(line.ref));
    if (found === undefined) continue;
    const miss: NearMiss = {
      line: line.ref,
      cell: cellOnly(line.cells.economyPlan),
      measure: found.measure.id || found.measure.ref,
    };
    // A Ref that already names the measure is no near miss: the line is unmatched for its Del or Linjetype, so the
    // explanation points there (and at the Del the measure's line needs), and the frame items are left as they are.
    if (namesExactly(line.ref, found.measure)) {
      const needs = 'project' in found.measure ? 'Investering' : 'Drift';
      lines ??= linesByCell(plan);
      const wrong = wrongOf(lines.get(line.cells.economyPlan ?? ''), needs);
      const same: SameRefLine = wrong ? { ...miss, needs, wrong } : { ...miss, needs };
      addNearMiss(line, same);
      addNearMiss(found.item, same);
      // Its explanation names this line's cell to correct: so do its link and jump button (the line's own cell).
      if (wrong) Item.pointAtLine(found.item, line.cells.economyPlan);
      continue;
    }
    addNearMiss(line, miss);
    addNearMiss(found.item, miss);
    const frame = found.measure.frame.trim().toLowerCase();
    if (frame === '') continue;
    for (const f of frames) if (f.class !== 'match' && f.ref.trim().toLowerCase() === frame) addNearMiss(f, miss);
  }
}
