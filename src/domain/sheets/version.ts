/**
 * Writing a saved version (SPEC §14): the plan's measure tables and economy plan as plain values (no formulas,
 * no Excel tables) under the version header of model/version.ts. *Lagre versjon* writes it on a new hidden
 * sheet "Versjon <n>"; a roll forward writes its archive sheet the same way, so every archive is a version.
 */
import { columnLetter, toA1, toRange } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import { fromKr, sumKr } from '../model/money';
import { ECONOMY_PLAN_COLUMNS, INVESTMENT_TABLE, OPERATING_TABLE, SHEETS, type ColumnSpec } from '../model/schema';
import { SETTINGS_HEADERS, settingLabel } from '../model/settingsSchema';
import { VERSION_ROWS, VERSION_SHEET_PREFIX, VERSION_TITLE, type VersionStamp } from '../model/version';
import type { Kr, Unit } from '../model/money';
import type { MeasureCommon, Plan, TableLayout } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { Finding } from '../model/finding';
import { readPlan } from '../read/plan';
import { keptAmounts, keptPriority, type KeptAmount } from '../read/typedTexts';
import { sheetAddress, yearKey } from '../read/rowCells';
import type { SheetRowCells } from '../read/rowCells';
import { userTableColumns, withRestoredColumns, type TableUserColumns, type UserColumnsByTable } from './userColumns';

/** The cells of a version sheet from A1, and the 1-based rows that hold a table's header (styled as headers). */
export interface VersionLayout {
  readonly rows: CellInput[][];
  readonly headerRows: readonly number[];
  /** Cells (A1) with the number format they need: the user's dates and formatted numbers an archive keeps. */
  readonly numberFormats?: readonly { readonly cell: string; readonly format: string }[];
}

type Row = Readonly<Record<string, unknown>> & { readonly years: readonly (Kr | null)[] };

function headers(columns: readonly ColumnSpec[], years: readonly number[]): CellInput[] {
  return columns.flatMap((c): CellInput[] => (c.key === 'years' ? [...years] : [c.header]));
}

/** Amount cells whose text is kept as typed ("Tiltak drift!H5" → "----"), as a roll keeps them (read/typedTexts.ts). */
type Typed = ReadonlyMap<string, KeptAmount> | undefined;

const typedAt = (row: Row, key: string, typed: Typed): KeptAmount | undefined =>
  typed?.get(sheetAddress(row as unknown as SheetRowCells, key) ?? '');

/** One cell: amounts in the workbook unit (or their placeholder as typed), Sum periode as its value, areas joined. */
function cellOf(row: Row, spec: ColumnSpec, unit: Unit, typed: Typed): CellInput {
  if (spec.key === 'periodSum') return fromKr(sumKr(row.years), unit);
  if (spec.key === 'priority') return keptPriority(row as unknown as MeasureCommon);
  const text = spec.type === 'amount' ? typedAt(row, spec.key, typed) : undefined;
  if (text !== undefined) return text;
  const value = row[spec.key];
  if (Array.isArray(value)) return value.join('; ');
  if (value === null || value === undefined) return null;
  if (spec.type === 'amount' && typeof value === 'number') return fromKr(value as Kr, unit);
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

function rowOf(row: Row, columns: readonly ColumnSpec[], unit: Unit, years: readonly number[], typed: Typed) {
  const year = (y: Kr | null, i: number): CellInput =>
    typedAt(row, yearKey(years[i] ?? 0), typed) ?? (y === null ? null : fromKr(y, unit));
  return columns.flatMap((c): CellInput[] => (c.key === 'years' ? row.years.map(year) : [cellOf(row, c, unit, typed)]));
}

/**
 * The version sheet's cells: the header (a table Innstilling/Verdi holding the label, the date and the plan
 * settings), then under a title row each table — drift, investering, økonomiplan — header first, one row per
 * row read, amounts in the workbook unit, then the user's own columns of that table (`user`, userColumns.ts:
 * a saved version and a roll's archive both keep them). A blank row ends each table. Every row has the same
 * width, so an adapter writes one rectangular block.
 */
export function versionLayout(
  plan: Plan,
  stamp: VersionStamp,
  typed?: ReadonlyMap<string, KeptAmount>,
  user: UserColumnsByTable = {},
): VersionLayout {
  const { settings } = plan;
  const rows: CellInput[][] = [
    [VERSION_TITLE],
    [SETTINGS_HEADERS.name, SETTINGS_HEADERS.value],
    [VERSION_ROWS.label, stamp.label],
    [VERSION_ROWS.date, stamp.date],
    [settingLabel('startYear'), settings.startYear],
    [settingLabel('yearCount'), settings.yearCount],
    [settingLabel('unit'), settings.unit],
    [settingLabel('priceLevel'), settings.priceLevel],
    [settingLabel('economyPlanVersion'), settings.economyPlanVersion],
    [settingLabel('tolerance'), fromKr(settings.tolerance, settings.unit)],
    [settingLabel('planName'), settings.planName],
    [],
  ];
  const headerRows = [2];
  const numberFormats: { cell: string; format: string }[] = [];
  const block = (
    title: string,
    columns: readonly ColumnSpec[],
    list: readonly Row[],
    own?: TableUserColumns | null,
  ) => {
    const extra = (r: Row): CellInput[] =>
      (own?.headers ?? []).map((_, i) => own?.byRow.get(Number(r.row))?.[i] ?? null);
    rows.push([title], [...headers(columns, plan.years), ...(own?.headers ?? [])]);
    headerRows.push(rows.length);
    for (const r of list) {
      const product = rowOf(r, columns, settings.unit, plan.years, typed);
      rows.push([...product, ...extra(r)]);
      own?.formatsByRow.get(Number(r.row))?.forEach((format, i) => {
        if (format !== null) numberFormats.push({ cell: toA1(rows.length, product.length + 1 + i), format });
      });
    }
    rows.push([]);
  };
  const asRows = (list: readonly object[]): Row[] => list as unknown as Row[];
  block(OPERATING_TABLE.sheet, OPERATING_TABLE.columns, asRows(plan.operating), user.operating);
  block(INVESTMENT_TABLE.sheet, INVESTMENT_TABLE.columns, asRows(plan.investment), user.investment);
  block(SHEETS.economyPlan, ECONOMY_PLAN_COLUMNS, asRows(plan.economyPlan), user.economyPlan);
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<CellInput>(width - r.length).fill(null)]);
  return { rows: padded, headerRows, ...(numberFormats.length > 0 ? { numberFormats } : {}) };
}

