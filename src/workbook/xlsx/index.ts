/**
 * The .xlsx adapter: a WorkbookPort over the package itself, for the CLI and for the task pane in a
 * plain browser. Reading parses only what is asked for; writing patches the parts the edits touch and
 * copies every other part of the file as it was (SPEC §11). Browser-safe (no Node modules); file helpers
 * live in nodeFile.ts.
 */
import { parseRange, type Edit, type PlacedFormula, type WorkbookSnapshot } from '../../domain';
import { WorkbookError, type ReadScope, type RowsShown, type WorkbookPort } from '../port';
import { readStructure, readTables } from './book';
import { OpcPackage } from './package';
import { readWorkbookSnapshot } from './read/readWorkbook';
import { pivotSources, type PivotSource } from './read/pivots';
import { placedFormulas } from './read/placedFormulas';
import { cellAnchors, type CellAnchor } from './read/anchors';
import { sniffUnreadable, UnreadableWorkbookError } from './unreadable';
import { applyEdit } from './write/applyEdit';
import { nameLostLooks } from './write/lostLooks';
import { nameLostRichText } from './write/richText';
import { ownLooks, rowLooks, type OwnLook } from './write/ownLooks';
import type { Box } from './write/ranges';
import type { SheetEntry } from './book';
import { refuseHeaderRowOff } from './write/editTables';
import { refuseProtected } from './write/protection';
import { BookState, type DroppedExtra } from './write/bookState';
import { newPackage } from './write/template';
import { askRecalcWhereRead } from './write/staleFormulas';
import { attributesOf, children, rootElement } from './xml/tags';
import { decodeXml } from './xml/escape';

export { UnreadableWorkbookError, type UnreadableReason } from './unreadable';
export type { AnchoredExtra, DroppedExtra } from './write/bookState';
export type { CellAnchor } from './read/anchors';
export type { OwnLook } from './write/ownLooks';
export type { PivotSource } from './read/pivots';

const asBytes = (buf: ArrayBuffer | Uint8Array): Uint8Array => (buf instanceof Uint8Array ? buf : new Uint8Array(buf));

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/** Runs a read of the package: anything but a known refusal is a damaged workbook. */
function reading<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    throw new UnreadableWorkbookError('corrupt', `damaged workbook: ${firstLine(e)}`);
  }
}

export class XlsxWorkbook implements WorkbookPort {
  /**
   * The last snapshot read and its scope, until the next apply: the browser pane reads a file when it opens it
   * (to refuse a damaged part before it replaces the open workbook) and its first check reads it again.
   */
  private lastRead: { readonly scope: ReadScope | undefined; readonly snapshot: WorkbookSnapshot } | null = null;

  private constructor(private readonly state: BookState) {}

  /** A new workbook with no sheets, for `new`, `import` and `roll`. */
  static empty(): XlsxWorkbook {
    return new XlsxWorkbook(new BookState(newPackage()));
  }

  /** Opens .xlsx (or .xlsm) bytes. Anything that is not a readable workbook throws UnreadableWorkbookError. */
  static async fromBuffer(buf: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const data = asBytes(buf);
    const sniffed = sniffUnreadable(data);
    if (sniffed) throw sniffed;
    const pkg = reading(() => OpcPackage.fromZip(data));
    reading(() => readTables(pkg, readStructure(pkg)));
    return new XlsxWorkbook(new BookState(pkg));
  }

  /** The sheets (all, or what `scope` needs), the tables and the workbook-scoped names. */
  async read(scope?: ReadScope): Promise<WorkbookSnapshot> {
    if (this.lastRead && this.lastRead.scope === scope) return this.lastRead.snapshot;
    this.state.flush();
    const snapshot = reading(() => readWorkbookSnapshot(this.state.pkg, scope));
    this.lastRead = { scope, snapshot };
    return snapshot;
  }

  /**
   * Applies planned edits in order; the package holds them at once (read() sees them), all of them or, when one
   * fails (a programmer error: a table gone, a bad address), none: the package is as before the batch. Refused before any is
   * applied (WorkbookError) in a workbook the product does not write, or when the workbook's protection forbids
   * what they do (WorkbookProtectedError: a sheet added to a locked structure, a protected sheet written).
   */
  async apply(edits: readonly Edit[]): Promise<void> {
    this.lastRead = null;
    if (edits.length > 0 && this.strict)
      throw new WorkbookError('strict-format', 'a Strict Open XML workbook is read, never written');
    if (edits.length > 0 && this.backslashNames)
      throw new WorkbookError('backslash-names', 'a package with backslashes in its part names is read, never written');
    if (edits.length > 0) refuseProtected(this.state, edits);
    refuseHeaderRowOff(this.state, edits);
    this.state.shown.length = 0;
    // Whole or not at all (SPEC §11): an edit that fails after others were applied takes them back with it.
    const start = this.state.begin();
    try {
      for (const edit of edits) applyEdit(this.state, edit);
      nameLostLooks(this.state);
      nameLostRichText(this.state);
      this.state.flush();
    } catch (e) {
      this.state.rollback(start);
      throw e;
    }
  }

  /** Whether the file is a Strict Open XML workbook, which the product reads but does not write (book.ts). */
  get strict(): boolean {
    return reading(() => this.state.structure.strict);
  }

  /** Whether the file has a password to modify, so only a copy may be saved, never the file itself (book.ts). */
  get writeReserved(): boolean {
    return reading(() => this.state.structure.writeReserved);
  }

