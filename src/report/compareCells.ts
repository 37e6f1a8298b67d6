/**
 * The cells of the change report that the task pane's Endringer view shows too (a changed field's before, after
 * and change; a move between the tables; an economy plan line's name), and the report's «none» paragraph its
 * lists and totals share. Apart from the report itself
 * (compareDocument.ts), so that the pane's main bundle carries only these: the report is loaded when it is
 * downloaded.
 */
import {
  formatAmount,
  kr,
  type ChangeValue,
  type FieldChange,
  type Kr,
  type Lang,
  type LineEntry,
  type MeasureChange,
  type Unit,
} from '../domain';
import { showCellDates } from '../i18n/cellDate';
import { ct } from '../i18n/compare';
import { fieldSpec, type FieldTable } from '../i18n/fieldLabel';
import type { Block } from './document';

export interface Ctx {
  readonly lang: Lang;
  readonly unit: Unit;
}

function text(ctx: Ctx, field: string, v: ChangeValue): string {
  if (Array.isArray(v)) return v.length > 0 ? v.join('; ') : ct(ctx.lang, 'empty');
  if (v === null || v === '') return ct(ctx.lang, 'empty');
  // A text cell that became a date (a Ref "7.1" Excel made the 7th of January) holds the readers' ISO text.
  return typeof v === 'string' ? showCellDates(v) : String(v);
}

/** Before, after and (for amounts) the change, as the reader sees them. */
export function changeCells(ctx: Ctx, change: FieldChange, table: FieldTable): [string, string, string] {
  const isAmount = change.year !== undefined || fieldSpec(change.field, table).type === 'amount';
  if (!isAmount) return [text(ctx, change.field, change.old), text(ctx, change.field, change.new), ''];
  // An empty amount is "(tom)", as an emptied text field is: "–" would say the year lies outside the period.
  // A text that is no amount ("?") is shown as typed, and a change from or to it has no figure: the cost it
  // stands for is not known (the totals count it as 0, which the warning of such cells says).
  const [a, b] = [change.old as number | null, change.new as number | null];
  // A year one version only holds: «–» on the other side, as the totals show it, and no difference.
  if (change.onlyIn !== undefined) {
    const amount = formatAmount((change.onlyIn === 'old' ? a : b) as Kr, ctx.unit);
    return change.onlyIn === 'old' ? [amount, '–', ''] : ['–', amount, ''];
  }
  const shown = (v: number | null, typed?: string): string =>
    typed ?? (v === null ? ct(ctx.lang, 'empty') : formatAmount(v as Kr, ctx.unit));
  const unknown = change.oldText !== undefined || change.newText !== undefined;
  const delta = unknown ? '' : signedAmount(kr((b ?? 0) - (a ?? 0)), ctx.unit);
  return [shown(a, change.oldText), shown(b, change.newText), delta];
}

/**
 * A change with its sign, «+0,05» or «−0,05» (U+2212), 0 bare: a finance reader takes a bare figure in parentheses
 * («(0,05)», as the pane shows the change) for a negative one (docs/spec.md §14).
 */
export const signedAmount = (delta: Kr, unit: Unit): string => `${delta > 0 ? '+' : ''}${formatAmount(delta, unit)}`;

/** The paragraph in place of an empty list or table. */
export const none = (ctx: Ctx): Block => ({ kind: 'paragraph', text: ct(ctx.lang, 'none') });

export const tableName = (lang: Lang, table: string): string =>
  ct(lang, table === 'operating' ? 'tableOperating' : 'tableInvestment');

/**
 * The line that says a measure moved between Tiltak drift and Tiltak investering (field, before, now: "Tabell",
 * "Drift", "Investering"), shown above its changed fields; null for a measure that stayed in its table.
 */
export function movedCells(lang: Lang, m: MeasureChange): [string, string, string] | null {
  if (m.movedFrom === undefined) return null;
  return [ct(lang, 'table'), tableName(lang, m.movedFrom), tableName(lang, m.table)];
}

/**
 * "Drift · Tiltak · D-001", "Investering · Finansiering · P-4101 · Tilskudd", "Drift · Ramme · R3"; a line of a
 * consolidated economy plan adds its Plan ("Drift · Tiltak · D-001 · Helse og omsorg"), as the same Ref may
 * stand for two plans (SPEC §15).
 */
export function lineName(l: LineEntry): string {
  return [l.part, l.lineType, l.ref || l.frame, l.source, l.plan].filter((s) => s !== '').join(' · ');
}