/** The edits that write a version layout on `sheet` (created hidden when asked), styled but never a table. */
export function planVersionSheet(sheet: string, layout: VersionLayout, hidden: boolean): Edit[] {
  const width = layout.rows[0]?.length ?? 1;
  return [
    { kind: 'ensureSheet', sheet, ...(hidden ? { hidden: true } : {}) },
    { kind: 'setCells', sheet, origin: 'A1', values: layout.rows },
    { kind: 'setStyle', sheet, range: 'A1', style: 'title' },
    ...layout.headerRows.map((r): Edit => ({
      kind: 'setStyle',
      sheet,
      range: toRange(r, 1, r, width),
      style: 'header',
    })),
    ...(layout.numberFormats ?? []).map((f): Edit => ({
      kind: 'setNumberFormat',
      sheet,
      range: f.cell,
      format: f.format,
    })),
    { kind: 'setColumnWidth', sheet, column: columnLetter(1), width: 20 },
    { kind: 'setColumnWidth', sheet, column: columnLetter(2), width: 24 },
  ];
}

/** "Versjon <n>" for the next n: one past the highest version number in use, never a name a sheet has. */
export function nextVersionSheet(wb: WorkbookSnapshot): string {
  const names = new Set(wb.sheets.map((s) => s.sheet.toLowerCase()));
  const pattern = new RegExp(`^${VERSION_SHEET_PREFIX} (\\d+)$`, 'i');
  let n = 1;
  for (const s of wb.sheets) n = Math.max(n, Number(pattern.exec(s.sheet.trim())?.[1] ?? 0) + 1);
  while (names.has(`${VERSION_SHEET_PREFIX} ${n}`.toLowerCase())) n++;
  return `${VERSION_SHEET_PREFIX} ${n}`;
}

/**
 * *Lagre versjon* (SPEC §14): the plan read from `wb` as values on a new hidden sheet "Versjon <n>" with the
 * user's label and the caller's date. `findings` are the reader's for `plan` (read again when not given): a
 * placeholder ("----", "?") is saved as typed, never as 0, as a roll's archive keeps it — the version is the
 * plan as adopted, where "?" is a cost not known and 0 a cost of nothing. The user's own columns of each table
 * follow the product's, as on a roll's archive (userColumns.ts), so both kinds of version hold the same. Nothing
 * else of the workbook is touched.
 */
export function planSaveVersion(
  wb: WorkbookSnapshot,
  plan: Plan,
  stamp: VersionStamp,
  findings?: readonly Finding[],
): { sheet: string; edits: Edit[] } {
  const sheet = nextVersionSheet(wb);
  const read = findings ?? readPlan(wb, { defaultStartYear: plan.settings.startYear }).findings;
  const own = (layout: TableLayout | null, specs: readonly ColumnSpec[]) =>
    userTableColumns(wb, layout, specs, plan.years);
  const user: UserColumnsByTable = {
    operating: own(plan.layouts.operating, OPERATING_TABLE.columns),
    investment: own(plan.layouts.investment, INVESTMENT_TABLE.columns),
    economyPlan: own(plan.layouts.economyPlan, ECONOMY_PLAN_COLUMNS),
  };
  // A product column whose header the user emptied is saved as that column, as repair would leave it (userColumns.ts).
  const restored = withRestoredColumns(plan, user, keptAmounts(read));
  return { sheet, edits: planVersionSheet(sheet, versionLayout(restored.plan, stamp, restored.typed, user), true) };
}
