/**
 * Nytt tiltak: add a measure, or edit and move an existing one. The row is checked live by running the
 * domain checker on the workbook as it would be after writing, so the form and the Kontroll view agree.
 */
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  applyEdits,
  checkSnapshot,
  nextMeasureId,
  nextPriority,
  planAddMeasure,
  planMoveMeasure,
  planUpdateMeasure,
  writable,
  type Edit,
  type Finding,
  type Plan,
  type RowInput,
  type TableKind,
  type WorkbookSnapshot,
} from '../../domain';
import { renderFinding } from '../../i18n';
import { tp } from '../../i18n/taskpane';
import type { PlanOnFresh, ViewProps } from '../components/types';
import { MeasureGone } from '../errors';
import { defaultStartYear } from '../hooks/usePlanCheck';
import { MeasureFields } from './MeasureFields';
import { emptyForm, formColumns, formFromMeasure, toRowInput, type FormState } from './measureForm';

/** Findings of one measure on the workbook as it would be after `edits`. */
function previewFindings(snapshot: WorkbookSnapshot, edits: readonly Edit[], id: string): Finding[] {
  const after = applyEdits(snapshot, edits);
  const result = checkSnapshot(after, { file: '', defaultStartYear: defaultStartYear(), render: () => '' });
  return result.findings.filter((f) => f.measureId === id && f.severity === 'error');
}

const measuresOf = (plan: Plan, kind: TableKind) => (kind === 'operating' ? plan.operating : plan.investment);

const holds = (plan: Plan, id: string) => [...plan.operating, ...plan.investment].some((m) => m.id === id);

/**
 * The fields of `row` that differ from `loaded` (the form as it was filled from the measure); the others are
 * left out, so that a save does not put back what the user has changed in Excel since.
 */
function changedOnly(row: RowInput, loaded: RowInput): RowInput {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const values = Object.fromEntries(Object.entries(row.values).filter(([k, v]) => !same(v, loaded.values[k])));
  // planUpdateMeasure leaves a year whose entry is undefined as it is.
  return { values, years: row.years.map((v, i) => (same(v, loaded.years[i]) ? undefined : v)) as RowInput['years'] };
}

