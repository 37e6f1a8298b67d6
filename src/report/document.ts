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
