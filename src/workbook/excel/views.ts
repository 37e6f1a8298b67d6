/**
 * The view a user gave the sheets a repair writes on (SheetSnapshot.pane and sizedColumns; domain
 * sheets/herView.ts): frozen panes by WorksheetFreezePanes.getLocationOrNullObject (ExcelApi 1.7), and the
 * columns with a width of their own by Range.getColumnProperties with format.useStandardWidth (ExcelApi 1.9, the
 * add-in's minimum): false for a column whose width is not the sheet's standard one, with its format.columnWidth (in
 * points, given back in characters: a repair tells the product's own widths from hers by it). Both are asked in the sync that
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
      const columns = row.getColumnProperties({ format: { useStandardWidth: true, columnWidth: true } });
      return { sheet, frozen, columns };
    });
}

type Span = { min: number; max: number; width?: number };

/** A width in points as Excel column characters (styles.ts widthToPoints, inverted), to 2 decimals. */
const pointsToWidth = (points: number): number => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

/** The columns (1-based spans of one width) whose width is not the standard one, from getColumnProperties' answer. */
function sizedSpans(columns: readonly Excel.ColumnProperties[]): Span[] {
  // The asked row starts in column A: the i-th answer is column i + 1.
  const sized = columns.flatMap((c, i) => {
    if (c.format?.useStandardWidth !== false) return [];
    const points = c.format.columnWidth;
    return [{ col: i + 1, width: typeof points === 'number' ? pointsToWidth(points) : undefined }];
  });
  const spans: Span[] = [];
  for (const { col, width } of sized) {
    const last = spans[spans.length - 1];
    if (last && last.max === col - 1 && last.width === width) last.max = col;
    else spans.push(width === undefined ? { min: col, max: col } : { min: col, max: col, width });
  }
  return spans;
}

/** Per sheet asked, what the snapshot says of its view (nothing for a sheet left as Excel made it). */
export function viewsOf(asks: readonly ViewAsk[]): Map<string, { pane?: 'frozen'; sizedColumns?: Span[] }> {
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
