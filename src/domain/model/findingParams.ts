/**
 * The finding codes of SPEC §8 and what each one's message needs. Amounts are Kr, integer kroner: a message shows them
 * in the workbook unit. Which params those are is decided by type: KR_PARAMS (findingKrParams.ts) lists them per
 * code, and the compiler holds it to the types below.
 */
import type { Kr } from './money';

type None = Readonly<Record<never, never>>;
type AmountCell = { readonly column: string; readonly value: string };
type BaseSign = { readonly column: string; readonly amount: Kr; readonly base: Kr; readonly baseColumn: string };
/**
 * `valueType` of a finding that quotes a cell: the cell holds a logical or an error value (read/sheetCells.ts
 * cellValueType), the quoted param its name as the file stores it (TRUE, #N/A); absent for text she typed.
 */
type ValueType = 'logical' | 'error';

export interface FindingParams {
  // structure
  /**
   * `reason`: no sheet of that name is there (`sheet-renamed`), and `table-elsewhere` when one table of the user's
   * on another sheet may be it (`foundTable` on `foundSheet`); absent when the sheet is there without the table.
   */
  'sheet-missing': {
    readonly table: string;
    readonly sheet: string;
    readonly reason?: 'sheet-renamed' | 'table-elsewhere';
    readonly foundTable?: string;
    readonly foundSheet?: string;
  };
  /**
   * `reason`/`found` when a column stands where this one belongs with its header emptied or renamed to
   * Excel's default ("Column1"): the finding then names that header cell.
   */
  'column-missing': {
    readonly column: string;
    /** settings-…: the settings table's, which the user renames back herself (repair does not write it). */
    readonly reason?:
      | 'header-empty'
      | 'header-renamed'
      | 'settings-header-empty'
      | 'settings-header-renamed'
      /** A column of hers whose values are (nearly) all the missing column's (`found` its header). */
      | 'looks-like';
    readonly found?: string;
    /** looks-like: how many of her column's non-empty cells are no value of the missing column (0, or a few). */
    readonly misfits?: number;
  };
  /**
   * reason 'alias': the column's header is an alias of the schema column `header` (Merknad for Kommentar), which
   * the column at `firstCell` already is by another alias.
   */
  'column-duplicate': {
    readonly column: string;
    readonly reason?: 'alias';
    readonly header?: string;
    readonly firstCell?: string;
  };
  /** The plan years expected and the year headers found, each joined with ", ". */
  /** reason 'none': no year column was found at all (found is then empty). */
  'year-columns': { readonly expected: string; readonly found: string; readonly reason?: 'none' };
  /**
   * A plan's own Økonomiplan whose year headers are not the period, in a check against a separate economy plan
   * (SPEC §15): the table is not used, so its year-columns is only this note. The plan years expected, ", "-joined.
   */
  'economy-plan-unused-year-columns': { readonly expected: string };
  'setting-invalid': {
    readonly setting: string;
    readonly value: string | number;
    /**
     * The table has no row for the setting (missing), or its Verdi cell is empty (empty); absent: invalid.
     * 'decimal-point': a number typed with a dot as the decimal sign ("0.5"), which SPEC §7 does not read;
     * `suggestion` the text with a decimal comma ("0,5"), a value the setting takes.
     * 'unit': a Beløpsenhet read as no unit; the message names the three units to type.
     */
    readonly reason?: 'missing' | 'empty' | 'decimal-point' | 'unit';
    readonly suggestion?: string;
  };
  /**
   * A later row of a setting (its Verdi cell), never read: `firstCell` is the row read, `used` the value the plan
   * goes by as the sheet states it (a tolerance in the workbook unit); reason 'empty' when that value is empty.
   */
  'setting-duplicate': {
    readonly setting: string;
    readonly firstCell: string;
    readonly used: string | number;
    readonly reason?: 'empty';
    /** This row states another Første planår or Antall planår than `used`: the plan period is in doubt. */
    readonly conflict?: 'period';
  };
  /**
   * The economy plan workbook of a consolidation states no period (Første planår, Antall planår): it is read for
   * the plans' period `years` ("2028–2031"), or with reason 'columns' for the period its year columns run over
   * (`years`), which is not the plans' (`planYears`), so those plans are not reconciled. It states Antall planår
   * alone: the first year is taken the same way, 'start' from the plans, 'start-columns' from its year columns.
   */
  'economy-period-unstated': {
    readonly years: string;
    readonly planYears?: string;
    readonly reason?: 'columns' | 'start' | 'start-columns';
  };
  'list-empty': { readonly list: string };
  /** A list value longer than Excel allows in a formula (`max` characters): such a SUMIFS criterion never matches. */
  'list-value-too-long': { readonly list: string; readonly length: number; readonly max: number };
  /** A tblRammeomrader row with a `name` but no code (empty or spaces): it is left out of the list. */
  'frame-code-missing': { readonly name: string };
  /**
   * `valueType`: the constant is a logical or an error value (a pasted #REF!), `value` its name in the file. With a
   * `reason`, the cell holds a per-row sum (`value`, the formula) that counts `other`, columns that are not years
   * (their headers as joinNames keeps them: one may hold ", "), and/or misses `years`, or ('span-twice') counts
   * `years` more than once: the year columns are not side by side in period order (read/periodSumSpan.ts).
   */
  'formula-overwritten': {
    readonly column: string;
    readonly value: string;
    readonly valueType?: 'logical' | 'error';
    readonly reason?: 'span-other' | 'span-missing' | 'span-other-missing' | 'span-twice';
    readonly other?: string;
    readonly years?: string;
  };
  'table-empty': { readonly table: string };
  /**
   * A plan year no economy plan line has an amount for (read/economyPlan.ts), at its header cell; `reason` 'all': no
   * year has one, said once at the first year's header, `year` the first plan year and `last` the last.
   */
  'economy-plan-year-empty': { readonly year: number; readonly last?: number; readonly reason?: 'all' };
  /**
   * A line typed right under the table, outside it (read/rowBelow.ts): `row` is its sheet row; `reason` 'gap' when
   * empty rows stand between (a measure with the table's ID, left lower when a roll shrank the table), 'id' when
   * it stands right under the table with such an ID (an empty row would not keep it apart: it would be 'gap').
   */
  'row-below-table': { readonly table: string; readonly row: number; readonly reason?: 'gap' | 'id' };
  /** A row inside a table holding only a note (read/noteRow.ts): `column` its header, `text` the note as quoted. */
  'note-in-table': { readonly table: string; readonly row: number; readonly column: string; readonly text: string };
  /**
   * An economy plan line's Del or Linjetype (`column`, its header) empty or none of `allowed` (read/economyPlan.ts):
   * `value` as typed; `reason` says which (none: a Linjetype as typed that is none of the line types;
   * `ramme-investment`: Del Investering on a Ramme line, which is drift only and so limits no frame).
   */
  'economy-plan-line-invalid': {
    readonly column: string;
    readonly value: string;
    readonly allowed: string;
    readonly reason?: 'part-missing' | 'part-unknown' | 'type-missing' | 'ramme-investment';
    readonly valueType?: ValueType;
  };
  // every measure row
  /** `suggestion`: a free ID in the table's series. */
  /** reason total-row: the row reads as a total row typed in the table (SPEC §11), to delete, not to number. */
  'id-missing': { readonly suggestion: string; readonly reason?: 'total-row' };
  'id-duplicate': {
    readonly id: string;
    readonly firstSheet: string;
    readonly firstCell: string;
    readonly suggestion: string;
  };
  'section-invalid': { readonly reason: 'missing' | 'unknown'; readonly value: string; readonly valueType?: ValueType };
  /** `reason: 'decimal-point'`: text such as "2.0" (SPEC §7 reads no decimal dot); `suggestion`: the whole number. */
  'priority-invalid': {
    readonly reason: 'missing' | 'invalid' | 'decimal-point';
    readonly value: number | string;
    readonly suggestion?: string;
    /** The cell holds a logical or an error value (TRUE, #REF!), `value` its name in the file. */
    readonly valueType?: 'logical' | 'error';
  };
  /** A Prioritet stored as text that reads as a valid priority: `value` as typed (trimmed), `priority` as read. */
  'priority-text': { readonly value: string; readonly priority: number };
  'priority-duplicate': {
    readonly priority: number;
    readonly section: string;
    readonly firstId: string;
    readonly firstCell: string;
  };
  'measure-missing': None;
  /** reason total-row: no status on a row that reads as a total row (SPEC §11), to delete. */
  'status-invalid': {
    readonly reason: 'missing' | 'unknown' | 'total-row';
    readonly value: string;
    readonly allowed: string;
    readonly valueType?: ValueType;
  };
  /** A Type (operating) or Formål (investment) outside its choices, as typed; `allowed`: the choices. */
  'type-invalid': { readonly value: string; readonly allowed: string; readonly valueType?: ValueType };
  'purpose-invalid': { readonly value: string; readonly allowed: string; readonly valueType?: ValueType };
  'responsible-missing': None;
  'area-invalid': { readonly area: string; readonly valueType?: ValueType };
  /**
   * `reason: 'economy-plan-line'`: the frame code of an economy plan line (its Rammeområde, or a Ramme line's Ref),
   * with `allowed`, the list's codes; no measure then. `reason: 'measure-ref'`: a Ramme line without Rammeområde
   * whose Ref (`frame`) is a measure's ID — its Linjetype (`lineType`, as typed) is the likely slip, not the code
   * (at its Linjetype cell).
   */
  'frame-invalid': {
    readonly frame: string;
    readonly lineType?: string;
    readonly reason?: 'economy-plan-line' | 'measure-ref';
    readonly allowed?: string;
    readonly valueType?: ValueType;
  };
  /**
   * `reason: 'uncalculated'`: a formula the file holds without its result (its `value` is empty).
   * `reason: 'decimal-point'`: a number typed with a dot as the decimal sign ("2.4"), which SPEC §7 does not read
   * (a dot groups thousands); `suggestion`: the text with a decimal comma ("2,4").
   * `reason: 'too-large'` with `number`: the cell holds that number, `value` is only its rendering.
   * `valueType`: the cell holds a logical or an error value, `value` its name as the file stores it (TRUE, #VALUE!).
   */
  'amount-invalid': AmountCell & {
    readonly reason?: 'uncalculated' | 'decimal-point' | 'too-large';
    readonly valueType?: 'logical' | 'error';
    readonly suggestion?: string;
    readonly number?: number;
  };
  'priority-gap': { readonly section: string; readonly priorities: string; readonly count: number };
  'area-missing': None;
  /** A Tiltak text longer than SPEC §4 allows (`max`, the schema's maxLength): `length` its characters. */
  'measure-too-long': { readonly length: number; readonly max: number };
  'ref-unknown': { readonly ref: string; readonly valueType?: ValueType };
  /** `value`: the number as typed (in the workbook unit), `decimals`: how many the unit allows. */
  'amount-precision': { readonly column: string; readonly value: number; readonly decimals: number };
  /**
   * `reason: 'setting'`: the Toleranse setting typed as text (`column` its label), read as the number it shows;
   * `'setting-kroner'`: its text names kroner («500 kroner») in a plan of another unit, so it is read in kroner,
   * `read` (what to type instead is `read` in the workbook unit).
   */
  'amount-text': AmountCell & { readonly reason?: 'setting' | 'setting-kroner'; readonly read?: Kr };
  'amount-placeholder': AmountCell;
  // status
  'costed-without-amounts': None;
  /** `reason: 'missing'` when the status cell is empty (the message says so rather than quoting ""). */
  'amounts-without-costing': {
    readonly column: string;
    readonly status: string;
    readonly amount: Kr;
    /** missing: no status; total-row: the row reads as a total row typed in the table (SPEC §11), to delete. */
    readonly reason?: 'missing' | 'total-row';
  };
  // operating
  'financing-sum': { readonly column: string; readonly base: Kr; readonly financing: Kr; readonly difference: Kr };
  /** `reason: 'zero-base'`: Nye midler ≠ 0 on a base of 0 (SPEC §4), with no sign to follow and no year's share. */
  'financing-sign': BaseSign & { readonly reason?: 'zero-base' };
  'year-exceeds-full-year': { readonly year: number; readonly cost: Kr; readonly fullYear: Kr };
  'full-year-not-reached': { readonly year: number; readonly last: Kr; readonly fullYear: Kr };
  'one-off-full-year': { readonly fullYear: Kr };
  /**
   * `reason` when the reconciliation placed the measure by its economy plan lines (SPEC §4): `line-frame` counted in
   * `frame`, the frame its line has; `line-frames` in none, its lines having the frames of `frame` (listed);
   * `line-frame-invalid` in none, its line having `frame`, no code of the list.
   */
  'frame-missing': {
    readonly newMoney: Kr;
    readonly reason?: 'line-frame' | 'line-frames' | 'line-frame-invalid' | 'line-frames-invalid';
    readonly frame?: string;
    /** `line-frames-invalid`: the value a line has that is no frame code (`frame` the codes the others have). */
    readonly invalid?: string;
  };
  /**
   * Nye midler ≠ 0 (`newMoney`, at `column`'s cell) on a measure that costs in the period, whose new money per year
   * (SPEC §4, rounded to the unit's step) is 0 in every plan year: it drops out of the per-year totals and Avstemming.
   */
  'new-money-rounded-to-zero': { readonly column: string; readonly newMoney: Kr };
  // investment
  'investment-phasing': { readonly budget: Kr; readonly phased: Kr; readonly difference: Kr };
  'investment-financing-sum': { readonly budget: Kr; readonly financing: Kr; readonly difference: Kr };
  'vat-on-rental': { readonly vat: Kr; readonly purpose: string };
  'vat-share': { readonly vat: Kr; readonly budget: Kr; readonly limit: Kr; readonly percent: number };
  /** `threshold`: kroner, shown as a plain number (the message names the unit kr). */
  'below-investment-threshold': { readonly budget: Kr; readonly threshold: number };
  'project-missing': None;
  // either
  'unit-suspect': {
    readonly column: string;
    readonly expected: Kr;
    readonly actual: Kr;
    readonly factor: number;
    /** Which side looks 1000 times too small: the base (or budget), or the financing. */
    readonly side: 'base' | 'financing';
    /** That side's amount, and that amount times the factor. */
    readonly from: Kr;
    readonly proposed: Kr;
    /** The other reading: the big side's amount, and that amount divided by the factor. */
    readonly otherFrom: Kr;
    readonly otherProposed: Kr;
    readonly rule: 'financing-sum' | 'investment-financing-sum';
    /**
     * Which side's size the rest of the plan shares (so that side is probably right): the base (or budget),
     * the financing, or neither (no other measures to compare with, or no clear answer).
     */
    readonly supported: 'base' | 'financing' | 'none';
  };
}
