/**
 * The .xlsx adapter: a WorkbookPort over exceljs, for the CLI and for the task pane in a plain browser.
 * Browser-safe (no Node modules); file helpers live in nodeFile.ts.
 */
import ExcelJS from 'exceljs';
import type { Edit, WorkbookSnapshot } from '../../domain';
import type { WorkbookPort } from '../port';
import { applyEdit, type XlsxState } from './applyEdits';
import { readSheet } from './readSheet';
import { listTables } from './tables';
import { sniffUnreadable, UnreadableWorkbookError } from './unreadable';
import { finishPackage, loadPackage } from './zipParts';

export { UnreadableWorkbookError, type UnreadableReason } from './unreadable';

const asBytes = (buf: ArrayBuffer | Uint8Array): Uint8Array => (buf instanceof Uint8Array ? buf : new Uint8Array(buf));

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

export class XlsxWorkbook implements WorkbookPort {
  private constructor(private readonly state: XlsxState) {}

  /** A workbook with no sheets, for `new`. */
  static empty(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxWorkbook({ wb, names: [], calculated: new Map() });
  }

  /** Open .xlsx bytes. Anything that is not a readable workbook throws UnreadableWorkbookError. */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const data = asBytes(buf);
    const sniffed = sniffUnreadable(data);
    if (sniffed) throw sniffed;
    let pkg: Awaited<ReturnType<typeof loadPackage>>;
    try {
      pkg = await loadPackage(data);
    } catch (e) {
      // It starts like a zip, so it is a damaged one (cut off, say), not some other kind of file.
      throw new UnreadableWorkbookError('corrupt', `damaged zip package: ${firstLine(e)}`);
    }
    if (!pkg.hasWorkbook) throw new UnreadableWorkbookError('not-xlsx', 'a zip package without an Excel workbook');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(pkg.buffer as unknown as ArrayBuffer);
    } catch (e) {
      throw new UnreadableWorkbookError('corrupt', `damaged workbook: ${firstLine(e)}`);
    }
    // Excel recalculates our formulas (and keeps cached results of the user's) on open.
    wb.calcProperties.fullCalcOnLoad = true;
    return new XlsxWorkbook({ wb, names: pkg.names, calculated: pkg.calculated });
  }

  /** Every sheet's used range, the tables and the workbook-scoped names. */
  async read(): Promise<WorkbookSnapshot> {
    const { wb, names } = this.state;
    return {
      sheets: wb.worksheets.map(readSheet),
      tables: listTables(wb),
      names: names.filter((n) => !/localSheetId/.test(n.attrs)).map((n) => ({ name: n.name, ref: n.ref })),
    };
  }

  async apply(edits: readonly Edit[]): Promise<void> {
    for (const edit of edits) applyEdit(this.state, edit);
  }

  /** The active cell recorded by a `select` edit, as "Sheet!A1", or null. */
  activeCell(): string | null {
    const tab = this.state.wb.views[0]?.activeTab;
    const ws = tab === undefined ? undefined : this.state.wb.worksheets[tab];
    const cell = ws?.views[0]?.activeCell;
    return ws && cell ? `${ws.name}!${cell}` : null;
  }

  /** The calculated column formulas of a table (file spelling), by column name. */
  calculatedColumns(table: string): ReadonlyMap<string, string> {
    return this.state.calculated.get(table) ?? new Map();
  }

  /** The exceljs workbook, for styles and views in tests. */
  get excel(): ExcelJS.Workbook {
    return this.state.wb;
  }

  async toBuffer(): Promise<Uint8Array> {
    const written = asBytes((await this.state.wb.xlsx.writeBuffer()) as ArrayBuffer);
    return finishPackage(written, this.state.names, this.state.calculated);
  }
}
