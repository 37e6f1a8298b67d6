/**
 * The workbook opened for edits: the package, its structure and tables (re-read from the package after a
 * change: workbook.xml, relationships, content types and table parts are written back at once), and the
 * worksheets and styles being patched (kept open and written back by flush()).
 */
import { parseRange, sameName } from '../../../domain';
import { readStructure, readTables, type SheetEntry, type Structure, type TableEntry } from '../book';
import {
  addOverride,
  addRel,
  CONTENT_TYPE,
  readRels,
  REL,
  isRelType,
  relsPathOf,
  removeOverride,
  removeRel,
} from '../opc';
import type { OpcPackage, PackageCheckpoint } from '../package';
import { readSharedStrings } from '../read/sharedStrings';
import { requestFullCalc } from './workbookXml';
import { noteRewritten } from './staleFormulas';
import { followerFormulas, type FollowerFormulas } from './sharedFormula';
import { SheetDoc } from './sheetDoc';
import { MINIMAL_STYLES, StyleSheet } from './styleSheet';
import { dropStaleCalcChain } from './calcChain';
import { removeTablePart } from './sheetParts';
import type { Box } from './ranges';
import type { RowsShown } from '../../port';

export interface TableBounds {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A kind of thing anchored on cells that a clearOwnedRange with `anchored` dropped (write/anchored.ts). */
export type AnchoredExtra =
  | 'notes'
  | 'conditionalFormats'
  | 'hyperlinks'
  | 'cellFormats'
  | 'columnFormats'
  | 'rowHeights'
  | 'rowGroups'
  | 'hiddenColumns'
  | 'columnGroups'
  | 'validations'
  | 'tableFilter'
  | 'tableTotals'
  | 'richText';

/**
 * What a roll's edits dropped on one sheet (clearOwnedRange with `anchored`, a table made again: tableLook.ts);
 * `where`: the cells (validations) or the table (tableFilter, tableTotals) the kind names.
 */
export interface DroppedExtra {
  readonly sheet: string;
  readonly extra: AnchoredExtra;
  readonly where?: readonly string[];
}

/** The looks of a block before a roll emptied it (StyleSheet.lookKey), to name those it lost (lostLooks.ts). */
export interface ClearedLooks {
  readonly sheet: SheetEntry;
  readonly box: Box;
  readonly looks: ReadonlySet<string>;
}

/**
 * A text that stood in a block a roll emptied on one sheet (richText.ts): its runs (`shared`, the index of a rich
 * shared string; `inline`, the `<is>` of a cell, without prefixes), 'plain' when it stood without runs, 'mixed' when
 * it stood with two of those; whether the batch wrote it again, and whether it wrote it plain though it had runs.
 */
export interface KeptText {
  rich: { readonly shared: number; readonly key: string } | { readonly inline: string } | 'plain' | 'mixed';
  written: boolean;
  lost: boolean;
}

/** The state before a batch of edits (BookState.begin), to go back to when one of them fails. */
export interface BatchStart {
  readonly pkg: PackageCheckpoint;
  readonly dropped: number;
  readonly needsRecalc: boolean;
  readonly rewritten: readonly string[];
}

export class BookState {
  private structureCache: Structure | null = null;
  private tablesCache: TableEntry[] | null = null;
  private readonly docs = new Map<string, SheetDoc>();
  private readonly followersOf = new WeakMap<SheetDoc, FollowerFormulas>();
  private stylesCache: StyleSheet | null = null;
  private sstCache: string[] | null = null;
  private boundsOf: TableEntry[] | null = null;
  private readonly bounds = new Map<string, TableBounds[]>();
  /** Tables deleted in this session, by lower-case name: removed from the package at flush (see editTables.ts). */
  readonly deletedTables = new Map<string, TableEntry>();
  /** What clearOwnedRange with `anchored` dropped, by sheet (write/anchored.ts), for the caller to name. */
  readonly dropped: DroppedExtra[] = [];
  /** The tables deleteOwnedTable showed rows of, its filter cleared (editTables.ts), for the caller to name. */
  readonly shown: RowsShown[] = [];
  /** The looks of the blocks such a clear emptied in this batch, compared after it (lostLooks.ts). */
  readonly clearedLooks: ClearedLooks[] = [];
  /** The texts of the blocks such a clear emptied in this batch, by sheet and text, to write them with their runs. */
  readonly keptTexts = new Map<string, Map<string, KeptText>>();
  /** Her cells a clear kept (clearOwnedRange `keep`), by sheet name and keptCells.ts's key: their XML as it stood. */
  readonly keptCells = new Map<string, Map<number, string>>();
  /** A formula was written without its cached value, or a value other formulas may use: Excel recalculates on open. */
  needsRecalc = false;
  /** Sheets whose blocks the product wrote anew with other figures in this session, by name (staleFormulas.ts). */
  rewritten = new Set<string>();

