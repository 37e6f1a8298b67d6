/**
 * Places one legacy row's amounts into canonical columns, converted into the target unit: year columns
 * by their header year, "Samlet kostnad" as Helårsvirkning (drift) or Kostnadsramme (investering), a
 * single "År" column puts the whole Kostnadsramme into that year, and an "Annet" financing amount goes
 * to Kommentar for the user to place. The row's Type (Engangs or Varig) is then decided from them (kind.ts).
 */
import { parseA1 } from '../model/a1';
import { cellYear, isApostropheThousands, type LegacyAmount } from './cells';
import { COST_YEAR, OTHER_FINANCING, TOTAL } from './columns';
import type { LegacyRowContext } from './context';
import { gridText } from './grid';
import type { AmountCell } from './status';
import { decideCostKind } from './kind';
import { fromKr, MAX_KR, toKr, UNIT_FACTOR, type Unit } from '../model/money';
import { isCosted } from '../measures/costed';
import type { Choice, CostStatus } from '../model/choices';
import { INVESTMENT_COLUMNS, OPERATING_COLUMNS } from '../model/schema';

export interface PlacedAmounts {
  readonly values: Readonly<Record<string, string | number | null>>;
  readonly years: readonly (number | null)[];
  readonly notes: readonly string[];
}

interface Placing {
  readonly ctx: LegacyRowContext;
  readonly costed: boolean;
  readonly values: Record<string, string | number | null>;
  readonly years: (number | null)[];
  readonly notes: string[];
}

/**
 * "1.275", "−12.500": one dot and three digits after it, read as a thousands separator (SPEC §7). With a kroner word
 * («1.275 kroner») the cell names kroner and is read in kr (cellUnit), where a thousands dot is no question.
 */
const ONE_DOT_GROUP = /^[-\u2212\u2013]?\s*\d{1,3}\.\d{3}$/;

/**
 * A text amount like "1.275" in a column of a unit above 1000 kr is read as 1 275 (a dot groups thousands),
 * but 1 275 mill kr is rarely meant: 1,275 mill typed with an English decimal point is as likely. The value
 * stays as SPEC §7 reads it; the log asks the user to look at the cell.
 */
function noteAmbiguousDot(p: Placing, c: AmountCell, unit: Unit, value: number): void {
  const at = parseA1(c.cell);
  const raw = at ? p.ctx.grid.raw(at.row, at.col) : null;
  if (UNIT_FACTOR[unit] <= 1000 || typeof raw !== 'string' || !ONE_DOT_GROUP.test(raw.trim())) return;
  p.ctx.note(c.cell, { code: 'dot-ambiguous', params: { text: raw.trim(), number: value, unit } });
}

type LegacyNumber = Extract<LegacyAmount, { kind: 'number' }>;

/**
 * The unit a number cell is read in: its own when it names one ("0,5 mill"), else its column's. A kroner word
 * ("2 000 kroner", "NOK 500", "2 000 kr") in a column of another unit is a conflict the budget officer must see:
 * «2 000 kroner» under «mill kr» read as the column says is 2 milliarder, read as the cell says 2 000 kr, and the
 * cell is the more specific statement, as «0,5 mill» in a 1000 kr column is. So a whole number is read in kroner;
 * a number with decimals cannot be kroner (a plan has no øre: «2,5 kr» is 2,5 in the column's unit with a word for
 * decoration) and is read in the column's unit. Either way the log names the cell, the text and the other reading;
 * a kroner reading also the figure the new table holds, in its unit (docs/spec.md §11).
 */
function cellUnit(p: Placing, c: AmountCell, amount: LegacyNumber, typed: string): Unit {
  const column = p.ctx.unitOf(parseA1(c.cell)?.col ?? 0);
  if (amount.unit !== 'kr' || column === 'kr') return amount.unit ?? column;
  const number = amount.value;
  if (!Number.isInteger(number)) {
    p.ctx.note(c.cell, { code: 'kroner-word-ignored', params: { number, unit: column, typed } });
    return column;
  }
  // Beyond what a cell may hold: convert() logs number-too-large and keeps the text in Kommentar, so nothing is read
  // as kroner and the new table has no figure to name there (review r44): that log is the cell's only word.
  if (!(Math.abs(number) < MAX_KR)) return 'kr';
  const target = p.ctx.target;
  p.ctx.note(c.cell, {
    code: 'kroner-in-column',
    params: { number, unit: column, typed, amount: fromKr(toKr(number, 'kr'), target), target },
  });
  return 'kr';
}

