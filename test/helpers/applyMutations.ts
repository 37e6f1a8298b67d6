/**
 * Applying fuzz mutations (fuzzMutations.ts) to a workbook snapshot: each sheet becomes a mutable draft,
 * the edits run in order, and the drafts go back into a snapshot. Indices are taken modulo what exists,
 * so every mutation applies to every workbook.
 */
import type { CellValue, SheetSnapshot, TableInfo, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import type { Mutation } from './fuzzMutations';

/** A sheet with mutable copies of its grids (formulas kept in the same shape as the values). */
interface Draft {
  sheet: string;
  origin: string;
  values: CellValue[][];
  formulas: (string | null)[][] | undefined;
  merges: string[];
}

const toDraft = (s: SheetSnapshot): Draft => ({
  sheet: s.sheet,
  origin: s.origin,
  values: s.values.map((r) => [...r]),
  formulas: s.formulas?.map((r) => [...r]),
  merges: [...(s.merges ?? [])],
});

const widthOf = (d: Draft): number => Math.max(1, ...d.values.map((r) => r.length));

function put(d: Draft, row: number, col: number, value: CellValue, formula: string | null = null): void {
  while (d.values.length <= row) d.values.push([]);
  const line = d.values[row] as CellValue[];
  while (line.length <= col) line.push(null);
  line[col] = value;
  if (!d.formulas) return;
  while (d.formulas.length <= row) d.formulas.push([]);
  const f = d.formulas[row] as (string | null)[];
  while (f.length <= col) f.push(null);
  f[col] = formula;
}

function swap<T>(line: T[] | undefined, a: number, b: number): void {
  if (!line || a >= line.length || b >= line.length) return;
  const tmp = line[a] as T;
  line[a] = line[b] as T;
  line[b] = tmp;
}

function yearHeader(v: CellValue, style: Extract<Mutation, { kind: 'yearHeaders' }>['style']): CellValue {
  const year = typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : null;
  if (year === null) return v;
  if (style === 'text') return `${year}`;
  if (style === 'spaced') return ` ${year} `;
  if (style === 'decimal') return year + 0.5;
  if (style === 'date') return `${year}-01-01T00:00:00.000Z`;
  return year;
}

/** Applies one mutation to a sheet draft (sheet-level mutations only). */
function mutateSheet(d: Draft, m: Mutation): void {
  const w = widthOf(d);
  const header = d.values[0];
  switch (m.kind) {
    case 'set':
      return put(d, m.row, m.col % (w + 2), m.value);
    case 'formula':
      return put(d, m.row, m.col % (w + 2), m.value, m.formula);
    case 'swapColumns':
      for (const [i, r] of d.values.entries()) if (i === 0 || !m.headerOnly) swap(r, m.a % w, m.b % w);
      if (!m.headerOnly) for (const f of d.formulas ?? []) swap(f, m.a % w, m.b % w);
      return;
    case 'duplicateHeader':
      if (header && header.length > 0) header[m.to % header.length] = header[m.from % header.length] ?? null;
      return;
    case 'clearHeader':
      return void (header && header.length > 0 && (header[m.col % header.length] = null));
    case 'renameHeader':
      return void (header && header.length > 0 && (header[m.col % header.length] = m.text));
    case 'insertRows': {
      const row = 1 + (m.at % Math.max(1, d.values.length));
      const blank = () => Array<null>(w).fill(null);
      d.values.splice(row, 0, ...Array.from({ length: m.count }, blank));
      d.formulas?.splice(row, 0, ...Array.from({ length: m.count }, blank));
      return;
    }
    case 'errors':
      d.values = d.values.map((r, i) => (i === 0 ? r : r.map((v) => (v === null ? v : { error: m.error }))));
      return;
    case 'yearHeaders':
      if (header) d.values[0] = header.map((v) => yearHeader(v, m.style));
      return;
    case 'origin':
      d.origin = m.origin;
      return;
    case 'merge':
      d.merges.push(m.range);
      return;
    case 'renameSheet':
      d.sheet = m.name;
      return;
    default:
      return;
  }
}

function mutateTables(tables: TableInfo[], m: Mutation): TableInfo[] {
  if (tables.length === 0) return tables;
  if (m.kind === 'dropTable') return tables.filter((_t, i) => i !== m.table % tables.length);
  if (m.kind === 'tableRef') return tables.map((t, i) => (i === m.table % tables.length ? { ...t, ref: m.ref } : t));
  if (m.kind === 'renameTable')
    return tables.map((t, i) => (i === m.table % tables.length ? { ...t, name: m.name } : t));
  return tables;
}

/** The workbook after the mutations, in order. Renaming a sheet leaves its tables pointing at the old name. */
export function applyMutations(wb: WorkbookSnapshot, mutations: readonly Mutation[]): WorkbookSnapshot {
  let drafts = wb.sheets.map(toDraft);
  let tables = [...wb.tables];
  for (const m of mutations) {
    if ('sheet' in m && drafts.length > 0) {
      const index = m.sheet % drafts.length;
      if (m.kind === 'dropSheet') drafts = drafts.filter((_d, i) => i !== index);
      else mutateSheet(drafts[index] as Draft, m);
    } else {
      tables = mutateTables(tables, m);
    }
  }
  const sheets = drafts.map((d): SheetSnapshot => ({
    sheet: d.sheet,
    origin: d.origin,
    values: d.values,
    merges: d.merges,
    ...(d.formulas ? { formulas: d.formulas } : {}),
  }));
  return { sheets, tables, ...(wb.names ? { names: wb.names } : {}) };
}
