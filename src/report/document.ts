/**
 * A neutral report document (headings, paragraphs, tables) that the text and HTML formats both render,
 * so that the two always say the same thing. Every string in it is plain text: renderers escape.
 */
import type { Severity } from '../domain';

export type Block =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'heading'; readonly text: string; readonly level: 2 | 3 }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: Severity | 'ok' }
  | {
      readonly kind: 'table';
      readonly headers: readonly string[];
      readonly rows: readonly (readonly string[])[];
      /** Columns shown right-aligned (amounts). */
      readonly numeric?: readonly number[];
      /** Tone per row (colours in HTML, nothing in text). */
      readonly tones?: readonly (Severity | 'ok' | undefined)[];
      /** A last row shown bold (the total). */
      readonly totalRow?: boolean;
      /** The first cell of each row names the row (a section, a plan area, a status): a row header in HTML. */
      readonly rowHeaders?: boolean;
      /**
       * The rows in groups of these sizes (adding up to the rows), e.g. a plan's three rows: the first cell of a
       * group's first row names the group (empty on its other rows), the second names the row. HTML makes the
       * first a header of the row group, spanning it, and the second a row header, so a screen reader says the
       * group on every row; text shows the name once.
       */
      readonly rowGroups?: readonly number[];
    };

export interface ReportDocument {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * What a table cell is to a reader: the name of its row group (on the group's first row, spanning the group),
 * a row header, or data. A group's name on its other rows is covered by the span above: not drawn.
 */
export type CellRole = 'group' | 'row' | 'data' | 'covered';

export interface BodyRow {
  /** The row's index in the block's rows. */
  readonly index: number;
  readonly cells: readonly { readonly text: string; readonly role: CellRole }[];
}

/**
 * A table's bodies, one per row group (TableBlock.rowGroups), one for all rows when it has none, each cell with
 * its role: in a group the first cell names the group and the second the row; without groups the first cell is
 * a row header when the block says so (rowHeaders). What the HTML report and the pane draw a table by.
 */
export function tableBodies(block: TableBlock): { readonly span: number; readonly rows: readonly BodyRow[] }[] {
  const sizes = block.rowGroups ?? [block.rows.length];
  const grouped = block.rowGroups !== undefined;
  let start = 0;
  return sizes.map((size) => {
    const rows = block.rows.slice(start, start + size).map((row, k): BodyRow => ({
      index: start + k,
      cells: row.map((text, i) => ({
        text,
        role: grouped
          ? i === 0
            ? k === 0
              ? 'group'
              : 'covered'
            : i === 1
              ? 'row'
              : 'data'
          : i === 0 && block.rowHeaders === true
            ? 'row'
            : 'data',
      })),
    }));
    start += size;
    return { span: size, rows };
  });
}
