/**
 * What she typed in the form of a measure being edited and has not saved: the fields whose text differs from the
 * form as it was filled from the measure (`loaded`). A move writes the priorities and fills the form again from the
 * workbook; what she typed is kept over that, to save (review r26: a typed amount went without a word).
 */
import type { FormState } from './measureForm';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether any field of `form` holds text other than what was filled in from the measure. */
export function hasTyped(form: FormState, loaded: FormState): boolean {
  return (
    Object.keys({ ...form.values, ...loaded.values }).some(
      (k) => (form.values[k] ?? '') !== (loaded.values[k] ?? ''),
    ) ||
    !sameList(form.areas, loaded.areas) ||
    !sameList(form.years, loaded.years)
  );
}

/**
 * The form filled from the measure as now written (`written`), with each field she typed (differing from `loaded`)
 * as she typed it: a field she left follows the workbook (the priority a move swapped), hers stays hers.
 */
export function keepTyped(form: FormState, loaded: FormState, written: FormState): FormState {
  const typed = (k: string) => (form.values[k] ?? '') !== (loaded.values[k] ?? '');
  const values = Object.fromEntries(
    Object.entries(written.values).map(([k, v]) => [k, typed(k) ? (form.values[k] ?? '') : v]),
  );
  return {
    values,
    areas: sameList(form.areas, loaded.areas) ? written.areas : form.areas,
    years: written.years.map((y, i) => (form.years[i] !== loaded.years[i] ? (form.years[i] ?? '') : y)),
  };
}
