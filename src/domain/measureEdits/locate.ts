/**
 * Which measure an edit or a move names. An ID does not always name one: two rows may share it (id-duplicate),
 * and the check that reports it would send the user to fix one of them. So the pane names a measure by its
 * table and row, with the ID the row held, and checks on the workbook read again before writing that the row
 * still holds that measure.
 */
import type { Measure, Plan, TableKind } from '../model/plan';
import { measureValues } from '../model/schema';
import { measuresOf } from './common';

/** A measure as the user picked it: its table, its sheet row and the ID it had there. A Measure is one. */
export interface MeasureRef {
  readonly table: TableKind;
  readonly row: number;
  readonly id: string;
}

/** A measure as the user picked it, and whether its ID was the only one of its kind in the plan then. */
export interface MeasurePick {
  readonly measure: Measure;
  readonly unique: boolean;
}

const withId = (plan: Plan, id: string): Measure[] =>
  [...plan.operating, ...plan.investment].filter((m) => m.id === id);

/**
 * The measure `ref` names in `plan`: the one on the ref's table and row, if that row holds the ref's ID. A bare
 * ID names the only measure that has it; an ID two measures share names none (no guessing which).
 */
export function findMeasure(plan: Plan, ref: MeasureRef | string): Measure | null {
  if (typeof ref === 'string') {
    const same = withId(plan, ref);
    return same.length === 1 ? (same[0] ?? null) : null;
  }
  return measuresOf(plan, ref.table).find((m) => m.row === ref.row && m.id === ref.id) ?? null;
}

/** The measure `ref` names in `plan`, picked (null when the row does not hold it). */
export function pickMeasure(plan: Plan, ref: MeasureRef): MeasurePick | null {
  const measure = findMeasure(plan, ref);
  return measure ? { measure, unique: withId(plan, ref.id).length === 1 } : null;
}

/** Whether two reads of a measure hold the same value in every column and year (where they stand aside). */
export function sameMeasureValues(a: Measure, b: Measure): boolean {
  if (a.table !== b.table) return false;
  const values = (m: Measure) => JSON.stringify(measureValues(m).map((v) => v.value ?? null));
  return values(a) === values(b);
}

/**
 * Where a picked measure is in `now`, the workbook read again just before writing (the user may have sorted,
 * edited or deleted rows in Excel since). An ID that was the only one of its kind when picked, and still is, is
 * followed wherever it went, whatever else changed. A shared ID names the measure only with the values it had
 * when picked: the one on the picked row, else the only one elsewhere (a sort moved it). Otherwise null: write
 * nothing rather than another measure's row.
 */
export function relocateMeasure(now: Plan, pick: MeasurePick): Measure | null {
  const { measure: picked } = pick;
  const same = withId(now, picked.id).filter((m) => m.table === picked.table);
  if (pick.unique && withId(now, picked.id).length === 1) return same[0] ?? null;
  const alike = same.filter((m) => sameMeasureValues(m, picked));
  return alike.find((m) => m.row === picked.row) ?? (alike.length === 1 ? (alike[0] ?? null) : null);
}
