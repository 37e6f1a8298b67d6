/**
 * The add/edit measure form as data: which fields the schema asks for, the form's text state, and the
 * conversion of typed Norwegian text into the RowInput the domain planners take.
 */
import {
  decimalPointPriority,
  decimalPointText,
  formatNumber,
  fromKr,
  groupKey,
  INVESTMENT_TABLE,
  kr,
  OPERATING_TABLE,
  parseNorwegianNumber,
  type ColumnSpec,
  type Kr,
  type Measure,
  type RowInput,
  type TableKind,
  type Unit,
} from '../../domain';
import { AMOUNT_EXAMPLE, isUnitError, unitError, unitErrorParams, type UnitError } from './amountUnit';

/** Text per schema key, and one text per plan year. Areas are held as a list. */
export interface FormState {
  readonly values: Readonly<Record<string, string>>;
  readonly areas: readonly string[];
  readonly years: readonly string[];
}

/**
 * `decimalPoint`: a number typed with a dot as the decimal sign ("2.4"), which SPEC §7 does not read. The amounts
 * typed with a unit (amountUnit.ts UnitError): kroner in a 1000 kr or mill kr plan ("1 200 kr"), read as the sheet
 * reads it, would be written a thousand or a million times what she typed.
 */
export type FieldError =
  'required' | 'notANumber' | 'decimalPoint' | 'notAWholeNumber' | 'wholeNumberPoint' | UnitError;

/**
 * The fields marked * (required): those the check calls an error when empty (SPEC §8: measure-missing,
 * section-invalid, status-invalid, responsible-missing). Not the schema's `required`, which says a table must have
 * the column: an empty Type is read as Varig and an empty Formål as none, without a finding.
 */
export const REQUIRED_FIELDS: ReadonlySet<string> = new Set(['measure', 'section', 'costStatus', 'responsible']);

/**
 * The required fields left empty that a write does not wait for: all but Tiltak (FieldError 'required'). The check
 * is the authority and does not stop a write, and a list may be empty, leaving nothing to choose; the form says
 * under each that it is not chosen, before she adds.
 */
export function notChosen(form: FormState): ReadonlySet<string> {
  const keys = [...REQUIRED_FIELDS].filter((k) => k !== 'measure' && (form.values[k] ?? '').trim() === '');
  return new Set(keys);
}

/** The schema columns the form shows, in canonical order; `years` stays as the year placeholder. */
export function formColumns(kind: TableKind): readonly ColumnSpec[] {
  const spec = kind === 'operating' ? OPERATING_TABLE : INVESTMENT_TABLE;
  return spec.columns.filter((c) => c.type !== 'formula');
}

/** A new, empty form with the schema's defaults. */
export function emptyForm(kind: TableKind, yearCount: number): FormState {
  const values: Record<string, string> = {};
  for (const c of formColumns(kind)) if (c.key !== 'years' && c.type !== 'multiList') values[c.key] = c.default ?? '';
  return { values, areas: [], years: Array<string>(yearCount).fill('') };
}

const amountText = (v: Kr | null, unit: Unit): string => (v === null ? '' : formatNumber(fromKr(v, unit)));

/** The form filled with an existing measure's values, amounts in the workbook unit. */
export function formFromMeasure(m: Measure, unit: Unit): FormState {
  const values: Record<string, string> = {};
  const source = m as unknown as Readonly<Record<string, string | number | null | undefined>>;
  for (const c of formColumns(m.table)) {
    if (c.key === 'years' || c.type === 'multiList') continue;
    const v = source[c.key];
    if (c.type === 'amount') values[c.key] = amountText(typeof v === 'number' ? kr(v) : null, unit);
    else values[c.key] = v === null || v === undefined ? '' : String(v);
  }
  return { values, areas: [...m.areas], years: m.years.map((y) => amountText(y, unit)) };
}

/**
 * The list entry `text` is when compared as the checks and the totals group (groupKey: case and outer spaces
 * ignored): «oppvekst» is the listed «Oppvekst». Undefined when the list does not hold it.
 */
export function listEntry(entries: readonly string[], text: string): string | undefined {
  const key = groupKey(text);
  return entries.find((e) => groupKey(e) === key);
}

/** Whether the areas hold the list entry `entry`, in any case or spacing. */
export const hasArea = (areas: readonly string[], entry: string): boolean =>
  areas.some((a) => groupKey(a) === groupKey(entry));

/**
 * The areas after ticking (`on`) or unticking the list entry `entry`. The user has touched the field, so it is
 * written anew in the list's spelling: an area the list holds («oppvekst») becomes its entry («Oppvekst»), once
 * however often it was typed; an area the list does not hold is kept as typed.
 */
