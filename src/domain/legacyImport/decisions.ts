/**
 * The importer's decisions as data: a code per kind of decision and the params its message needs (numbers
 * as numbers, cell texts as texts). The words are the shells' (src/i18n/importLog*.ts), so the log follows
 * the user's language like every other text the product writes.
 */
import type { Unit } from '../model/money';
import type { UnitSource } from './units';

type None = Readonly<Record<never, never>>;
/** A cell's logical or error value (TRUE, #N/A: legacyImport/cells.ts), named as her Excel shows it (SANN, #I/T). */
type ValueType = 'logical' | 'error';
type Column = { readonly column: string };
/** `amount`: in `unit`, the import's target unit. */
type Placed = { readonly amount: number; readonly unit: Unit };

/**
 * What the importer adds to a measure's Kommentar beside the cell's own text: worded by the shell
 * (ImportOptions.commentNote), so the workbook follows the user's language. `amount` is in `unit`.
 */
export type CommentNote =
  | { readonly code: 'year-outside'; readonly year: number; readonly amount: number; readonly unit: Unit }
  | { readonly code: 'cost-year-no-amount'; readonly year: number }
  | { readonly code: 'other-financing'; readonly amount: number; readonly unit: Unit }
  /** A formula saved without its result, `column` where it stood (as amount-unread's). */
  | { readonly code: 'formula-no-result'; readonly column: string; readonly formula: string }
  | { readonly code: 'cost-year-text'; readonly text: string; readonly valueType?: ValueType }
  /**
   * An amount cell's text the import cannot read, `column` where it stood (a year, «Nye midler»): as typed, or the
   * name of a logical or an error value (`valueType`), written as her Excel shows it.
   */
  | { readonly code: 'amount-unread'; readonly column: string; readonly text: string; readonly valueType?: ValueType }
  /** A cell of a column with no place: `typed` as the cell holds it (a number unconverted). */
  | { readonly code: 'column-unplaced'; readonly column: string; readonly typed: string | number }
  /** A cell of a column with no heading, `column` its letter ("C"): `typed` as the cell holds it. */
  | { readonly code: 'column-unlabelled'; readonly column: string; readonly typed: string | number }
  /** A legacy ID that is not kept (not of its table's form, or used before): as typed. */
  | { readonly code: 'id-not-kept'; readonly typed: string | number };

