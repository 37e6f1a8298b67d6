/**
 * Planned edits: what the domain asks a workbook source to change, as plain data. The domain plans them
 * (template, repair, summary, reconciliation, add measure, rollover); an adapter applies a list of them
 * in one batch. Nothing here may delete a user's data: the only clearing edit targets blocks we own.
 */

/**
 * A value to write: a constant, or a formula with English function names and comma separators, with the
 * value the core computed for it when it did (a file then shows it before Excel recalculates: previews,
 * Protected View).
 */
export type CellInput =
  string | number | boolean | null | { readonly formula: string; readonly value?: string | number | boolean };

/** Cell styles the product uses; adapters map them to fills, fonts and borders. */
export type CellStyle = 'title' | 'header' | 'computed' | 'input' | 'ok' | 'bad' | 'note';

/**
 * One column of a table a roll empties and writes anew (clearOwnedRange `moves`): its body as it stood (`from`,
 * one column, the data rows) and where that column's body is in the new table (`to`), or null when the column
 * leaves (the year that went to the archive). The rows move; the column stays.
 */
export interface ColumnMove {
  readonly from: string;
  readonly to: string | null;
}

/**
 * The look of one column of a table a roll writes anew (clearOwnedRange `looks`): column `to` of the rolled table
 * takes the `<col>` (width, hidden, style, outline) of column `from` as it stood, or none (`from` null: a column the
 * table had not). A year column takes the look of the year column in its place (the third year the third's), as the
 * years all move on; `year`: it is one, so that a hidden mark on it (which would hide another year now) goes.
 */
export interface ColumnLook {
  readonly from: string | null;
  readonly to: string;
  readonly year?: boolean;
}

export type ValidationRule =
  /** A drop-down from a workbook name (e.g. "lstSeksjoner") or a literal list ("Varig,Engangs"). */
  | { readonly type: 'list'; readonly source: string }
  | { readonly type: 'wholeNumber'; readonly min: number; readonly max?: number };

export type Edit =
  /**
   * Create the sheet unless it exists. `hidden`: a sheet created by this edit is hidden (a saved version, SPEC
   * §14); an existing sheet keeps its visibility, so the product never hides a user's sheet.
   */
  | { readonly kind: 'ensureSheet'; readonly sheet: string; readonly hidden?: boolean }
  /** Write a block of cells starting at `origin` (A1). */
  | {
      readonly kind: 'setCells';
      readonly sheet: string;
      readonly origin: string;
      readonly values: readonly (readonly CellInput[])[];
    }
  /** Create an Excel Table over `ref` (header row included; the header cells must already be written). */
  | {
      readonly kind: 'createTable';
      readonly sheet: string;
      readonly name: string;
      readonly ref: string;
      /** Header text → calculated column formula (structured references allowed). */
      readonly calculated?: Readonly<Record<string, string>>;
      /**
       * The table shows a Total Row right under `ref` (which stays header and body, as TableInfo.ref): that row must be
       * free, and a setCells after this edit writes its cells (Excel fills a new Total Row with its own label and sum).
       */
      readonly totalsRow?: boolean;
    }
  /**
   * The calculated-column formula of an existing table's column (`column`, its header name) made `formula` (English
   * names, with "="): what Excel fills into a row added to the table. The definition only: the body cells are written by
   * setCells edits. A file keeps it in the table part; in Excel a column's body written whole with one formula is its
   * calculated column, so the Excel adapter has nothing more to do (repair/periodSumRuns.ts: Sum periode made the sum of
   * the year runs).
   */
  | {
      readonly kind: 'setCalculatedColumn';
      readonly sheet: string;
      readonly table: string;
      readonly column: string;
      readonly formula: string;
    }
  /** Grow an existing table to `ref` (e.g. after appending a row below it). */
  | { readonly kind: 'resizeTable'; readonly name: string; readonly ref: string }
  | { readonly kind: 'defineName'; readonly name: string; readonly ref: string }
  | { readonly kind: 'setValidation'; readonly sheet: string; readonly range: string; readonly rule: ValidationRule }
  | { readonly kind: 'setNumberFormat'; readonly sheet: string; readonly range: string; readonly format: string }
  | { readonly kind: 'setStyle'; readonly sheet: string; readonly range: string; readonly style: CellStyle }
  | { readonly kind: 'setColumnWidth'; readonly sheet: string; readonly column: string; readonly width: number }
  | { readonly kind: 'freezeRows'; readonly sheet: string; readonly rows: number }
  /**
   * Empty a block the product owns before it is written anew (the Sammendrag it wrote last time, the old
   * tblAvstemming): values, formulas, styles, number formats, validation and merges inside `range`, and
   * nothing outside it — a note the user typed beside the block stays. `anchored`: also what is anchored on
   * its cells (notes and threaded comments, hyperlinks, conditional formats), for a block whose rows and
   * columns get other measures and years (a roll forward): kept by address, those would describe the wrong
   * ones. Only the file adapter does this (a roll in Excel opens a new workbook); the Excel adapter refuses it.
   * `moves` (with `anchored`, a rolled table): where each column's body goes in the table written anew, so that a
   * drop-down that covered a column's whole body covers it again (ColumnMove). `looks` (likewise): the look each
   * column of the rolled table takes, so that a column she hid or sized keeps it where it now stands (ColumnLook).
   * `keep`: cells of the user's inside `range` (A1) that stay as they are, value, formula and look, with a merge and
   * drop-down that lie on them alone (a note she typed beside Sammendrag's rows, an empty cell of hers). The setCells that follows carries their values, so that its block has no
   * holes (the file adapter writes it whole, cellBlock.ts); each adapter leaves those cells as they stood.
   */
  | {
      readonly kind: 'clearOwnedRange';
      readonly sheet: string;
      readonly range: string;
      readonly anchored?: boolean;
      readonly moves?: readonly ColumnMove[];
      readonly looks?: readonly ColumnLook[];
      readonly keep?: readonly string[];
    }
  /**
   * Remove a table the product owns (tblAvstemming) so that it can be made anew at another size. Only the
   * table goes; its cells stay until a clearOwnedRange empties the product's part of them.
   */
  | { readonly kind: 'deleteOwnedTable'; readonly name: string }
  /**
   * Insert empty cells at `range`, moving the cells below it down, as Excel's Insert › Shift cells down
   * does: how the Excel path makes room for a new table row when a user's cell sits right below the
   * table. Planned only for a target that says it can (WorkbookTarget.canInsertCells); a file never can.
   */
  | { readonly kind: 'insertCells'; readonly sheet: string; readonly range: string }
  /**
   * Show the rows of `range` (whole rows) where the product writes a measure of hers into a row her filter, or she,
   * hid (review r30: a new measure in a filtered table): her filter stays as it was, as Excel leaves it when she
   * types a row into her filtered table (Excel does not apply a filter again when it opens a file). `table`: the
   * table the row is in, for the words after the write (WorkbookPort.rowsShown, said only when a row was hidden).
   */
  | { readonly kind: 'showRows'; readonly sheet: string; readonly range: string; readonly table: string }
  | { readonly kind: 'select'; readonly sheet: string; readonly cell: string };
