/** What reading one legacy row needs to know of its table: the grid, the columns, the years and the units. */
import type { Unit } from '../model/money';
import type { TableKind } from '../model/plan';
import type { Grid } from './grid';
import type { LegacyTable } from './header';
import type { CommentNote, ImportDecisionKind } from './decisions';

export interface LegacyRowContext {
  readonly grid: Grid;
  readonly table: LegacyTable;
  readonly kind: TableKind;
  readonly years: readonly number[];
  readonly target: Unit;
  readonly unitOf: (col: number) => Unit;
  readonly note: (cell: string, what: ImportDecisionKind) => void;
  /** The words of a note the importer adds to Kommentar (ImportOptions.commentNote). */
  readonly commentNote: (note: CommentNote) => string;
  /** A logical or an error value's name in the file as her Excel shows it (ImportOptions.excelValue). */
  readonly excelValue: (text: string) => string;
}
