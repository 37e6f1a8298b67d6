/** Renders the schema's columns as form fields: inputs, drop-downs from the workbook lists, area check boxes. */
import { Checkbox, Field, Input, Select, Text } from '@fluentui/react-components';
import type { ColumnSpec, Lang, Lists, Unit } from '../../domain';
import { tp } from '../../i18n/taskpane';
import {
  fieldErrorParams,
  hasArea,
  listEntry,
  REQUIRED_FIELDS,
  toggleArea,
  type FieldError,
  type FormState,
} from './measureForm';

interface Props {
  readonly lang: Lang;
  readonly columns: readonly ColumnSpec[];
  readonly years: readonly number[];
  readonly unit: Unit;
  readonly lists: Lists;
  readonly form: FormState;
  /** What the form shows for fields the pane fills in (ID, next priority). */
  readonly shown: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, FieldError>>;
  /** Required fields left empty that the write does not wait for (measureForm notChosen): said, not refused. */
  readonly unchosen: ReadonlySet<string>;
  /** The columns the table lacks (measureForm absentColumns): a line in place of the field. */
  readonly absent: ReadonlySet<string>;
  readonly onChange: (form: FormState) => void;
}

function listOptions(c: ColumnSpec, lists: Lists): { value: string; label: string }[] {
  if (c.list === 'frames')
    return lists.frames.map((f) => ({ value: f.code, label: f.name ? `${f.code} – ${f.name}` : f.code }));
  const source = c.list ? lists[c.list] : (c.choices ?? []);
  return source.map((v) => ({ value: v, label: v }));
}

export function MeasureFields({
  lang,
  columns,
  years,
  unit,
  lists,
  form,
  shown,
  errors,
  unchosen,
  absent,
  onChange,
}: Props): JSX.Element {
  const set = (key: string, value: string) => onChange({ ...form, values: { ...form.values, [key]: value } });
  const message = (key: string) => {
    const e = errors[key];
    return e ? tp(lang, e, fieldErrorParams(form, key, e, unit)) : undefined;
  };
  return (
    <div className="tp-form">
      {columns.map((c) => {
        if (absent.has(c.key)) {
          return (
            <Text key={c.key} as="p" size={200}>
              {tp(lang, c.key === 'frame' ? 'columnAbsentFrame' : 'columnAbsent', { column: c.header })}
            </Text>
          );
        }
        if (c.key === 'years') {
          return (
            <fieldset key="years" className="tp-years">
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
        if (c.type === 'multiList') {
          const options = listOptions(c, lists);
          const entries = options.map((o) => o.value);
          return (
            <fieldset key={c.key} className="tp-areas">
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
        if (c.type === 'list' || c.type === 'choice') {
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
          const note = error ?? (unchosen.has(c.key) ? tp(lang, 'notChosen') : undefined);
          return (
            <Field
              key={c.key}
              label={c.header}
              required={REQUIRED_FIELDS.has(c.key)}
              validationMessage={note}
              validationState={error ? 'error' : note ? 'warning' : 'none'}
            >
              <Select value={shownValue} onChange={(_, d) => set(c.key, d.value)}>
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
        const fixed = shown[c.key];
        const numeric = c.type === 'amount' || c.type === 'integer';
        return (
          <Field key={c.key} label={c.header} required={REQUIRED_FIELDS.has(c.key)} validationMessage={message(c.key)}>
            <Input
              value={c.type === 'id' ? (fixed ?? '') : (form.values[c.key] ?? '')}
              placeholder={fixed}
              readOnly={c.type === 'id'}
              inputMode={numeric ? 'decimal' : undefined}
              maxLength={c.maxLength}
              onChange={(_, d) => set(c.key, d.value)}
            />
          </Field>
        );
      })}
    </div>
  );
}
