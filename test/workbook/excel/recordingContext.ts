/**
 * A recording fake of Excel.RequestContext (Office's unit-testing advice: pass the context in). It records
 * every load and every queued write, applies writes to a plain FakeModel only at sync(), and counts sync()
 * calls — so tests (and the benchmark) can assert that an operation's sync count does not grow with rows.
 */
import { parseRange, toA1, toRange } from '../../../src/domain/model/a1';
import type { BatchRunner } from '../../../src/workbook/excel';
import { jsonBytes } from '../../../src/workbook/excel/payload';
import { FakeRange, bodyColumnRef, sheetOf, type Recorder } from './fakeObjects';
import { cellsOf } from './fakeModel';
import { freezePanes } from './fakeViews';
import { clearFilters, dataBodyRef } from './fakeRows';
import { sheetProtectionAsked, workbookProtection, worksheetProtection } from './fakeProtection';
import type { FakeModel } from './fakeModel';

export { fakeModel, cloneCells, type FakeModel } from './fakeModel';

export interface RecordedOp {
  readonly op: string;
  readonly target: string;
  readonly value: unknown;
}

type Handler = (event: Record<string, unknown>) => Promise<void> | void;

class FakeWorksheet {
  constructor(
    private readonly rec: Recorder,
    readonly name: string,
    private readonly protectionLoaded = false,
  ) {}
  get protection() {
    return worksheetProtection(this.rec, this.name, this.protectionLoaded);
  }
  get id(): string {
    return sheetOf(this.rec, this.name).id;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.rec, this.name, address ?? null);
  }
  /** The used range of cells with values (the adapter always asks for valuesOnly: formats do not widen it). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new Error('fake: only getUsedRangeOrNullObject(true) is modelled');
    return new FakeRange(this.rec, this.name, 'used');
  }
  load(_props: string): void {
    /* names are always known to the fake */
  }
  activate(): void {
    this.rec.queue('activate', this.name, null);
  }
  set visibility(v: string) {
    this.rec.queue('visibility', this.name, v);
  }
  get freezePanes() {
    return freezePanes(this.rec, this.name);
  }
  get tables() {
    return {
      add: (range: FakeRange | string, hasHeaders: boolean) => addTable(this.rec, this.name, range, hasHeaders),
    };
  }
}

type TableEntry = FakeModel['tables'][number];

/** The first row of a table's range ("A1:T12" → "A1:T1"). */
function headerRowOf(ref: string): string {
  const r = parseRange(ref);
  if (!r) throw new Error(`fake: bad table range ${ref}`);
  return toRange(r.top, r.left, r.top, r.right);
}

