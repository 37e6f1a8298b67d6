/**
 * Nytt tiltak: add a measure, or edit and move an existing one. The row is checked live by running the
 * domain checker on the workbook as it would be after writing, so the form and the Kontroll view agree.
 */
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  nextMeasureId,
  nextPriority,
  pickMeasure,
  planAddMeasure,
  planMoveMeasure,
  planUpdateMeasure,
  relocateMeasure,
  versionIds,
  writable,
  type Measure,
  type MeasurePick,
  type MeasureRef,
  type Plan,
  type RowInput,
  type TableKind,
} from '../../domain';
import { tp } from '../../i18n/taskpane';
import { addBlockedText } from '../../i18n/userCells';
import type { PlanOnFresh, ViewProps } from '../components/types';
import { MeasureGone } from '../errors';
import { useKept } from '../hooks/useKept';
import { useSettled } from '../hooks/useSettled';
import { awaitedText, refusedAmounts } from './awaitedAmounts';
import { MeasureFields } from './MeasureFields';
import { absentColumns } from './absentColumns';
import { MeasurePicker } from './MeasurePicker';
import { emptyForm, formColumns, formFromMeasure, notChosen, toRowInput, type FormState } from './measureForm';
import { rowLines } from './rowFindings';
import { previewRow, rowProblemsText, type RowPreview } from './rowPreview';
import { hasTyped, keepTyped } from './typedEdits';

/** How long the user pauses typing before the row is checked live against the whole plan. */
const PREVIEW_PAUSE_MS = 250;

const NONE: ReadonlySet<string> = new Set();

/** The measure to pick again once written; `keepTyped`: with what she typed kept over the form filled anew. */
interface Repick {
  readonly at: MeasureRef;
  readonly keepTyped: boolean;
}

const measuresOf = (plan: Plan, kind: TableKind) => (kind === 'operating' ? plan.operating : plan.investment);

/** The picked measure on the workbook read again before writing; refused when it is not there (MeasureGone). */
function located(now: Plan, pick: MeasurePick): Measure {
  const m = relocateMeasure(now, pick);
  if (!m) throw new MeasureGone(pick.measure.id, pick.unique ? undefined : pick.measure);
  return m;
}

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