/** Logs a number typed as text: with its own unit ("0,5 mill", "600'"), or plain (a kroner word in a kr column too). */
function noteFromText(p: Placing, c: AmountCell, amount: LegacyNumber, unit: Unit, typed: string): void {
  const column = p.ctx.unitOf(parseA1(c.cell)?.col ?? 0);
  const number = amount.value;
  if (amount.unit === 'kr' && column !== 'kr') return; // cellUnit has logged it
  if (amount.unit && isApostropheThousands(typed))
    p.ctx.note(c.cell, { code: 'number-apostrophe-thousands', params: { number, unit, typed } });
  else if (amount.unit && amount.unit !== 'kr')
    p.ctx.note(c.cell, { code: 'number-with-unit', params: { number, unit, typed } });
  else p.ctx.note(c.cell, { code: 'number-from-text', params: { number, typed } });
}

const SCHEMA = [...OPERATING_COLUMNS, ...INVESTMENT_COLUMNS];

/**
 * Where an amount cell stood, as the new workbook names it: its year («2011»), the column it maps to
 * («Helårsvirkning», «Nye midler»), else the old heading. A text the import cannot read, or a formula saved without
 * its result, goes to Kommentar with it («2011: ca. 0,6», «2028: =D3*2 (formel …)»), as its other notes name theirs
 * («Planlagt år: 2012»), so the user knows where it belongs.
 */
function placeOf(p: Placing, c: AmountCell): string {
  if (c.key.startsWith('year:')) return c.key.slice(5);
  const key = c.key === TOTAL ? (p.ctx.kind === 'operating' ? 'fullYear' : 'budget') : c.key;
  const col = parseA1(c.cell)?.col;
  const legacy =
    p.ctx.table.columns
      .find((x) => x.col === col)
      ?.text.replace(/\s+/g, ' ')
      .trim() ?? '';
  return SCHEMA.find((x) => x.key === key)?.header ?? legacy;
}

function convert(p: Placing, c: AmountCell, amount: LegacyAmount): number | null {
  switch (amount.kind) {
    case 'number': {
      const at = parseA1(c.cell);
      const typed = amount.fromText && at ? gridText(p.ctx.grid.raw(at.row, at.col)).trim() : '';
      const unit = cellUnit(p, c, amount, typed);
      if (!Number.isFinite(amount.value) || Math.abs(amount.value * UNIT_FACTOR[unit]) >= MAX_KR) {
        // As the checker's amount-invalid: no plan amount comes near 10^12 kr, so it is a typo, not money.
        p.ctx.note(c.cell, { code: 'number-too-large', params: { value: amount.value } });
        p.notes.push(p.ctx.commentNote({ code: 'amount-unread', column: placeOf(p, c), text: String(amount.value) }));
        return null;
      }
      if (amount.fromText) {
        noteFromText(p, c, amount, unit, typed);
        noteAmbiguousDot(p, c, unit, amount.value);
      }
      return fromKr(toKr(amount.value, unit), p.ctx.target);
    }
    case 'placeholder':
      return p.costed ? 0 : null;
    case 'text': {
      const typed = { text: amount.text, ...(amount.valueType && { valueType: amount.valueType }) };
      p.ctx.note(c.cell, { code: 'text-not-amount', params: typed });
      p.notes.push(p.ctx.commentNote({ code: 'amount-unread', column: placeOf(p, c), ...typed }));
      return null;
    }
    case 'uncalculated': {
      const at = parseA1(c.cell);
      const formula = at ? p.ctx.grid.formula(at.row, at.col) : '';
      p.ctx.note(c.cell, { code: 'formula-no-result', params: { formula } });
      p.notes.push(p.ctx.commentNote({ code: 'formula-no-result', column: placeOf(p, c), formula }));
      return null;
    }
    default:
      return null;
  }
}