export function MeasureView({ lang, result, snapshot, write, busy, canInsertCells }: ViewProps): JSX.Element {
  const { plan } = result;
  const unit = plan.settings.unit;
  const [kind, setKind] = useState<TableKind>('operating');
  const [editing, setEditing] = useState<string>('');
  const [form, setForm] = useState<FormState>(() => emptyForm('operating', plan.years.length));
  // The form as it was filled from the measure being edited: a save writes only what differs from it.
  const [loaded, setLoaded] = useState<FormState | null>(null);
  const [touched, setTouched] = useState(false);

  const section = form.values.section ?? '';
  const id = editing || nextMeasureId(plan, kind);
  const priority = nextPriority(plan, kind, section);
  const { row, errors } = toRowInput(kind, form, { id, priority });
  // The row is rebuilt every render; its JSON is the stable identity of what would be written.
  const rowKey = JSON.stringify(row);
  const planned = useMemo(
    () =>
      editing
        ? writable(planUpdateMeasure(plan, editing, row, snapshot))
        : planAddMeasure(plan, kind, row, snapshot, { canInsertCells: canInsertCells === true }),
    [plan, editing, kind, rowKey, snapshot, canInsertCells],
  );
  const edits = planned.ok ? planned.edits : [];
  const deferred = useDeferredValue(edits);
  const problems = useMemo(() => previewFindings(snapshot, deferred, id), [snapshot, deferred, id]);

  const reset = (k: TableKind, measureId: string) => {
    const m = measuresOf(plan, k).find((x) => x.id === measureId);
    setKind(k);
    setEditing(m ? m.id : '');
    setForm(m ? formFromMeasure(m, unit) : emptyForm(k, plan.years.length));
    setLoaded(m ? formFromMeasure(m, unit) : null);
    setTouched(m !== undefined);
  };
  // Writes are planned again on the workbook as it is now (PlanOnFresh): the user may have sorted the table,
  // added a measure or deleted this one since the pane's last read, and rows and the next ID follow that.
  const fresh: PlanOnFresh = ({ result: now, snapshot: current }) => {
    if (editing) {
      if (!holds(now.plan, editing)) throw new MeasureGone(editing);
      const before = toRowInput(kind, loaded ?? form, { id, priority }).row;
      return writable(planUpdateMeasure(now.plan, editing, changedOnly(row, before), current));
    }
    const freshId = nextMeasureId(now.plan, kind);
    const fixed = { id: freshId, priority: nextPriority(now.plan, kind, section) };
    return planAddMeasure(now.plan, kind, toRowInput(kind, form, fixed).row, current, {
      canInsertCells: canInsertCells === true,
    });
  };
  const submit = async () => {
    let written = id;
    const ok = await write(
      (now) => {
        if (!editing) written = nextMeasureId(now.result.plan, kind);
        return fresh(now);
      },
      () => tp(lang, editing ? 'measureSaved' : 'measureAdded', { id: written }),
    );
    if (ok && !editing) reset(kind, '');
  };
  const move = (direction: 'up' | 'down') =>
    void write(
      ({ result: now }) => {
        if (!holds(now.plan, editing)) throw new MeasureGone(editing);
        return planMoveMeasure(now.plan, editing, direction);
      },
      tp(lang, 'measureMoved', { id: editing }),
    );

  const fieldErrors = Object.keys(errors).length;
  return (
    <section aria-labelledby="measure-heading" className="tp-view">
      <h2 id="measure-heading" className="tp-heading">
        {tp(lang, 'tabMeasure')}
      </h2>
      <Field label={tp(lang, 'measureKind')}>
        <RadioGroup layout="horizontal" value={kind} onChange={(_, d) => reset(d.value as TableKind, '')}>
          <Radio value="operating" label={tp(lang, 'operating')} />
          <Radio value="investment" label={tp(lang, 'investment')} />
        </RadioGroup>
      </Field>
      <Field label={tp(lang, 'editExisting')}>
        <Select value={editing} onChange={(_, d) => reset(kind, d.value)}>
          <option value="">{tp(lang, 'newMeasureOption')}</option>
          {measuresOf(plan, kind).map((m) => (
            <option key={`${m.id}-${m.row}`} value={m.id}>
              {`${m.id} · ${m.measure}`.slice(0, 60)}
            </option>
          ))}
        </Select>
      </Field>
      {editing && (
        <div className="tp-actions">
          <Button disabled={busy} onClick={() => move('up')}>
            {tp(lang, 'moveUp')}
          </Button>
          <Button disabled={busy} onClick={() => move('down')}>
            {tp(lang, 'moveDown')}
          </Button>
        </div>
      )}
      <MeasureFields
        lang={lang}
        columns={formColumns(kind)}
        years={plan.years}
        unit={unit}
        lists={plan.lists}
        form={form}
        shown={{ id, priority: String(priority) }}
        errors={touched ? errors : {}}
        onChange={(f) => {
          setForm(f);
          setTouched(true);
        }}
      />
      <div role="status" aria-live="polite">
        {!touched ? null : problems.length === 0 && fieldErrors === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>{tp(lang, 'rowOk')}</MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {tp(lang, 'rowProblems', { count: problems.length + fieldErrors })}
              <ul className="tp-list">
                {problems.map((f, n) => (
                  <li key={`${f.code}-${n}`}>{renderFinding(f, lang, unit)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Button appearance="primary" disabled={busy || fieldErrors > 0} onClick={() => void submit()}>
        {tp(lang, editing ? 'saveMeasure' : 'addMeasure')}
      </Button>
    </section>
  );
}
