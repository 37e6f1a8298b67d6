/** Renders the schema's columns as form fields: inputs, drop-downs from the workbook lists, area check boxes. */
import { Checkbox, Field, Input, Select } from '@fluentui/react-components';
import type { ColumnSpec, Lang, Lists, Unit } from '../../domain';
import { tp } from '../../i18n/taskpane';
import type { FieldError, FormState } from './measureForm';

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
  onChange,
}: Props): JSX.Element {
  const set = (key: string, value: string) => onChange({ ...form, values: { ...form.values, [key]: value } });
  const message = (key: string) => {
    const e = errors[key];
    return e ? tp(lang, e) : undefined;
  };
  return (
    <div className="tp-form">
      {columns.map((c) => {
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
          return (
            <fieldset key={c.key} className="tp-areas">
              <legend>{c.header}</legend>
              {listOptions(c, lists).map((o) => (
                <Checkbox
                  key={o.value}
                  label={o.label}
                  checked={form.areas.includes(o.value)}
                  onChange={(_, d) =>
                    onChange({
                      ...form,
                      areas: d.checked ? [...form.areas, o.value] : form.areas.filter((a) => a !== o.value),
                    })
                  }
                />
              ))}
            </fieldset>
          );
        }
        if (c.type === 'list' || c.type === 'choice') {
          return (
            <Field key={c.key} label={c.header} required={c.required} validationMessage={message(c.key)}>
              <Select value={form.values[c.key] ?? ''} onChange={(_, d) => set(c.key, d.value)}>
                <option value="">{tp(lang, 'chooseOne')}</option>
                {listOptions(c, lists).map((o) => (
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
          <Field key={c.key} label={c.header} required={c.key === 'measure'} validationMessage={message(c.key)}>
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