export interface ImportDecisionParams {
  /** The file the decisions are of (its sheets and cells). */
  source: { readonly file: string };
  'no-table': None;
  /** `source`: where the first plan year came from (--start, the header's year columns, the default). */
  period: { readonly start: number; readonly end: number; readonly source: 'option' | 'header' | 'default' };
  'kind-investment': Column;
  'kind-operating': None;
  'column-unknown': Column;
  'column-repeated': Column;
  /** A cell of an unknown or repeated column on a measure row: `typed` (as the cell holds it) went to Kommentar. */
  'column-unplaced-cell': Column & { readonly typed: string | number };
  /** A cell on a measure row under no heading (`column`: its letter): `typed` (as the cell holds it) went to Kommentar. */
  'column-unlabelled-cell': Column & { readonly typed: string | number };
  /**
   * A legacy ID cell not kept (`reason`: not of the table's `form` "D-nnn"/"I-nnn", or a `duplicate` of an ID
   * read before): `typed` went to Kommentar, and the measure has the new ID `id`.
   */
  'id-not-kept': {
    readonly typed: string | number;
    readonly reason: 'form' | 'duplicate';
    readonly form: string;
    readonly id: string;
  };
  /**
   * A legacy ID cell covered by the ID `typed` merged down from row `row` (`range`): that ID is row `row`'s
   * measure's, and this measure has the new ID `id`.
   */
  'id-merged': {
    readonly typed: string | number;
    readonly range: string;
    readonly row: number;
    readonly id: string;
  };
  /** An empty legacy ID cell: the measure has the new ID `id`. */
  'id-new': { readonly id: string };
  /** A number heading ("Nr.", "Tiltak nr") read as Prioritet: no Prioritet heading, and it stands before Tiltak. */
  'column-number-priority': Column;
  /** A number heading read as Ref.: the table has Prioritet, or another number heading is its Prioritet. */
  'column-number-ref': Column;
  /** `header`: the canonical column's header as the workbook spells it. */
  'column-mapped': Column & { readonly header: string };
  'column-year': Column & { readonly year: number };
  /** A year header with a footnote marker ("2011*"); `footnote` is the note's text, found in cell `at`. */
  'year-footnote': Column & {
    readonly year: number;
    readonly marker: string;
    readonly footnote: string;
    readonly at: string;
  };
  /** A year header with a footnote marker whose note is not found under the table. */
  'year-footnote-missing': Column & { readonly year: number; readonly marker: string };
  /** A footnote typed right under the measures (one text that starts with a year header's marker). */
  'footnote-row': { readonly row: number; readonly text: string };
  'column-cost-year': Column;
  'column-other-financing': Column;
  'no-purpose': None;
  'no-project': None;
  'units-mixed': { readonly units: readonly Unit[]; readonly unit: Unit };
  /** The title above a table whose header states no unit ("Tabell 6.1 … (mill kr)") gives its columns `unit`. */
  'unit-title': { readonly title: string; readonly unit: Unit };
  /** A text typed beside a table's title (`title`) on its row: it belongs to no measure and is placed nowhere. */
  'title-note': { readonly title: string; readonly typed: string };
  'column-unit': Column & { readonly unit: Unit; readonly source: UnitSource };
  'column-unit-converted': Column & { readonly unit: Unit; readonly source: UnitSource; readonly target: Unit };
  /** `value`: shown as JavaScript writes it (1e+300): it is a typo, not money. */
  'number-too-large': { readonly value: number };
  /** An amount typed as text (`typed`, as in the cell: «2.5», «1 250») read as `number`. */
  'number-from-text': { readonly number: number; readonly typed: string };
  /** A number typed in a text column (`column` its header, an Ansvarlig 2028): kept as the text of `typed`. */
  'number-as-text': Column & { readonly typed: number };
  /** A text amount with its own unit ("0,5 mill"): read as `number` in `unit`, whatever the column's unit. */
  'number-with-unit': { readonly number: number; readonly unit: Unit; readonly typed: string };
  /** A text amount with an apostrophe for thousands (`typed` «600'»): read as `number` in `unit`, 1000 kr. */
  'number-apostrophe-thousands': { readonly number: number; readonly unit: Unit; readonly typed: string };
  /**
   * A text amount with one dot and three digits after it ("1.275") in a column of `unit` above 1000 kr: read
   * as `number` (the dot groups thousands), though a decimal point may have been meant.
   */
  'dot-ambiguous': { readonly text: string; readonly number: number; readonly unit: Unit };
  /**
   * A kroner word around a whole number (`typed`) in a column of `unit`, another unit: read as `number` kr, which is
   * `amount` in the new table's unit `target` (the figure she finds there).
   */
  'kroner-in-column': {
    readonly number: number;
    readonly unit: Unit;
    readonly typed: string;
    readonly amount: number;
    readonly target: Unit;
  };
  /** A kroner word around a number with decimals (`typed`): no kroner amount, read as `number` in the column's `unit`. */
  'kroner-word-ignored': { readonly number: number; readonly unit: Unit; readonly typed: string };
  /** `valueType`: the cell holds a logical or an error value, `text` its English name (cells.ts classifyAmount). */
  'text-not-amount': { readonly text: string; readonly valueType?: ValueType };
  /** `formula`: as the file holds it ("=SUM(D5:G5)"). */
  'formula-no-result': { readonly formula: string };
  /** A formula saved without its result in a text column (`column`: Ansvarlig, Kommentar …): the cell is left empty. */
  'text-formula-no-result': Column;
  'year-outside': { readonly year: number; readonly amount: number };
  /** Plan years (`years`, listed as «2015» or «2014, 2015») for which a table with year columns has none: left empty. */
  'year-no-column': { readonly years: string; readonly count: number };
  'cost-year-no-amount': { readonly year: number };
  /** An empty "År" cell on a row with a Kostnadsramme: it is not placed on any year. */
  'cost-year-empty': Placed;
  /** An "År" cell that names no year ("2012–2013"): its text goes to Kommentar. */
  'cost-year-text': { readonly text: string; readonly valueType?: ValueType };
  'cost-year-in': Placed & { readonly year: number };
  'cost-year-before': Placed;
  'cost-year-after': Placed;
  'other-financing': Placed;
  'period-sum-formula': None;
  'one-off': None;
  /** A Samlet kostnad (`amount`) that is the sum of the years of a cost that ends in `year`, before the last. */
  'one-off-total': Placed & { readonly year: number };
  'section-row': { readonly text: string; readonly section: string };
  /** A section heading with amounts on its row (the section's subtotal): not a measure. */
  'section-row-amounts': { readonly text: string; readonly section: string };
  /** A text alone in the Tiltak column, not in capitals, that reads as a heading with a colon ("Innsatsområde: Helse"). */
  'section-row-label': { readonly text: string; readonly section: string };
  /** A section row no measure follows (a note typed under the last row): not added to the sections. */
  'section-unused': { readonly text: string };
  'priority-not-number': { readonly value: string };
  /**
   * A Prioritet cell covered by the priority `value` merged down from row `row` (`range`): that priority is row
   * `row`'s measure's, and this measure has none.
   */
  'priority-merged': { readonly value: string; readonly range: string; readonly row: number };
  'ref-split': { readonly ref: string };
  'merged-cell': { readonly value: string; readonly range: string };
  /** A value merged down over the section row `text` (this cell): it fills the measure rows of the merge only. */
  'merged-section': { readonly text: string; readonly value: string; readonly range: string };
  /** An amount merged down over several rows (`number` as typed): counted once, on row `row` (the merge's first). */
  'merged-amount': { readonly number: number; readonly range: string; readonly row: number };
  /** An amount merged across amount columns of one row (`number` as typed): counted once, in cell `at` (the merge's first). */
  'merged-amount-across': { readonly number: number; readonly range: string; readonly at: string };
  'status-typed': { readonly status: string };
  /** `marker`: what the cell says («?» for Ukjent). */
  'status-marker': { readonly marker: string; readonly status: string };
  'status-amounts': { readonly status: string };
  'status-zero': None;
  'status-none': None;
  'total-row-label': { readonly row: number; readonly label: string };
  'total-row-formula': { readonly row: number; readonly formula: string };
  /** A total word on a row with a priority (ID, Ref.) whose amounts are the sum of the measures above it. */
  'total-row-sum': { readonly row: number; readonly label: string };
  /** A row of bare amounts (no text, priority, ID or Ref.) that are the sums of the measures above it. */
  'total-row-unlabelled': { readonly row: number };
  /** A measure whose text starts with a total word ("Sum opp kartlegging"): it has its own priority. */
  'total-label-measure': { readonly row: number; readonly label: string };
  'no-section': None;
  /** A line alone in a text column right under measure row `row`: the rest of that cell's text, joined to it. */
  'wrapped-text': { readonly text: string; readonly row: number };
  /** A row of nothing but "----" or 0, with no text, priority, ID or Ref.: no measure. */
  'placeholder-row': { readonly row: number };
  /** A row the sheet hides: read as any other row, and logged. */
  'hidden-row': { readonly row: number };
  /** Row `empty` is empty between the header and its second header row `row`, which is read as part of the header. */
  'header-gap': { readonly empty: number; readonly row: number };
  /**
   * A header row (row `row`) with a Tiltak heading (`column`) and amount headings but no Prioritet or number
   * heading: the table under it is not read.
   */
  'unread-header': { readonly row: number; readonly column: string };
  /**
   * A row after a table's end (its last row `last`, an empty row between) with a Tiltak text and an amount, but
   * no priority number: not read.
   */
  'unread-row': { readonly row: number; readonly text: string; readonly last: number };
  /**
   * A row after a table's end (its last row `last`) with a Tiltak text, an amount and a priority: not read, since
   * what stood between (an empty row and a note under it) ended the table.
   */
  'unread-row-ranked': {
    readonly row: number;
    readonly text: string;
    readonly priority: number;
    readonly last: number;
  };
  /**
   * A row after a table's end (its last row `last`, an empty row between) with a priority and an amount but no
   * Tiltak text: not read (the table goes on only over a measure row with its text).
   */
  'unread-row-priority': { readonly row: number; readonly priority: number; readonly last: number };
  /** An empty row inside the table: the rows after it are the table's own and are read on. */
  'empty-row': { readonly row: number };
  /**
   * A cell on row `row`, which is no measure (a section, total, placeholder, footnote or empty row): `typed` (as the
   * cell holds it) belongs to no measure and is placed nowhere, for the user to move.
   */
  'row-note': { readonly row: number; readonly typed: string | number };
  /**
   * A cell of a row of notes only (no Tiltak, priority, ID, Ref. or amount) right under the measure on row `row`:
   * `typed` (in the column headed `column`, or of that letter) went to that measure's Kommentar.
   */
  'row-note-measure': { readonly row: number; readonly column: string; readonly typed: string | number };
  /** A remark («Merk: …», «NB! …») on a row of its own right under the measure on `row`: to its Kommentar. */
  'row-remark-measure': { readonly row: number; readonly column: string; readonly typed: string };
}

export type ImportDecisionCode = keyof ImportDecisionParams;

/** What was decided, without where: a code and its params. */
export type ImportDecisionKind = {
  [C in ImportDecisionCode]: { readonly code: C; readonly params: ImportDecisionParams[C] };
}[ImportDecisionCode];

/** One decision of the importer, with the cell it was made from. */
export type ImportDecision = ImportDecisionKind & { readonly sheet: string; readonly cell: string };

/** Logs a decision made from `sheet`!`cell`. */
export type Note = (sheet: string, cell: string, what: ImportDecisionKind) => void;
