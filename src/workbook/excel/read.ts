/**
 * read(): the whole workbook in one batch — sheet names, each sheet's used range (values, formulas, number
 * formats, value types), every table with its sheet and address, and the workbook names. Two context.sync()
 * calls whatever the size: one to learn which sheets and tables exist, one for their contents.
 */
import type { NameInfo, TableInfo, WorkbookSnapshot } from '../../domain';
import { stripSheet, toSheetSnapshot, type LoadedRange } from './snapshot';

const RANGE_FIELDS = 'address,values,formulas,numberFormat,valueTypes';

/** Queues every load, syncs twice, and returns the snapshot. */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  names.load('items/name,items/type,items/formula');
  await context.sync();

  // valuesOnly: formatting alone does not widen the range we read.
  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load(RANGE_FIELDS);
    return { name: ws.name, range };
  });
  const tableRanges = tables.items.map((table) => {
    const sheet = table.worksheet;
    sheet.load('name');
    const range = table.getRange();
    range.load('address');
    return { name: table.name, sheet, range };
  });
  await context.sync();

  const tableInfos: TableInfo[] = tableRanges.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    ref: stripSheet(t.range.address),
  }));
  return {
    sheets: used.map((u) => toSheetSnapshot(u.name, u.range.isNullObject ? null : (u.range as unknown as LoadedRange))),
    tables: tableInfos,
    names: names.items.flatMap(toNameInfo),
  };
}

/** Range names only ("=Innstillinger!$A$2:$A$9" → ref without "="); constants and formulas are not lists. */
function toNameInfo(item: Excel.NamedItem): NameInfo[] {
  if (item.type !== 'Range' || typeof item.formula !== 'string') return [];
  const ref = item.formula.startsWith('=') ? item.formula.slice(1) : item.formula;
  return [{ name: item.name, ref }];
}
