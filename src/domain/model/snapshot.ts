/** Workbook snapshots: what every workbook source delivers to the domain, as plain data. */

/** An Excel error value (#REF!, #VALUE!, #N/A …) as read from a cell. */
export interface CellError {
  readonly error: string;
}

/**
 * A formula cell that a file holds without its result (a workbook written by a program that does not
 * calculate, where Excel would calculate on opening): its value is unknown, never empty.
 */
export const UNCALCULATED: CellError = Object.freeze({ error: '#UNCALCULATED' });

/** Whether a cell is a formula a file holds without its result (see UNCALCULATED). */
export const isUncalculated = (v: CellValue): boolean =>
  v !== null && typeof v === 'object' && v.error === UNCALCULATED.error;

/** A value read as one to write again as a plain value (an archive, a carried row): an error value as its text. */
export const plainValue = (v: CellValue): string | number | boolean | null =>
  v !== null && typeof v === 'object' ? v.error : v;

/** One cell's value as any workbook source delivers it. Dates arrive as numbers or ISO strings. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangular block of one sheet, as plain arrays. `origin` is the A1 address of values[0][0]. */
export interface SheetSnapshot {
  readonly sheet: string;
  readonly origin: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Formula text per cell (English names, starting with "="), or null/"" for constants. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** Merged ranges in A1 notation, e.g. "C1:G1". */
  readonly merges?: readonly string[];
  /** Rows the sheet hides, by sheet row number (1-based); absent when none is hidden or the source cannot say. */
  readonly hiddenRows?: readonly number[];
  /**
   * The sheet's first view is divided into panes: frozen (View › Freeze Panes) or split (View › Split); absent when
   * it is not, or the source cannot say. A roll into the user's workbook keeps her panes (rollover/placed.ts).
   */
  readonly pane?: 'frozen' | 'split';
  /**
   * The columns (1-based spans) the sheet gives a width of their own (Format › Column Width, a dragged border); absent
   * when none does, or the source cannot say. A roll into the user's workbook keeps those widths. `width`: in
   * characters, when the source can say (a repair tells the product's own widths from hers by it).
   */
  readonly sizedColumns?: readonly { readonly min: number; readonly max: number; readonly width?: number }[];
}

/** An Excel Table (ListObject) as the source knows it. */
export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Full range including the header row, e.g. "A1:T12" (a totals row left out: it is never a plan row). */
  readonly ref: string;
  /** The table shows a totals row, right under `ref` (Table Design → Total Row). */
  readonly totalsRow?: boolean;
}

/** A workbook-scoped defined name, e.g. lstSeksjoner → "Innstillinger!$A$2:$A$9". */
export interface NameInfo {
  readonly name: string;
  readonly ref: string;
}

/**
 * The cells of the columns of a saved version or archive that hold measure IDs, when a read took no more of it
 * (model/readScope.ts versionIdColumns): the values, in no particular order.
 */
export interface VersionIdCells {
  readonly sheet: string;
  readonly values: readonly CellValue[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableInfo[];
  readonly names?: readonly NameInfo[];
  /**
   * The ID columns of the saved versions and archives a check read (read/versionIds.ts): their sheets stay unread
   * in `sheets`, so that nothing takes a few columns of a version for the version (Endringer, compare, a roll).
   */
  readonly versionIdCells?: readonly VersionIdCells[];
}
