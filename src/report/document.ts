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
    };

export interface ReportDocument {
  readonly title: string;
  readonly blocks: readonly Block[];
}