export function MeasureView(props: ViewProps): JSX.Element {
  const { lang, result, snapshot, write, busy, canInsertCells, readVersions, kept } = props;
  // The IDs on the saved versions and archives, hidden sheets a check reads only the ID columns of: never handed out
  // again (SPEC §4; a roll archives a finished measure with its ID). One versions read when the view opens, as
  // Endringer does; versionIds takes the same columns of them as the check, so both count the same IDs.
  const [archived, setArchived] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    void readVersions().then((s) => live && s !== null && setArchived(versionIds(s)));
    return () => {
      live = false;
    };
  }, [readVersions]);
  const nextId = (p: Plan, k: TableKind) =>
    nextMeasureId({ ...p, versionIds: [...(p.versionIds ?? []), ...archived] }, k);
  const { plan } = result;
  const unit = plan.settings.unit;
  // The form is kept while another tab is open (useKept), for the plan years it was filled for.
  const draft = `measure ${plan.years.join(' ')} `;
  const [kind, setKind] = useKept<TableKind>(kept, `${draft}kind`, 'operating');
  // The measure being edited, by its row (two measures may share an ID); null: a new measure.
  const [pick, setPick] = useKept<MeasurePick | null>(kept, `${draft}pick`, null);
  // After a save or move: the row to pick again once the pane has read the workbook as written; after a move, with
  // what she typed and has not saved kept in the form (a move writes the priorities alone).
  const [repick, setRepick] = useKept<Repick | null>(kept, `${draft}repick`, null);
  const [form, setForm] = useKept<FormState>(kept, `${draft}form`, () => emptyForm('operating', plan.years.length));
  // The form as it was filled from the measure being edited: a save writes only what differs from it.
  const [loaded, setLoaded] = useKept<FormState | null>(kept, `${draft}loaded`, null);
  const [touched, setTouched] = useKept(kept, `${draft}touched`, false);

  // The form shows the measure as written (a move swaps priorities), and the next save compares with that.
  useEffect(() => {
    if (!repick) return;
    const now = pickMeasure(plan, repick.at);
    if (now) {
      const written = formFromMeasure(now.measure, unit);
      setPick(now);
      setForm(repick.keepTyped && loaded ? keepTyped(form, loaded, written) : written);
      setLoaded(written);
    }
    setRepick(null);
  }, [plan, repick, unit, form, loaded, setPick, setForm, setLoaded, setRepick]);

  // The picked measure in the plan the pane read last (null when that no longer holds it).
  const pickedNow = pick ? relocateMeasure(plan, pick) : null;
  const editing = pick !== null;
  const section = form.values.section ?? '';
  const id = pick ? pick.measure.id : nextId(plan, kind);
  const priority = nextPriority(plan, kind, section);
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
  // The live check reruns the whole plan's check (0.1 s at 5 000 measures, more on a slow PC): once the user pauses
  // typing, and only when a problem can show; until then the last check's problems stay.
  const before = result.findings;
  // An amount refused as typed is written as nothing: the row's amount rules wait for it (awaitedAmounts.ts).
  const awaited = refusedAmounts(kind, errors);
  const awaiting = awaited.length > 0;
  const asked = useMemo(
    () => ({ snapshot, edits, id, at: pickedNow ?? undefined, before, awaiting }),
    [snapshot, edits, id, pickedNow, before, awaiting],
  );
  const settled = useSettled(asked, PREVIEW_PAUSE_MS);
  const [preview, setPreview] = useState<(RowPreview & { of: typeof asked }) | null>(null);
  useEffect(() => {
    if (!touched || settled !== asked) return;
    setPreview({
      of: asked,
      ...previewRow(asked.snapshot, asked.edits, asked.id, asked.at, asked.before, asked.awaiting),
    });
  }, [touched, settled, asked]);
  const problems = preview?.problems ?? [];
  // One line per finding, but one for a warning the check files on several fields of the row (rowFindings.ts).
  const lines = useMemo(() => rowLines(preview?.problems ?? [], lang, unit), [preview, lang, unit]);
  // «The row is fine» only for the row as it is now, once checked.
  const checked = preview?.of === asked;

  // `row`: the sheet row of the measure to edit, as the drop-down's value; '' for a new measure.
  const reset = (k: TableKind, sheetRow: string) => {
    const m = measuresOf(plan, k).find((x) => String(x.row) === sheetRow);
    setKind(k);
    setPick(m ? pickMeasure(plan, m) : null);
    setForm(m ? formFromMeasure(m, unit) : emptyForm(k, plan.years.length));
    setLoaded(m ? formFromMeasure(m, unit) : null);
    setTouched(m !== undefined);
  };
  // Writes are planned again on the workbook as it is now (PlanOnFresh): the user may have sorted the table,
  // added a measure or deleted this one since the pane's last read, and rows and the next ID follow that.
  // An edit or move sets `target` to where the measure is now, to pick it again there once written.
  let target: Measure | null = null;
  const fresh: PlanOnFresh = ({ result: now, snapshot: current }) => {
    if (pick) {
      target = located(now.plan, pick);
      const filled = toRowInput(kind, loaded ?? form, { id, priority }, unit).row;
      return writable(planUpdateMeasure(now.plan, target, changedOnly(row, filled), current));
    }
    const freshId = nextId(now.plan, kind);
    const fixed = { id: freshId, priority: nextPriority(now.plan, kind, section) };
    return planAddMeasure(now.plan, kind, toRowInput(kind, form, fixed, unit).row, current, {
      canInsertCells: canInsertCells === true,
    });
  };
  const submit = async () => {
    let written = id;
    const ok = await write(
      (now) => {
        if (!editing) written = nextId(now.result.plan, kind);
        return fresh(now);
      },
      () => tp(lang, editing ? 'measureSaved' : 'measureAdded', { id: written }),
    );
    if (ok && !editing) reset(kind, '');
    if (ok && target) setRepick({ at: target, keepTyped: false });
  };
  // A move at the edge of its section writes nothing: the button is off, and said if the workbook changed since.
  const canMove = (direction: 'up' | 'down') =>
    pickedNow !== null && planMoveMeasure(plan, pickedNow, direction).length > 0;
  const move = async (direction: 'up' | 'down') => {
    let moved: Measure | null = null;
    let written = 0;
    const ok = await write(
      ({ result: now }) => {
        if (!pick) return [];
        moved = located(now.plan, pick);
        const planned = planMoveMeasure(now.plan, moved, direction);
        written = planned.length;
        return planned;
      },
      () => tp(lang, written > 0 ? 'measureMoved' : direction === 'up' ? 'measureFirst' : 'measureLast', { id }),
    );
    if (ok && moved) setRepick({ at: moved, keepTyped: true });
  };

  const fieldErrors = Object.keys(errors).length;
  // A field error on a field the check also names (an empty Tiltak: measure-missing) is one problem, not two.
  // The head counts the lines it heads: six fields named in one warning are one warning.
  const rowErrors =
    lines.filter((l) => l.severity === 'error').length +
    Object.keys(errors).filter((k) => !(preview?.fields.has(k) ?? false)).length;
  const rowWarnings = lines.filter((l) => l.severity === 'warning').length;
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
      <MeasurePicker
        key={kind}
        lang={lang}
        measures={measuresOf(plan, kind)}
        value={pick ? String((pickedNow ?? pick.measure).row) : ''}
        onPick={(r) => reset(kind, r)}
      />
      {editing && (
        <div className="tp-actions">
          <Button disabled={busy || !canMove('up')} onClick={() => void move('up')}>
            {tp(lang, 'moveUp')}
          </Button>
          <Button disabled={busy || !canMove('down')} onClick={() => void move('down')}>
            {tp(lang, 'moveDown')}
          </Button>
        </div>
      )}
      {editing && loaded && hasTyped(form, loaded) && <Text size={200}>{tp(lang, 'moveKeepsTyped')}</Text>}
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
      <div role="status" aria-live="polite">
        {blocked ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{addBlockedText(blocked, lang)}</MessageBarBody>
          </MessageBar>
        ) : !touched ? null : problems.length === 0 && fieldErrors === 0 ? (
          checked && (
            <MessageBar intent="success">
              <MessageBarBody>{tp(lang, 'rowOk')}</MessageBarBody>
            </MessageBar>
          )
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {rowProblemsText(lang, rowErrors, rowWarnings)}
              <ul className="tp-list">
                {lines.map((l, n) => (
                  <li key={n}>{l.text}</li>
                ))}
                {checked && awaiting && <li>{awaitedText(awaited, kind, plan.years, lang)}</li>}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Button appearance="primary" disabled={busy || fieldErrors > 0 || blocked !== null} onClick={() => void submit()}>
        {tp(lang, editing ? 'saveMeasure' : 'addMeasure')}
      </Button>
    </section>
  );
}