class FakeTable {
  entry: TableEntry | null = null;
  constructor(
    private readonly rec: Recorder,
    lookup: string | null,
  ) {
    if (lookup) this.find = () => rec.model.tables.find((t) => t.name.toLowerCase() === lookup.toLowerCase());
  }
  private find: () => TableEntry | undefined = () => this.entry ?? undefined;
  private get live(): TableEntry {
    const t = this.find();
    if (!t) throw Object.assign(new Error('ItemNotFound: table'), { code: 'ItemNotFound' });
    return t;
  }
  get name(): string {
    return this.live.name;
  }
  set name(v: string) {
    this.rec.queue('table.name', '', v, () => void (this.live.name = v));
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.rec, this.live.sheet);
  }
  get showTotals(): boolean {
    return this.live.showTotals ?? false;
  }
  /** Table Design → Total Row: the range grows (or shrinks) by the row under the body; a new one gets a label in A. */
  set showTotals(v: boolean) {
    this.rec.queue('table.showTotals', '', v, () => {
      const t = this.live;
      const r = parseRange(t.ref);
      if (!r || (t.showTotals ?? false) === v) return;
      t.ref = toRange(r.top, r.left, r.bottom + (v ? 1 : -1), r.right);
      t.showTotals = v;
      if (v) sheetOf(this.rec, t.sheet).cells.set(toA1(r.bottom + 1, r.left), { value: 'Summer' });
    });
  }
  get showHeaders(): boolean {
    return this.live.showHeaders ?? true;
  }
  getRange(): FakeRange {
    return new FakeRange(this.rec, this.live.sheet, () => this.live.ref);
  }
  /** What Excel gives for a table with its header row off is not documented: the fake fails the sync. */
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.rec, this.live.sheet, () => {
      if (this.live.showHeaders === false) throw new Error('fake: header row range of a table without one');
      return headerRowOf(this.live.ref);
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.rec, this.live.sheet, () => dataBodyRef(this.live));
  }
  /** What Excel gives for a table without its Total Row shown is not documented: the fake fails the sync. */
  getTotalRowRange(): FakeRange {
    return new FakeRange(this.rec, this.live.sheet, () => {
      const t = this.live;
      const r = parseRange(t.ref);
      if (!r || t.showTotals !== true) throw new Error('fake: total row range of a table without one');
      return toRange(r.bottom, r.left, r.bottom, r.right);
    });
  }
  clearFilters(): void {
    clearFilters(this.rec, () => this.live);
  }
  /** Table.autoFilter (ExcelApi 1.9): isDataFiltered, loaded, is whether a filter with criteria is on it. */
  get autoFilter() {
    let filtered: boolean | null = null;
    return {
      load: (_props: string) =>
        this.rec.requestLoad(`${this.live.name}.autoFilter`, 'isDataFiltered', () => {
          filtered = this.live.filterHides !== undefined;
          return jsonBytes({ isDataFiltered: filtered });
        }),
      get isDataFiltered(): boolean {
        if (filtered === null) throw new Error('fake: autoFilter read before load + sync');
        return filtered;
      },
    };
  }
  /** Table.sort (ExcelApi 1.2): fields, loaded, are the conditions she last sorted it by (none: an empty list). */
  get sort() {
    let fields: { key: number; ascending: boolean }[] | null = null;
    return {
      load: (_props: string) =>
        this.rec.requestLoad(`${this.live.name}.sort`, 'fields', () => {
          fields = this.live.sortFields ?? [];
          return jsonBytes({ fields });
        }),
      get fields(): { key: number; ascending: boolean }[] {
        if (fields === null) throw new Error('fake: sort read before load + sync');
        return fields;
      },
    };
  }
  get columns() {
    const names = (): string[] => {
      const t = this.live;
      if (t.columns) return t.columns;
      const cells = sheetOf(this.rec, t.sheet).cells;
      return (cellsOf(headerRowOf(t.ref))[0] ?? []).map((a1) => String(cells.get(a1)?.value ?? ''));
    };
    let loaded: string[] | null = null;
    return {
      load: (_props: string) => {
        this.rec.requestLoad(`${this.live.name}.columns`, 'items/name', () => {
          loaded = names();
          return jsonBytes(loaded.map((name) => ({ name })));
        });
      },
      get items() {
        if (!loaded) throw new Error('fake: columns read before load + sync');
        return loaded.map((name) => ({ name }));
      },
      getItem: (header: string) => ({
        getDataBodyRange: () =>
          new FakeRange(this.rec, this.live.sheet, () =>
            bodyColumnRef(this.rec, this.live.sheet, this.live.ref, header),
          ),
      }),
    };
  }
  resize(range: FakeRange | string): void {
    const ref = typeof range === 'string' ? range : range.boundedRef;
    this.rec.queue('table.resize', '', ref, () => {
      // "The headers (or the top of the table) must be in the same row."
      if (parseRange(ref)?.top !== parseRange(this.live.ref)?.top)
        throw Object.assign(new Error('InvalidArgument: resize moves the top of the table'), {
          code: 'InvalidArgument',
        });
      this.live.ref = ref;
    });
  }
  convertToRange(): void {
    this.rec.queue('table.convertToRange', '', null, () => this.remove());
  }
  delete(): void {
    this.rec.queue('table.delete', '', null, () => this.remove());
  }
  private remove(): void {
    const t = this.live;
    this.rec.model.tables.splice(this.rec.model.tables.indexOf(t), 1);
  }
}

function addTable(rec: Recorder, sheet: string, range: FakeRange | string, hasHeaders: boolean): FakeTable {
  const ref = typeof range === 'string' ? range : range.boundedRef;
  const table = new FakeTable(rec, null);
  // Known at once (so later queued calls can address it), part of the model only from sync().
  const entry = { name: `Table${rec.model.tables.length + 1}`, sheet, ref };
  table.entry = entry;
  rec.queue('tables.add', `${sheet}!${ref}`, hasHeaders, () => void rec.model.tables.push(entry));
  return table;
}

