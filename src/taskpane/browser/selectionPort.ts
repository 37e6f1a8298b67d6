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
  return {
    read: (scope) => port.read(scope),
    async apply(edits: readonly Edit[]) {
      const rest = edits.filter((e) => e.kind !== 'select');
      if (rest.length > 0) {
        await port.apply(rest);
        onWrite?.();
      }
      const last = [...edits].reverse().find((e) => e.kind === 'select');
      if (last && last.kind === 'select') onSelect({ sheet: last.sheet, cell: last.cell });
    },
  };
}
