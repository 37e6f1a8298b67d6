/**
 * The view a user gave the sheets a repair writes on (SheetSnapshot.pane and sizedColumns; domain
 * sheets/herView.ts): frozen panes by WorksheetFreezePanes.getLocationOrNullObject (ExcelApi 1.7), and the
 * columns with a width of their own by Range.getColumnProperties with format.useStandardWidth (ExcelApi 1.9, the
 * add-in's minimum): false for a column whose width is not the sheet's standard one. Both are asked in the sync that
 * locates the tables, so a read takes no sync more. Office.js has no way to tell a split (View › Split) from an
 * undivided sheet, so a split is not reported (a repair would still freeze the header row there); a width beyond
 * VIEW_COLUMNS is not read (the product's width is set there).
 */
import { SHEETS, toRange } from '../../domain';

/** How many columns from A are asked for their width: the product's tables and a table put right of hers. */
export const VIEW_COLUMNS = 80;

/** The sheets a repair sets widths and freezes rows on. */
const VIEWED = [SHEETS.settings, SHEETS.operating, SHEETS.investment, SHEETS.economyPlan];

export interface ViewAsk {
  readonly sheet: string;
  readonly frozen: Excel.Range;
  readonly columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
}

/** Queues the view of each sheet of `sheetNames` a repair writes on; read them after the next sync. */
export function askViews(worksheets: Excel.WorksheetCollection, sheetNames: readonly string[]): ViewAsk[] {
  const viewed = new Set(VIEWED.map((s) => s.toLowerCase()));
  return sheetNames
    .filter((s) => viewed.has(s.toLowerCase()))
    .map((sheet) => {
      const ws = worksheets.getItem(sheet);
      const frozen = ws.freezePanes.getLocationOrNullObject();
      frozen.load('address');
      const row = ws.getRange(toRange(1, 1, 1, VIEW_COLUMNS));
      const columns = row.getColumnProperties({ format: { useStandardWidth: true } });
      return { sheet, frozen, columns };
    });
}

/** The columns (1-based spans) whose width is not the standard one, from getColumnProperties' answer. */
function sizedSpans(columns: readonly Excel.ColumnProperties[]): { min: number; max: number }[] {
  // The asked row starts in column A: the i-th answer is column i + 1.
  const sized = columns.flatMap((c, i) => (c.format?.useStandardWidth === false ? [i + 1] : []));
  const spans: { min: number; max: number }[] = [];
  for (const col of sized) {
    const last = spans[spans.length - 1];
    if (last && last.max === col - 1) last.max = col;
    else spans.push({ min: col, max: col });
  }
  return spans;
}

/** Per sheet asked, what the snapshot says of its view (nothing for a sheet left as Excel made it). */
export function viewsOf(
  asks: readonly ViewAsk[],
): Map<string, { pane?: 'frozen'; sizedColumns?: { min: number; max: number }[] }> {
  return new Map(
    asks.map((a) => {
      const spans = sizedSpans(a.columns.value ?? []);
      return [
        a.sheet,
        {
          ...(a.frozen.isNullObject ? {} : { pane: 'frozen' as const }),
          ...(spans.length > 0 ? { sizedColumns: spans } : {}),
        },
      ];
    }),
  );
}