/** Excel on the web's cap on one request and one response (5 MB); the fake fails a sync above it. */
export const HOST_PAYLOAD_LIMIT = 5_000_000;

/** The JSON size of one sync's request (queued writes and loads) and response (loaded data). */
export interface SyncPayload {
  readonly request: number;
  readonly response: number;
}

/**
 * What the fake counts per queued write or load besides its value: Office's actions and object paths. Measured
 * with the request builder of office.js 1.1.110 (excel-web-16.00.debug.js, the JSON body its sync sends), per
 * call as the adapter makes them: worksheets.getItem("Tiltak drift").getRange("H1002").values = [[1500]] is
 * 467 bytes (456 per call at 100 calls, 681 for a request of one), getRange(...).load("values") 460, numberFormat
 * and values on one range 580, a cell style (fill and three font properties) 1 212. The fake counts 460 per
 * queued write or load: a style's four writes count 1 840.
 */
const ACTION_OVERHEAD = 460;

/**
 * office.js itself cuts a 2-D grid written to `values`, `formulas` or `numberFormat` of more than 1 500 cells into
 * row blocks of about 1 500 cells (setRangePropertiesInBulk: Math.round(1 500 / columns) rows), each block its own
 * getRow, getRow, getBoundingRect and property set. Measured with the same request builder (review r38): a grid of
 * 5 000 × 21 numbers is 48 608 bytes over its data in 71 blocks, 20 000 × 1 empty strings 9 951 in 14: some 680 bytes
 * a block. The fake counts them: on a grid of one-digit cells they are a fifth more than the data.
 */
const GRID_BLOCK_CELLS = 1500;
const GRID_BLOCK_OVERHEAD = 680;

/** What office.js adds to a grid write of more than GRID_BLOCK_CELLS cells (see above); 0 for anything else. */
function gridBlockBytes(value: unknown): number {
  if (!Array.isArray(value) || !Array.isArray(value[0])) return 0;
  const cols = (value[0] as unknown[]).length;
  if (cols === 0 || value.length * cols <= GRID_BLOCK_CELLS) return 0;
  const step = Math.max(1, Math.round(GRID_BLOCK_CELLS / cols));
  return Math.ceil(value.length / step) * GRID_BLOCK_OVERHEAD;
}

const payloadError = (code: string, bytes: number) =>
  Object.assign(new Error(`${code}: ${bytes} bytes`), { code, bytes });

/** The fake context; pass `recordingRunner(ctx)` as ExcelWorkbook's `run`. */
export class RecordingContext implements Recorder {
  syncCount = 0;
  readonly ops: RecordedOp[] = [];
  readonly loads: { target: string; props: string }[] = [];
  readonly handlers: Handler[] = [];
  /** Errors thrown by the next sync() calls, in order (e.g. cell edit mode). */
  readonly failures: unknown[] = [];
  /** Request and response size of every sync, failed ones included. */
  readonly payloads: SyncPayload[] = [];
  /** Batches run, and whether each was handed an existing context (Excel.run(context, batch)). */
  readonly runs: { readonly reusedContext: boolean }[] = [];
  /** The writes' effects and the loads' resolvers, in the order queued: a load sees what the writes before it did. */
  private pending: { readonly effect?: () => void; readonly resolve?: () => number }[] = [];
  private requestBytes = 0;
  /** Collections whose items a sync() has delivered. */
  readonly loadedCollections = new Set<string>();

  constructor(readonly model: FakeModel) {}

  queue(op: string, target: string, value: unknown, effect?: () => void): void {
    this.ops.push({ op, target, value });
    this.requestBytes += ACTION_OVERHEAD + target.length + jsonBytes(value ?? null) + gridBlockBytes(value);
    if (effect) this.pending.push({ effect });
  }
  requestLoad(target: string, props: string, resolve: () => number): void {
    this.loads.push({ target, props });
    this.requestBytes += ACTION_OVERHEAD + target.length + props.length;
    this.pending.push({ resolve });
  }
  async sync(): Promise<void> {
    this.syncCount += 1;
    const [pending, request] = [this.pending, this.requestBytes];
    this.pending = [];
    this.requestBytes = 0;
    if (this.failures.length > 0) {
      this.payloads.push({ request, response: 0 });
      throw this.failures.shift();
    }
    if (request > HOST_PAYLOAD_LIMIT) {
      this.payloads.push({ request, response: 0 });
      throw payloadError('RequestPayloadSizeLimitExceeded', request);
    }
    let response = 0;
    for (const step of pending) {
      step.effect?.();
      if (step.resolve) response += step.resolve();
    }
    this.payloads.push({ request, response });
    if (response > HOST_PAYLOAD_LIMIT) throw payloadError('ResponsePayloadSizeLimitExceeded', response);
  }

