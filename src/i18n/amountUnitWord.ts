/**
 * An amount's text and its unit word, said in the plan's Beløpsenhet (review r37). Text read as a number (SPEC §7
 * amount-text) counts in Beløpsenhet whatever unit word it carries: «200 000 kr» in a mill kr plan is 200 000 mill kr,
 * so the message says what it was read as and, when the text names kroner in a plan of another unit, that its unit
 * differs and which figure to type if it is kroner (converting it as it stands would lock in a factor of 1 000 000).
 * Text with another unit word («1,5 mill kr») is no amount (amount-invalid; for Toleranse setting-invalid); the
 * message gives the figure to type in Beløpsenhet, as the add-measure form does (taskpane/views/amountUnit.ts).
 */
import {
  amountInUnit,
  exactFigure,
  formatNumber,
  namesKroner,
  parseNorwegianNumber,
  settingLabel,
  typedAmount,
  type Finding,
  type Unit,
} from '../domain';
import type { FindingKey } from './findingKeys';

type UnitWordKey =
  | 'amount-text.kroner'
  | 'amount-invalid.unit-typed'
  | 'amount-invalid.other-unit'
  | 'setting-invalid.unit-typed'
  | 'setting-invalid.other-unit';

/** The text a finding quotes when its message weighs a unit word: an amount cell's, or the Toleranse's. */
function quotedText(f: Finding): string | undefined {
  const value = f.params.value;
  if (typeof value !== 'string' || f.params.reason !== undefined || f.params.valueType !== undefined) return undefined;
  if (f.code === 'amount-text' || f.code === 'amount-invalid') return value;
  return f.code === 'setting-invalid' && f.params.setting === settingLabel('tolerance') ? value : undefined;
}

/** The key and the params of a finding's message about its text's unit word in a plan of `unit`; none when it has none. */
function unitWord(f: Finding, unit: Unit): { key?: UnitWordKey; params: Record<string, string> } {
  const text = quotedText(f);
  if (text === undefined) return { params: {} };
  if (f.code === 'amount-text') {
    const n = parseNorwegianNumber(text);
    if (n === null) return { params: {} };
    const readAs = formatNumber(n);
    if (unit === 'kr' || !namesKroner(text)) return { params: { readAs } };
    const suggestion = exactFigure(amountInUnit({ n, unit: 'kr' }, unit));
    return { key: 'amount-text.kroner', params: { readAs, suggestion } };
  }
  const typed = typedAmount(text);
  if (typed === null || parseNorwegianNumber(text) !== null) return { params: {} };
  const params = { typedUnit: typed.unit, suggestion: exactFigure(amountInUnit(typed, unit)) };
  const variant = typed.unit === unit ? 'unit-typed' : 'other-unit';
  return { key: f.code === 'amount-invalid' ? `amount-invalid.${variant}` : `setting-invalid.${variant}`, params };
}

/** Params of a message that weighs its text's unit word: `readAs`, `suggestion`, `typedUnit` (empty when none). */
export const unitWordParams = (f: Finding, unit: Unit): Record<string, string> => unitWord(f, unit).params;

/** The message key of a finding whose text's unit word changes what to say, else undefined. */
export const unitWordKey = (f: Finding, unit: Unit): FindingKey | undefined => unitWord(f, unit).key;
