/**
 * In a plain browser there is no Excel selection: this wrapper passes every edit to the file adapter except
 * `select`, which it reports to the pane so the sheet preview can show and highlight the cell.
 */
import type { Edit } from '../../domain';
import type { WorkbookPort } from '../../workbook/port';

export interface Selection {
  readonly sheet: string;
  readonly cell: string;
}

/** `onWrite`: told after every apply that changed the workbook (more than a selection). */
export function withSelection(
  port: WorkbookPort,
  onSelect: (s: Selection) => void,
  onWrite?: () => void,
): WorkbookPort {
  // Whether the last apply() reached the file adapter: what it showed is the file's only then.
  let wrote = false;
  return {
    read: (scope) => port.read(scope),
    rowsShown: () => (wrote ? (port.rowsShown?.() ?? []) : []),
    async apply(edits: readonly Edit[]) {
      const rest = edits.filter((e) => e.kind !== 'select');
      wrote = rest.length > 0;
      if (rest.length > 0) {
        await port.apply(rest);
        onWrite?.();
      }
      const last = [...edits].reverse().find((e) => e.kind === 'select');
      if (last && last.kind === 'select') onSelect({ sheet: last.sheet, cell: last.cell });
    },
  };
}