  constructor(readonly pkg: OpcPackage) {}

  get structure(): Structure {
    this.structureCache ??= readStructure(this.pkg);
    return this.structureCache;
  }

  get tables(): TableEntry[] {
    this.tablesCache ??= readTables(this.pkg, this.structure);
    return this.tablesCache;
  }

  /** Forget the structure and tables read (after workbook.xml, a relationship or a table part changed). */
  invalidate(): void {
    this.structureCache = null;
    this.tablesCache = null;
  }

  /** A worksheet by name (exactly, else ignoring case and outer spaces, as Excel compares sheet names). */
  findSheet(name: string): SheetEntry | undefined {
    const sheets = this.structure.sheets.filter((s) => s.isWorksheet && s.part !== '');
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => sameName(s.name, name));
  }

  sheet(name: string): SheetEntry {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  /** The bounds of the tables on a sheet, those deleted in this session left out (for a written formula's table). */
  tableBounds(sheet: SheetEntry): readonly TableBounds[] {
    const tables = this.tables;
    if (this.boundsOf !== tables) {
      this.boundsOf = tables;
      this.bounds.clear();
    }
    let list = this.bounds.get(sheet.part);
    if (!list) {
      list = tables.flatMap((t) => {
        const b = t.sheet.part === sheet.part ? parseRange(t.ref) : null;
        return b ? [{ ...b, name: t.name }] : [];
      });
      this.bounds.set(sheet.part, list);
    }
    // A table deleted in this session no longer holds its cells (a formula written there is not its row's).
    if (this.deletedTables.size === 0) return list;
    return list.filter((t) => !this.deletedTables.has(t.name.toLowerCase()));
  }

  /** A table by name (case-insensitive, as in Excel); a table deleted in this session is not found. */
  findTable(name: string): TableEntry | undefined {
    if (this.deletedTables.has(name.toLowerCase())) return undefined;
    return this.tables.find((t) => sameName(t.name, name));
  }

  /** The open worksheet of a sheet entry. */
  doc(sheet: SheetEntry): SheetDoc {
    let doc = this.docs.get(sheet.part);
    if (!doc) {
      doc = new SheetDoc(this.pkg.text(sheet.part));
      doc.trackTouched = this.calcChain() !== null;
      this.docs.set(sheet.part, doc);
    }
    return doc;
  }

  /** The reader of shared-formula followers on the open worksheet of `sheet`: one per open worksheet (sharedFormula.ts). */
  followers(sheet: SheetEntry): FollowerFormulas {
    const doc = this.doc(sheet);
    let of = this.followersOf.get(doc);
    if (!of) {
      of = followerFormulas(doc);
      this.followersOf.set(doc, of);
    }
    return of;
  }

  /** The calculation chain's relationship from the workbook, or null. */
  private calcChain(): { id: string; target: string } | null {
    const wb = this.structure.workbookPart;
    const chain = readRels(this.pkg, wb).find((r) => isRelType(r.type, 'calcChain') && !r.external);
    return chain && this.pkg.has(chain.target) ? chain : null;
  }

  /** The shared strings (for reading header cells the user typed). */
  get sharedStrings(): readonly string[] {
    this.sstCache ??= readSharedStrings(this.pkg, this.structure.sharedStringsPart);
    return this.sstCache;
  }

  /** styles.xml opened for adding styles (created when the package has none). */
  get styles(): StyleSheet {
    if (!this.stylesCache) {
      let part = this.structure.stylesPart;
      if (part === null) {
        part = 'xl/styles.xml';
        this.pkg.setText(part, MINIMAL_STYLES);
        addOverride(this.pkg, part, CONTENT_TYPE.styles);
        addRel(this.pkg, this.structure.workbookPart, REL.styles, part);
        this.invalidate();
      }
      this.stylesCache = new StyleSheet(this.pkg.text(part));
    }
    return this.stylesCache;
  }

  /** Removes the tables deleted and not made again: part, relationship, content type, reference. */
  private removeDeletedTables(): void {
    for (const table of this.deletedTables.values()) {
      const doc = this.doc(table.sheet);
      doc.skeleton = removeTablePart(doc.skeleton, table.rid);
      removeRel(this.pkg, table.sheet.part, table.rid);
      this.pkg.remove(table.part);
      if (this.pkg.has(relsPathOf(table.part))) this.pkg.remove(relsPathOf(table.part));
      removeOverride(this.pkg, table.part);
    }
    this.deletedTables.clear();
    this.invalidate();
  }

  /**
   * The state before a batch, taken when nothing is pending (every batch ends in flush(), or in rollback()): all
   * the edits so far are in the package, so its checkpoint is the whole of it.
   */
  begin(): BatchStart {
    const { dropped, needsRecalc, rewritten } = this;
    return { pkg: this.pkg.checkpoint(), dropped: dropped.length, needsRecalc, rewritten: [...rewritten] };
  }

  /**
   * Back to the state at `start`, after an edit of the batch failed (SPEC §11: whole or not at all): the package
   * as it was, and the worksheets, styles and tables the batch opened or changed forgotten, to be read again.
   */
  rollback(start: BatchStart): void {
    this.pkg.restore(start.pkg);
    this.docs.clear();
    this.stylesCache = null;
    this.sstCache = null;
    this.boundsOf = null;
    this.bounds.clear();
    this.deletedTables.clear();
    this.dropped.length = start.dropped;
    this.shown.length = 0;
    this.clearedLooks.length = 0;
    this.keptTexts.clear();
    this.needsRecalc = start.needsRecalc;
    this.rewritten = new Set(start.rewritten);
    this.invalidate();
  }

  /** Writes the open worksheets and styles back into the package. */
  flush(): void {
    if (this.deletedTables.size > 0) this.removeDeletedTables();
    const touched: { sheet: SheetEntry; cells: ReadonlySet<number> }[] = [];
    for (const sheet of this.structure.sheets) {
      const doc = this.docs.get(sheet.part);
      if (!doc?.dirty) continue;
      this.pkg.setBytes(sheet.part, doc.toBytes());
      touched.push({ sheet, cells: new Set(doc.touched) });
      noteRewritten(this, sheet, doc);
      // The package holds the part now: a later edit opens it again, and the rows held here are freed.
      this.docs.delete(sheet.part);
    }
    if (this.stylesCache?.changed && this.structure.stylesPart)
      this.pkg.setText(this.structure.stylesPart, this.stylesCache.toXml());
    const wb = this.structure.workbookPart;
    const chain = touched.some((t) => t.cells.size > 0) ? this.calcChain() : null;
    if (chain && dropStaleCalcChain(this.pkg.text(chain.target), touched)) {
      this.pkg.remove(chain.target);
      removeOverride(this.pkg, chain.target);
      removeRel(this.pkg, wb, chain.id);
    }
    if (this.needsRecalc) {
      this.pkg.setText(wb, requestFullCalc(this.pkg.text(wb)));
      this.needsRecalc = false;
    }
    this.invalidate();
  }
}