  /** The sheets the workbook hides, by name: hidden (Skjul) or very hidden (the VBA editor alone shows it again). */
  get hiddenSheets(): ReadonlyMap<string, 'hidden' | 'veryHidden'> {
    return reading(
      () => new Map(this.state.structure.sheets.flatMap((s) => (s.hidden ? [[s.name, s.hidden] as const] : []))),
    );
  }

  /** Whether the package names its parts with backslashes, which the product reads but does not write (package.ts). */
  get backslashNames(): boolean {
    return this.state.pkg.backslashNames;
  }

  /** The file's bytes. */
  async toBuffer(): Promise<Uint8Array> {
    this.state.flush();
    askRecalcWhereRead(this.state);
    return this.state.pkg.toZip();
  }

  /**
   * What the edits applied so far dropped because it was anchored on a block they emptied to write other rows
   * there (clearOwnedRange with `anchored`: a roll forward into this workbook), by sheet, for the user to be told.
   */
  droppedExtras(): readonly DroppedExtra[] {
    return [...this.state.dropped];
  }

  /**
   * The tables the last apply() showed hidden rows of, or cleared the filter of, before making them again
   * (deleteOwnedTable: Avstemming written anew), for the user to be told why all its rows are back.
   */
  rowsShown(): readonly RowsShown[] {
    return [...this.state.shown];
  }

  /** The cells of worksheet `sheet` that carry a hyperlink, note or comment (none when there is no such sheet). */
  cellAnchors(sheet: string): CellAnchor[] {
    return reading(() => {
      this.state.flush();
      const entry = this.state.findSheet(sheet);
      return entry ? cellAnchors(this.state.pkg, entry) : [];
    });
  }

  /**
   * The body cells of table `name` (below its header row, above a totals row) with a fill, font, border or
   * alignment of their own, other than their row's or column's: anchored by address like a note (write/ownLooks.ts).
   * None when there is no such table.
   */
  tableBodyLooks(name: string): OwnLook[] {
    return this.inTableBody(name, (state, sheet, body) => ownLooks(state, sheet, body)) ?? [];
  }

  /** The body rows of table `name` coloured whole (a row style with a look: write/ownLooks.ts); none without it. */
  tableBodyRowLooks(name: string): number[] {
    return this.inTableBody(name, (state, sheet, body) => rowLooks(state, sheet, body)) ?? [];
  }

  /** The name of the worksheet that holds table `name`, or null without the table. */
  tableSheet(name: string): string | null {
    return reading(() => {
      this.state.flush();
      return this.state.findTable(name)?.sheet.name ?? null;
    });
  }

  /** `read` on the body of table `name` (below its header row, above a totals row), or null without the table. */
  private inTableBody<T>(name: string, read: (state: BookState, sheet: SheetEntry, body: Box) => T): T | null {
    return reading(() => {
      this.state.flush();
      const table = this.state.findTable(name);
      const box = table && parseRange(table.ref);
      if (!table || !box) return null;
      const body = { ...box, top: box.top + table.headerRowCount, bottom: box.bottom - table.totalsRowCount };
      return read(this.state, table.sheet, body);
    });
  }

  /** The pivot tables on the workbook's sheets and what their caches are built on (read/pivots.ts). */
  pivotSources(): PivotSource[] {
    return reading(() => pivotSources(this.state.pkg, this.state.structure));
  }

  /**
   * The user's formulas in no cell and no workbook name: charts' series, conditional formats' and drop-downs' rules,
   * sheet-local names (read/placedFormulas.ts), for a roll to name those that read what it moved.
   */
  placedFormulas(): PlacedFormula[] {
    return reading(() => {
      this.state.flush();
      return placedFormulas(this.state.pkg, this.state.structure);
    });
  }

  /** The active cell the file opens on, as "Sheet!A1", or null (for tests). */
  activeCell(): string | null {
    const { pkg, structure } = this.state;
    const xml = pkg.text(structure.workbookPart);
    const views = children(xml, rootElement(xml)).find((c) => c.local === 'bookViews');
    const view = views ? children(xml, views)[0] : undefined;
    const tab = Number((view && attributesOf(xml.slice(view.open.start, view.open.end)).get('activeTab')) ?? 0);
    const sheet = structure.sheets[tab];
    if (!sheet || sheet.part === '') return null;
    const cell = /<(?:[\w.-]+:)?selection\s[^>]*activeCell="([^"]+)"/.exec(pkg.text(sheet.part))?.[1];
    return cell ? `${sheet.name}!${cell}` : null;
  }

  /** The calculated column formulas of a table (file spelling), by column name (for tests). */
  calculatedColumns(table: string): ReadonlyMap<string, string> {
    const entry = this.state.findTable(table);
    const out = new Map<string, string>();
    if (!entry) return out;
    const xml = this.state.pkg.text(entry.part);
    for (const m of xml.matchAll(
      /<tableColumn\s([^>]*)>\s*<calculatedColumnFormula>([^<]*)<\/calculatedColumnFormula>/g,
    ))
      out.set(attributesOf(`<c ${m[1] ?? ''}>`).get('name') ?? '', decodeXml(m[2] ?? ''));
    return out;
  }

  /** The package's part names (for tests). */
  partNames(): string[] {
    return this.state.pkg.names();
  }
}