  /** The largest request or response of any sync so far, in bytes. */
  get largestPayload(): number {
    return Math.max(0, ...this.payloads.map((p) => Math.max(p.request, p.response)));
  }

  readonly workbook = makeWorkbook(this);
}

function makeWorkbook(ctx: RecordingContext) {
  const loaded = (key: string) => {
    if (!ctx.loadedCollections.has(key)) throw new Error(`fake: ${key}.items read before load + sync`);
  };
  const load = (key: string, items: (props: string) => unknown) => (p: string) =>
    ctx.requestLoad(key, p, () => {
      ctx.loadedCollections.add(key);
      return jsonBytes(items(p));
    });
  return {
    protection: workbookProtection(ctx),
    worksheets: {
      load: load('worksheets', (p) =>
        ctx.model.sheets.map((sh) =>
          p.includes('protection')
            ? {
                name: sh.name,
                id: sh.id,
                protection: {
                  protected: sh.protected ?? false,
                  options: { allowFormatCells: sh.allowFormatCells ?? false },
                },
              }
            : { name: sh.name, id: sh.id },
        ),
      ),
      get items() {
        loaded('worksheets');
        const asked = sheetProtectionAsked(ctx);
        return ctx.model.sheets.map((s) => new FakeWorksheet(ctx, s.name, asked));
      },
      getItem: (name: string) => new FakeWorksheet(ctx, name),
      add: (name: string) => {
        ctx.queue(
          'worksheets.add',
          name,
          null,
          () => void ctx.model.sheets.push({ name, id: `{sheet-${ctx.model.sheets.length + 1}}`, cells: new Map() }),
        );
        return new FakeWorksheet(ctx, name);
      },
      onChanged: {
        add: (handler: Handler) => {
          ctx.handlers.push(handler);
          // Like Office: the removal is a queued command that takes effect at the next sync() of that context.
          const remove = () =>
            ctx.queue('onChanged.remove', 'worksheets', null, () => {
              if (ctx.handlers.includes(handler)) ctx.handlers.splice(ctx.handlers.indexOf(handler), 1);
            });
          return { context: ctx, remove };
        },
      },
    },
    tables: {
      load: load('tables', () =>
        ctx.model.tables.map((t) => ({
          name: t.name,
          worksheet: { name: t.sheet },
          showTotals: t.showTotals ?? false,
          showHeaders: t.showHeaders ?? true,
        })),
      ),
      get items() {
        loaded('tables');
        return ctx.model.tables.map((t) => new FakeTable(ctx, t.name));
      },
      getItem: (name: string) => new FakeTable(ctx, name),
    },
    names: {
      load: load('names', () => ctx.model.names),
      get items() {
        loaded('names');
        return ctx.model.names.map((n) => ({ name: n.name, type: 'Range', formula: n.formula }));
      },
      getItem: (name: string) => ({
        delete: () =>
          ctx.queue(
            'names.delete',
            name,
            null,
            () => void (ctx.model.names = ctx.model.names.filter((n) => n.name !== name)),
          ),
      }),
      add: (name: string, formula: string) =>
        ctx.queue('names.add', name, formula, () => void ctx.model.names.push({ name, formula })),
    },
  };
}

/** A BatchRunner that hands the fake to the batch, as Excel.run would hand a real context. */
export function recordingRunner(ctx: RecordingContext): BatchRunner {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>, context?: unknown) => {
    ctx.runs.push({ reusedContext: context === ctx });
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

/** Ops of one kind, e.g. opsOf(ctx, 'formulas'). */
export function opsOf(ctx: RecordingContext, op: string): RecordedOp[] {
  return ctx.ops.filter((o) => o.op === op);
}