function placeYear(p: Placing, c: AmountCell, year: number, value: number | null): void {
  const index = p.ctx.years.indexOf(year);
  if (index >= 0) {
    p.years[index] = value;
  } else if (value !== null && value !== 0) {
    p.ctx.note(c.cell, { code: 'year-outside', params: { year, amount: value } });
    p.notes.push(p.ctx.commentNote({ code: 'year-outside', year, amount: value, unit: p.ctx.target }));
  }
}

/**
 * An "År" cell that names no year: with a Kostnadsramme to place, the log says it stays unplaced, and
 * text ("2012–2013") goes to Kommentar. A status ("?") has been logged as the row's Kostnadsstatus.
 */
function noteNoCostYear(p: Placing, c: AmountCell, budget: number | null): void {
  const { amount } = c;
  if (amount.kind === 'status' || amount.kind === 'uncalculated') return;
  if (amount.kind === 'text' || amount.kind === 'number') {
    const text = amount.kind === 'text' ? amount.text : String(amount.value);
    const valueType = amount.kind === 'text' ? amount.valueType : undefined;
    const typed = { text, ...(valueType && { valueType }) };
    p.ctx.note(c.cell, { code: 'cost-year-text', params: typed });
    p.notes.push(p.ctx.commentNote({ code: 'cost-year-text', ...typed }));
  } else if (budget !== null && budget !== 0) {
    p.ctx.note(c.cell, { code: 'cost-year-empty', params: { amount: budget, unit: p.ctx.target } });
  }
}

/** The investment's whole Kostnadsramme into the year of its "År" cell (before or after the period when outside). */
function placeCostYear(p: Placing, c: AmountCell, raw: LegacyAmount): void {
  const budget = typeof p.values.budget === 'number' ? p.values.budget : null;
  const year = raw.kind === 'number' ? cellYear(raw.value) : null;
  if (year === null) return noteNoCostYear(p, c, budget);
  if (budget === null || budget === 0 || raw.kind === 'status') {
    p.ctx.note(c.cell, { code: 'cost-year-no-amount', params: { year } });
    p.notes.push(p.ctx.commentNote({ code: 'cost-year-no-amount', year }));
    return;
  }
  const [first = year, last = year] = [p.ctx.years[0], p.ctx.years[p.ctx.years.length - 1]];
  const key = year < first ? 'before' : year > last ? 'after' : null;
  if (key) p.values[key] = budget;
  else placeYear(p, c, year, budget);
  const placed = { amount: budget, unit: p.ctx.target };
  p.ctx.note(
    c.cell,
    key === 'before'
      ? { code: 'cost-year-before', params: placed }
      : key === 'after'
        ? { code: 'cost-year-after', params: placed }
        : { code: 'cost-year-in', params: { ...placed, year } },
  );
}

function placeOne(p: Placing, c: AmountCell): void {
  if (c.key === COST_YEAR) return;
  const value = convert(p, c, c.amount);
  if (c.key.startsWith('year:')) return placeYear(p, c, Number(c.key.slice(5)), value);
  if (c.key === TOTAL) {
    p.values[p.ctx.kind === 'operating' ? 'fullYear' : 'budget'] = value;
  } else if (c.key === OTHER_FINANCING) {
    if (value === null || value === 0) return;
    p.ctx.note(c.cell, { code: 'other-financing', params: { amount: value, unit: p.ctx.target } });
    p.notes.push(p.ctx.commentNote({ code: 'other-financing', amount: value, unit: p.ctx.target }));
  } else if (c.key === 'periodSum') {
    p.ctx.note(c.cell, { code: 'period-sum-formula', params: {} });
  } else {
    p.values[c.key] = value;
  }
}

/** Places the amounts of one row; `status` is the row's decided Kostnadsstatus, `kind` its Type as typed ("" none). */
export function placeAmounts(
  ctx: LegacyRowContext,
  cells: readonly AmountCell[],
  { status, kind }: { readonly status: Choice<CostStatus>; readonly kind: string },
  row: number,
): PlacedAmounts {
  const p: Placing = {
    ctx,
    costed: isCosted({ costStatus: status }),
    values: {},
    years: ctx.years.map(() => null),
    notes: [],
  };
  for (const c of cells) placeOne(p, c);
  for (const c of cells) if (c.key === COST_YEAR) placeCostYear(p, c, c.amount);
  decideCostKind(p, cells, row, kind);
  return { values: p.values, years: p.years, notes: p.notes };
}
