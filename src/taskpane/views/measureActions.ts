/**
 * Nytt tiltak's writes: add or save the measure, move it up or down. Each is planned again on the workbook as it
 * is now (PlanOnFresh): the user may have sorted the table, added a measure or deleted this one since the pane's
 * last read, and rows and the next ID follow that. An edit or move picks the measure again where it is once written.
 */
import {
  nextPriority,
  planAddMeasure,
  planMoveMeasure,
  planUpdateMeasure,
  relocateMeasure,
  writable,
  type Lang,
  type Measure,
  type MeasurePick,
  type Plan,
  type RowInput,
  type TableKind,
  type Unit,
} from '../../domain';
import { tp } from '../../i18n/taskpane';
import type { PlanOnFresh, ViewProps } from '../components/types';
import { MeasureGone } from '../errors';
import { toRowInput, type FormState } from './measureForm';
import type { Repick } from './useMeasureDraft';

/** What the writes need of the view as it renders. */
export interface MeasureWrite {
  readonly lang: Lang;
  readonly write: ViewProps['write'];
  readonly canInsertCells: boolean;
  readonly plan: Plan;
  readonly unit: Unit;
  readonly kind: TableKind;
  readonly pick: MeasurePick | null;
  /** The picked measure in the plan the pane read last (null when that no longer holds it). */
  readonly pickedNow: Measure | null;
  readonly form: FormState;
  readonly loaded: FormState | null;
  /** The row as the form builds it now, with its ID and priority. */
  readonly row: RowInput;
  readonly id: string;
  readonly priority: number;
  readonly nextId: (plan: Plan, kind: TableKind) => string;
  /** After a new measure is added: the form emptied for the next. */
  readonly added: () => void;
  readonly repick: (r: Repick) => void;
}

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

export function measureActions(w: MeasureWrite) {
  const { lang, write, plan, unit, kind, pick, pickedNow, form, loaded, row, id, priority, nextId } = w;
  const editing = pick !== null;
  const section = form.values.section ?? '';
  // An edit sets `target` to where the measure is now, to pick it again there once written.
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
      canInsertCells: w.canInsertCells,
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
    if (ok && !editing) w.added();
    if (ok && target) w.repick({ at: target, keepTyped: false });
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
    if (ok && moved) w.repick({ at: moved, keepTyped: true });
  };
  return { submit, canMove, move };
}
