/**
 * Repair of tblInnstillinger's rows (SPEC §3): a setting added to the schema after a workbook was made (such as
 * Plannavn) gets its row below the table, the table grown over it; a user's cell there keeps it out and is
 * named. The value is left empty: every setting added this way has an empty default.
 */
import { toA1, toRange } from '../model/a1';
import type { CellInput, Edit } from '../model/edits';
import { bodyRows, locateTable } from '../read/locateTable';
import { headerText, matchesHeader, normalizeHeader } from '../read/matchHeader';
import { cellAt, cellText } from '../read/sheetCells';
import { userCellsIn } from '../sheets/userCells';
import { NO_STEP, type RepairStep } from './place';
import { SHEETS, TABLES } from '../model/schema';
import { SETTINGS, SETTINGS_HEADERS } from '../model/settingsSchema';
import type { WorkbookSnapshot } from '../model/snapshot';

const NAME = { header: SETTINGS_HEADERS.name, aliases: ['Setting'] };
const VALUE = { header: SETTINGS_HEADERS.value, aliases: ['Value'] };

/** The rows of settings that tblInnstillinger lacks, added at its end. */
export function repairSettingRows(wb: WorkbookSnapshot): RepairStep {
  const t = locateTable(wb, { table: TABLES.settings, sheet: SHEETS.settings, headers: [NAME, VALUE] });
  if (!t || t.tableName === null) return NO_STEP;
  let nameCol = t.left;
  for (let c = t.left; c <= t.right; c++)
    if (matchesHeader(normalizeHeader(headerText(cellAt(t.sheet, t.headerRow, c))), NAME)) nameCol = c;
  const present = bodyRows(t).map((r) => normalizeHeader(cellText(cellAt(t.sheet, r, nameCol))));
  const missing = SETTINGS.filter(
    (s) => !present.some((p) => matchesHeader(p, { header: s.label, aliases: s.aliases })),
  );
  if (missing.length === 0) return NO_STEP;
  const top = t.lastDataRow + 1;
  const bottom = t.lastDataRow + missing.length;
  const blocked = userCellsIn(wb, t.sheet.sheet, { top, left: t.left, bottom, right: t.right });
  if (blocked.length > 0) return { changes: [], edits: [], blocked };
  const values: CellInput[][] = missing.map((s) => [s.label]);
  const edits: Edit[] = [
    { kind: 'setCells', sheet: t.sheet.sheet, origin: toA1(top, nameCol), values },
    { kind: 'resizeTable', name: t.tableName, ref: toRange(t.headerRow, t.left, bottom, t.right) },
    { kind: 'setStyle', sheet: t.sheet.sheet, range: toRange(top, nameCol, bottom, nameCol), style: 'note' },
  ];
  const changes = missing.map((s, i) => ({
    kind: 'add-setting' as const,
    sheet: t.sheet.sheet,
    target: s.label,
    detail: toA1(top + i, nameCol),
  }));
  return { changes, edits };
}
