/** Renders the schema's columns as form fields: inputs, drop-downs from the workbook lists, area check boxes. */
import { Text } from '@fluentui/react-components';
import type { ColumnSpec, Lang, Lists, Unit } from '../../domain';
import { tp } from '../../i18n/taskpane';
import { AreaChecks, ChoiceField, TextField, YearFields, type FieldContext } from './FieldInputs';
import { fieldErrorParams, type FieldError, type FormState } from './measureForm';

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

export function MeasureFields(props: Props): JSX.Element {
  const { lang, columns, unit, form, errors, onChange } = props;
  const message = (key: string) => {
    const e = errors[key];
    return e ? tp(lang, e, fieldErrorParams(form, key, e, unit)) : undefined;
  };
  const ctx: FieldContext = { lang, form, onChange, message };
  return (
    <div className="tp-form">
      {columns.map((c) => (
        <ColumnField key={c.key} c={c} ctx={ctx} {...props} />
      ))}
    </div>
  );
}

/** One column's field by its kind, or the line that says the table lacks the column. */
function ColumnField({ c, ctx, ...props }: Props & { readonly c: ColumnSpec; readonly ctx: FieldContext }) {
  const { lang, years, unit, lists, shown, unchosen, absent } = props;
  if (absent.has(c.key)) {
    return (
      <Text as="p" size={200}>
        {tp(lang, c.key === 'frame' ? 'columnAbsentFrame' : 'columnAbsent', { column: c.header })}
      </Text>
    );
  }
  if (c.key === 'years') return <YearFields ctx={ctx} years={years} unit={unit} />;
  if (c.type === 'multiList') return <AreaChecks ctx={ctx} c={c} lists={lists} />;
  if (c.type === 'list' || c.type === 'choice')
    return <ChoiceField ctx={ctx} c={c} lists={lists} unchosen={unchosen.has(c.key)} />;
  return <TextField ctx={ctx} c={c} fixed={shown[c.key]} />;
}
