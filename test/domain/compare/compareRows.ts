/**
 * The comparison of two plans of operating rows (canonical headers, 1000 kr, 2027–2030) as the compare tests of
 * one version's duplicate IDs make it: the older «Vedtatt» (vedtatt.xlsx), the newer ny.xlsx.
 */
import { comparePlans } from '../../../src/domain/compare/compare';
import type { ChangeSet } from '../../../src/domain/model/changeSet';
import type { Plan } from '../../../src/domain/model/plan';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { readPlan } from '../../../src/domain/read/plan';
import { canonicalSnapshot } from '../../helpers/workbook';

/** A row of Tiltak drift by canonical header. */
export type Row = Record<string, CellValue>;

/** The plan of a canonical workbook holding `operating`. */
export const planOf = (operating: Row[]): Plan =>
  readPlan(canonicalSnapshot({ operating }), { defaultStartYear: 2027 }).plan;

export const SIDES = { old: { file: 'vedtatt.xlsx', label: 'Vedtatt' }, new: { file: 'ny.xlsx', label: 'ny.xlsx' } };

/** The plan of `a` (the older) compared with that of `b`. */
export const compareRows = (a: Row[], b: Row[]): ChangeSet => comparePlans(planOf(a), planOf(b), SIDES);