export function toggleArea(areas: readonly string[], entry: string, on: boolean, list: readonly string[]): string[] {
  const out = new Map<string, string>();
  for (const a of [...areas, ...(on ? [entry] : [])]) {
    const key = groupKey(a);
    if (!out.has(key)) out.set(key, listEntry(list, a) ?? a.trim());
  }
  if (!on) out.delete(groupKey(entry));
  return [...out.values()];
}

/**
 * Parses a typed amount as the check reads a cell (SPEC §7): empty → null; unreadable → undefined. "2.4" is
 * unreadable: a dot only groups thousands, and taking it for 2,4 here would write a figure the user did not type.
 */
export function parseAmount(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  const n = parseNorwegianNumber(text);
  return n === null ? undefined : n;
}

/** Why typed text is no number: a decimal point ("2.4", with its "2,4" to type) or anything else. */
const notANumber = (text: string): FieldError => (decimalPointText(text) === null ? 'notANumber' : 'decimalPoint');

/** Why text typed for a priority is none: "2.0", with the 2 to type, or anything else ("0.0": 0 is no priority). */
const notAWhole = (text: string): FieldError =>
  decimalPointPriority(text) === null ? 'notAWholeNumber' : 'wholeNumberPoint';

/** The text typed in the form's field `key` (`year:<i>` for a plan year). */
export function fieldText(form: FormState, key: string): string {
  return key.startsWith('year:') ? (form.years[Number(key.slice(5))] ?? '') : (form.values[key] ?? '');
}

/**
 * The params of a field error's message: for a decimal point, the text with a decimal comma (or the whole number)
 * to type instead; for an amount typed with a unit, the text as typed, the units and the figure to type in the
 * plan's (or its smallest amount, when the typed one is none); for no number, an example in the plan's unit.
 */
export function fieldErrorParams(
  form: FormState,
  key: string,
  error: FieldError,
  unit: Unit,
): Readonly<Record<string, string>> | undefined {
  const text = fieldText(form, key);
  if (error === 'wholeNumberPoint') return { suggestion: String(decimalPointPriority(text) ?? '') };
  if (error === 'notANumber') return { unit, example: AMOUNT_EXAMPLE[unit] };
  if (error === 'decimalPoint') return { suggestion: decimalPointText(text) ?? '' };
  return isUnitError(error) ? unitErrorParams(text, error, unit) : undefined;
}

/**
 * Why a typed amount cannot be taken as it stands, if it cannot: not a number, or one typed with a unit. Kroner in a
 * kr plan are the cell reader's own (SPEC §7) and taken.
 */
function amountError(text: string, n: number | null | undefined, unit: Unit): FieldError | undefined {
  const error = unitError(text, n, unit);
  return error === null ? (n === undefined ? notANumber(text) : undefined) : error;
}

/** The RowInput to plan, and the field errors the form shows before anything is written. */
export function toRowInput(
  kind: TableKind,
  form: FormState,
  fixed: { id: string; priority: number },
  /** The workbook's Beløpsenhet: every amount typed is in it, and one typed in kr another is asked for. */
  unit: Unit,
): { row: RowInput; errors: Readonly<Record<string, FieldError>> } {
  const errors: Record<string, FieldError> = {};
  const values: Record<string, string | number | null> = {};
  for (const c of formColumns(kind)) {
    if (c.key === 'years') continue;
    if (c.type === 'multiList') {
      values[c.key] = form.areas.join(';');
      continue;
    }
    const text = form.values[c.key] ?? '';
    if (c.type === 'amount' || c.type === 'integer') {
      const n = parseAmount(text);
      const error = c.type === 'integer' ? (n === undefined ? notAWhole(text) : undefined) : amountError(text, n, unit);
      if (error) errors[c.key] = error;
      // A refused amount is no figure yet: the live check must not read it as one (1 500 000 kr as mill kr).
      values[c.key] = error ? null : (n ?? null);
    } else {
      values[c.key] = text.trim() === '' ? null : text.trim();
    }
    if (c.key === 'measure' && text.trim() === '') errors[c.key] = 'required';
  }
  values.id = fixed.id;
  if (form.values.priority === undefined || form.values.priority.trim() === '') values.priority = fixed.priority;
  const years = form.years.map((text, i) => {
    const n = parseAmount(text);
    const error = amountError(text, n, unit);
    if (error) errors[`year:${i}`] = error;
    return error ? null : (n ?? null);
  });
  return { row: { values, years }, errors };
}
