/**
 * Nytt tiltak: add a measure, or edit and move an existing one. The row is checked live by running the
 * domain checker on the workbook as it would be after writing, so the form and the Kontroll view agree.
 * Its pieces: the table and measure picked (MeasureHead.tsx), what she types (useMeasureDraft.ts), the live
 * check (useRowPreview.ts), the writes (measureActions.ts), the row's status (RowStatus.tsx).
 */
import { Button } from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  nextMeasureId,
  nextPriority,
  planAddMeasure,
  planUpdateMeasure,
  relocateMeasure,
  writable,
  type Plan,
  type TableKind,
} from '../../domain';
import { tp } from '../../i18n/taskpane';
import type { ViewProps } from '../components/types';
import { useArchivedIds } from '../hooks/useArchivedIds';
import { awaitedText, refusedAmounts } from './awaitedAmounts';
import { MeasureFields } from './MeasureFields';
import { absentColumns } from './absentColumns';
import { measureActions } from './measureActions';
import { MeasureHead } from './MeasureHead';
import { formColumns, notChosen, toRowInput } from './measureForm';
import { RowStatus } from './RowStatus';
import { hasTyped } from './typedEdits';
import { measuresOf, useMeasureDraft } from './useMeasureDraft';
import { useRowPreview } from './useRowPreview';

const NONE: ReadonlySet<string> = new Set();

export function MeasureView(props: ViewProps): JSX.Element {
  const { lang, result, snapshot, write, busy, canInsertCells, readVersions, kept } = props;
  const archived = useArchivedIds(readVersions);
  const nextId = (p: Plan, k: TableKind) =>
    nextMeasureId({ ...p, versionIds: [...(p.versionIds ?? []), ...archived] }, k);
  const { plan } = result;
  const unit = plan.settings.unit;
  const { kind, pick, form, setForm, loaded, touched, setTouched, setRepick, reset } = useMeasureDraft(kept, plan);

  // The picked measure in the plan the pane read last (null when that no longer holds it).
  const pickedNow = pick ? relocateMeasure(plan, pick) : null;
  const editing = pick !== null;
  const id = pick ? pick.measure.id : nextId(plan, kind);
  const priority = nextPriority(plan, kind, form.values.section ?? '');
  const { row, errors } = toRowInput(kind, form, { id, priority }, unit);
  // The row is rebuilt every render; its JSON is the stable identity of what would be written.
  const rowKey = JSON.stringify(row);
  const planned = useMemo(
    () =>
      pick
        ? writable(pickedNow ? planUpdateMeasure(plan, pickedNow, row, snapshot) : [])
        : planAddMeasure(plan, kind, row, snapshot, { canInsertCells: canInsertCells === true }),
    [plan, pick, pickedNow, kind, rowKey, snapshot, canInsertCells],
  );
  const edits = useMemo(() => (planned.ok ? planned.edits : []), [planned]);
  // A user's cell where the new row must go, on a workbook that cannot insert cells (a file): said up front.
  const blocked = planned.ok ? null : planned.blocked;
  // An amount refused as typed is written as nothing: the row's amount rules wait for it (awaitedAmounts.ts).
  const awaited = refusedAmounts(kind, errors);
  const awaiting = awaited.length > 0;
  const ask = { snapshot, edits, id, at: pickedNow ?? undefined, before: result.findings, awaiting };
  const { problems, fields, lines, checked } = useRowPreview(ask, touched, lang, unit);
  const { submit, canMove, move } = measureActions({
    lang,
    write,
    canInsertCells: canInsertCells === true,
    plan,
    unit,
    kind,
    pick,
    pickedNow,
    form,
    loaded,
    row,
    id,
    priority,
    nextId,
    added: () => reset(kind, ''),
    repick: setRepick,
  });

  const fieldErrors = Object.keys(errors).length;
  return (
    <section aria-labelledby="measure-heading" className="tp-view">
      <h2 id="measure-heading" className="tp-heading">
        {tp(lang, 'tabMeasure')}
      </h2>
      <MeasureHead
        lang={lang}
        kind={kind}
        measures={measuresOf(plan, kind)}
        row={pick ? String((pickedNow ?? pick.measure).row) : ''}
        busy={busy}
        editing={editing}
        typed={loaded !== null && hasTyped(form, loaded)}
        canMove={canMove}
        onMove={(direction) => void move(direction)}
        onPick={reset}
      />
      <MeasureFields
        lang={lang}
        columns={formColumns(kind)}
        years={plan.years}
        unit={unit}
        lists={plan.lists}
        form={form}
        shown={{ id, priority: String(priority) }}
        errors={touched ? errors : {}}
        unchosen={touched ? notChosen(form) : NONE}
        absent={absentColumns(kind, plan)}
        onChange={(f) => {
          setForm(f);
          setTouched(true);
        }}
      />
      <RowStatus
        lang={lang}
        blocked={blocked}
        touched={touched}
        problems={problems.length}
        lines={lines}
        errors={errors}
        fields={fields}
        checked={checked}
        awaited={checked && awaiting ? awaitedText(awaited, kind, plan.years, lang) : null}
      />
      <Button appearance="primary" disabled={busy || fieldErrors > 0 || blocked !== null} onClick={() => void submit()}>
        {tp(lang, editing ? 'saveMeasure' : 'addMeasure')}
      </Button>
    </section>
  );
}
