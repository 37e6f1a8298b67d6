/**
 * Explanations of reconciliation items (SPEC §10) for the Forklaring column and the reports: what was
 * compared, how it differs, and what to do. Amounts are shown in the workbook unit. The sentences are in
 * reconciliation.nb.ts (with the keys), reconciliation.nn.ts and reconciliation.en.ts.
 */
import type { Lang, ReconciliationItem, Unit } from '../domain';
import { fillNamesBy } from './translate';
import { notesOf } from './reconciliationNotes';
import {
  RECONCILIATION_CATALOG,
  translateReconciliation as translate,
  type ReconciliationKey,
} from './reconciliationCatalog';
import { fullParams, plain, plainParam, templateOf, wrongSameRef, type Explaining } from './reconciliationParams';

export { RECONCILIATION_CATALOG, type ReconciliationKey };

/**
 * The class sentence: a frame-total that stays below its Ramme line is a match, but not an equality; one over it
 * an overrun.
 */
function classKey(item: ReconciliationItem, unit: Unit): ReconciliationKey {
  // In a consolidation the line is in the economy plan workbook's unit: «both in one unit» would be wrong advice.
  if (item.class === 'unit-suspect' && item.lineUnit !== undefined && item.lineUnit !== unit)
    return 'class.unit-suspect.units';
  if (item.class === 'match' && item.code === 'frame-total' && item.measures !== item.economyPlan)
    return 'class.within';
  // Over a Ramme line: an overrun to cut back (over a cut, a saving to find), not a difference of either side.
  if (item.overFrame === true)
    return item.economyPlanEmpty === true ? 'class.over.empty' : item.economyPlan < 0 ? 'class.over-cut' : 'class.over';
  // A project's sign is no saving: its financing and expenditure keep the measure table's signs (money in, an expense).
  if (item.class === 'sign' && item.code === 'project-financing') return 'class.sign.financing';
  if (item.class === 'sign' && item.code === 'project-expenditure') return 'class.sign.expenditure';
  // The economy plan's cell is empty (SPEC §7: not given): said so, never «økonomiplanen 0».
  if (item.economyPlanEmpty === true && (item.class === 'mismatch' || item.class === 'timing'))
    return `class.${item.class}.empty`;
  return `class.${item.class}`;
}

/** The sentence for a measure without an economy plan line: by its table and what it can be found by. */
function missingLineKey(item: ReconciliationItem): ReconciliationKey {
  const line = item.missingLine;
  if (line?.table === 'investment' && line.ambiguous !== undefined)
    return 'full.measure-not-in-economy-plan.project-ambiguous';
  // Its line is there with its Ref, turned away for Del or Linjetype: the fix is on that line, not a line added.
  const same = wrongSameRef(item);
  if (same !== undefined && line?.ambiguous === undefined)
    return same.needs === 'Investering'
      ? 'full.measure-not-in-economy-plan.project-same-ref'
      : 'full.measure-not-in-economy-plan.same-ref';
  if (line?.table === 'investment')
    return line.ref.trim() === ''
      ? 'full.measure-not-in-economy-plan.no-project'
      : 'full.measure-not-in-economy-plan.project';
  if (line?.ambiguous !== undefined) return 'full.measure-not-in-economy-plan.ambiguous';
  return item.ref.trim() === '' ? 'full.measure-not-in-economy-plan.no-ref' : 'full.measure-not-in-economy-plan';
}

/** The sentence of a line that matches nothing: by what its years hold (SPEC §7: an empty year is not 0). */
function unmatchedKey(item: ReconciliationItem): ReconciliationKey {
  if (item.allZero !== true) return 'full.economy-plan-line-unmatched';
  if (item.amountYears === undefined) return 'full.economy-plan-line-unmatched.zero';
  return item.amountYears.length === 0
    ? 'full.economy-plan-line-unmatched.no-amounts'
    : 'full.economy-plan-line-unmatched.zero-years';
}

/** Which catalogue entries explain an item: a whole sentence for the two "missing partner" codes. */
function keysOf(item: ReconciliationItem, unit: Unit): ReconciliationKey[] {
  if (item.code === 'measure-not-in-economy-plan') return [missingLineKey(item)];
  if (item.code === 'economy-plan-line-unmatched') {
    if (item.otherPlan !== undefined) return ['full.economy-plan-line-unmatched.other-plan'];
    if (item.class === 'not-costed') return ['full.economy-plan-line-unmatched.not-costed'];
    if (item.sharedBy !== undefined) return ['full.economy-plan-line-unmatched.shared'];
    // A Ramme line whose Ref is a measure's ID: its Linjetype is the slip (the note says so), not a frame code to type.
    if (item.frameUnknown !== undefined && wrongSameRef(item) !== undefined)
      return ['full.economy-plan-line-unmatched.same-ref'];
    if (item.frameUnknown !== undefined)
      return [
        item.frameUnknown.noList === true
          ? 'full.economy-plan-line-unmatched.frame-no-list'
          : 'full.economy-plan-line-unmatched.frame',
      ];
    if (item.sourceUnknown === true)
      return [
        item.source === undefined
          ? 'full.economy-plan-line-unmatched.no-source'
          : 'full.economy-plan-line-unmatched.source',
      ];
    // A Ramme line with Del Investering (a Ramme line is drift only): its Del is the fix, not its Ref.
    if (item.investmentFrame === true) return ['full.economy-plan-line-unmatched.investment-frame'];
    if (item.ref.trim() === '') return ['full.economy-plan-line-unmatched.no-ref'];
    // Its Ref names a measure exactly: the note after it says which of Del and Linjetype to correct, not the Ref.
    if (item.sameRefLines?.some((n) => n.wrong !== undefined) === true)
      return ['full.economy-plan-line-unmatched.same-ref'];
    return [unmatchedKey(item)];
  }
  return [`subject.${item.code}`, classKey(item, unit)];
}

/** The sentences of `keys` joined, each filled from the item's params (plainParam, else fullParams). */
function sentences(item: ReconciliationItem, lang: Lang, unit: Unit, keys: readonly ReconciliationKey[]): string {
  if (!plain(item, keys, lang)) {
    const params = fullParams(item, lang, unit, keys);
    return keys.map((key) => translate(key, lang, params)).join(': ');
  }
  const e: Explaining = { item, lang, unit, keys };
  let text = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== undefined) text += (i === 0 ? '' : ': ') + fillNamesBy(templateOf(key, lang), e, plainParam);
  }
  return text;
}

/** One explanation of a reconciliation item in `lang`, amounts in the workbook unit `unit`. */
export function explainReconciliation(item: ReconciliationItem, lang: Lang, unit: Unit): string {
  const text = sentences(item, lang, unit, keysOf(item, unit));
  const notes = notesOf(item, lang);
  return notes.length === 0 ? text : [text, ...notes].join(' ');
}
