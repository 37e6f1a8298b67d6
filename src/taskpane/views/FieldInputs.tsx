/** One column of Nytt tiltak's form, by its kind: the year amounts, plan area check boxes, a drop-down, an input. */
import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import type { ColumnSpec, Lang, Lists, Unit } from '../../domain';
import { tp } from '../../i18n/taskpane';
import { hasArea, listEntry, REQUIRED_FIELDS, toggleArea, type FormState } from './measureForm';

/** What every field needs: the language, the form and its change, and a field's error message (none: undefined). */
export interface FieldContext {
  readonly lang: Lang;
  readonly form: FormState;
  readonly onChange: (form: FormState) => void;
  readonly message: (key: string) => string | undefined;
}

/** A list column's entries from the workbook's lists (frames as «code – name»), else the schema's choices. */
function listOptions(c: ColumnSpec, lists: Lists): { value: string; label: string }[] {
  if (c.list === 'frames')
    return lists.frames.map((f) => ({ value: f.code, label: f.name ? `${f.code} – ${f.name}` : f.code }));
  const source = c.list ? lists[c.list] : (c.choices ?? []);
  return source.map((v) => ({ value: v, label: v }));
}

/** An amount per plan year, in the plan's unit. */
export function YearFields({ ctx, years, unit }: { ctx: FieldContext; years: readonly number[]; unit: Unit }) {
  const { lang, form, onChange, message } = ctx;
  return (
    <fieldset className="tp-years">
      <legend>{tp(lang, 'amountsIn', { unit })}</legend>
      {years.map((year, i) => (
        <Field key={year} label={String(year)} validationMessage={message(`year:${i}`)}>
          <Input
            inputMode="decimal"
            value={form.years[i] ?? ''}
            onChange={(_, d) => onChange({ ...form, years: form.years.map((y, j) => (j === i ? d.value : y)) })}
          />
        </Field>
      ))}
    </fieldset>
  );
}

/** A check box per entry of a multi-list column (Berørte planområder). */
export function AreaChecks({ ctx, c, lists }: { ctx: FieldContext; c: ColumnSpec; lists: Lists }) {
  const { form, onChange } = ctx;
  const options = listOptions(c, lists);
  const entries = options.map((o) => o.value);
  return (
    <fieldset className="tp-areas">
      <legend>{c.header}</legend>
      {options.map((o) => (
        <Checkbox
          key={o.value}
          label={o.label}
          checked={hasArea(form.areas, o.value)}
          onChange={(_, d) =>
            onChange({ ...form, areas: toggleArea(form.areas, o.value, d.checked === true, entries) })
          }
        />
      ))}
    </fieldset>
  );
}

interface ChoiceProps {
  readonly ctx: FieldContext;
  readonly c: ColumnSpec;
  readonly lists: Lists;
  /** Required and left empty, which the write does not wait for: said, not refused. */
  readonly unchosen: boolean;
}

/** A drop-down of a list or choice column. */
export function ChoiceField({ ctx, c, lists, unchosen }: ChoiceProps) {
  const { lang, form, message } = ctx;
  const options = listOptions(c, lists);
  const typed = form.values[c.key] ?? '';
  // A value typed in another case shows as its list entry; it is written only when the user picks one.
  const shownValue = c.list
    ? (listEntry(
        options.map((o) => o.value),
        typed,
      ) ?? typed)
    : typed;
  const error = message(c.key);
  // A warning, not an error: the button stays, and the check names it once the row is written.
  const note = error ?? (unchosen ? tp(lang, 'notChosen') : undefined);
  return (
    <Field
      label={c.header}
      required={REQUIRED_FIELDS.has(c.key)}
      validationMessage={note}
      validationState={error ? 'error' : note ? 'warning' : 'none'}
    >
      <Select value={shownValue} onChange={(_, d) => setValue(ctx, c.key, d.value)}>
        <option value="">{tp(lang, 'chooseOne')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** A text, amount or integer input; the ID shown read-only, a field the pane fills in with its value as placeholder. */
export function TextField({ ctx, c, fixed }: { ctx: FieldContext; c: ColumnSpec; fixed: string | undefined }) {
  const { form, message } = ctx;
  const numeric = c.type === 'amount' || c.type === 'integer';
  return (
    <Field label={c.header} required={REQUIRED_FIELDS.has(c.key)} validationMessage={message(c.key)}>
      <Input
        value={c.type === 'id' ? (fixed ?? '') : (form.values[c.key] ?? '')}
        placeholder={fixed}
        readOnly={c.type === 'id'}
        inputMode={numeric ? 'decimal' : undefined}
        maxLength={c.maxLength}
        onChange={(_, d) => setValue(ctx, c.key, d.value)}
      />
    </Field>
  );
}

/** The form with one field's value changed. */
function setValue({ form, onChange }: FieldContext, key: string, value: string): void {
  onChange({ ...form, values: { ...form.values, [key]: value } });
}
