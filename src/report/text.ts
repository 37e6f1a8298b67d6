/** The report document as plain text for a terminal or a file: headings underlined, tables padded. */
import type { Block, ReportDocument } from './document';

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number, right: boolean): string =>
  right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s)));

/** A cell on one line: a text typed with line breaks (Alt+Enter in Excel) or tabs would break the table's rows. */
const oneLine = (s: string): string => s.replace(/[ \t]*[\r\n\t][\s]*/g, ' ');

/** A table with columns padded to their widest cell; numeric columns right-aligned. */
export function textTable(
  headers: readonly string[],
  cells: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string[] {
  const rows = cells.map((r) => r.map(oneLine));
  const widths = headers.map((h, i) => rows.reduce((a, r) => Math.max(a, width(r[i] ?? '')), width(h)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, numeric.includes(i)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].map((l) => `  ${l}`);
}

function renderBlock(block: Block): string[] {
  switch (block.kind) {
    case 'title':
      return [block.text, '='.repeat(width(block.text))];
    case 'heading':
      return ['', block.text, (block.level === 2 ? '-' : '·').repeat(width(block.text))];
    case 'paragraph':
      return [block.text];
    case 'table':
      return [...textTable(block.headers, block.rows, block.numeric), ''];
  }
}

/** The whole document as text, ending with a newline. */
export function renderText(doc: ReportDocument): string {
  return `${doc.blocks.flatMap(renderBlock).join('\n')}\n`;
}
