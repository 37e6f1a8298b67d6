/** The form's columns a table lacks: the form offers no field for them (review r30). */
import type { Plan, TableKind } from '../../domain';
import { formColumns } from './measureForm';

/**
 * The form's columns that `plan`'s table of `kind` lacks (none when the table is not there: the form shows every
 * field). The form shows no field for them — what she typed there would go nowhere — but a line saying the table has
 * no such column.
 */
export function absentColumns(kind: TableKind, plan: Plan): ReadonlySet<string> {
  const layout = kind === 'operating' ? plan.layouts.operating : plan.layouts.investment;
  if (!layout) return new Set();
  return new Set(formColumns(kind).flatMap((c) => (c.key !== 'years' && !layout.columns[c.key] ? [c.key] : [])));
}
