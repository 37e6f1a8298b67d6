/**
 * The import log as a sheet of the new workbook (`Importlogg`): one row per decision with the source
 * sheet and cell, so the user can go through what the importer decided after the fact.
 */
import type { Edit } from '../model/edits';
import type { ImportDecision } from './import';
import { SHEETS } from '../model/schema';

/** Header row of the Importlogg sheet. */
export const IMPORT_LOG_HEADERS = ['Nr', 'Ark', 'Celle', 'Beslutning'] as const;

/** Edits that write the decision log on its own sheet. */
export function planImportLog(log: readonly ImportDecision[]): Edit[] {
  const sheet = SHEETS.importLog;
  const rows = log.map((d, i) => [i + 1, d.sheet, d.cell, d.message]);
  return [
    { kind: 'ensureSheet', sheet },
    { kind: 'setCells', sheet, origin: 'A1', values: [[...IMPORT_LOG_HEADERS], ...rows] },
    { kind: 'setStyle', sheet, range: 'A1:D1', style: 'header' },
    { kind: 'setColumnWidth', sheet, column: 'B', width: 24 },
    { kind: 'setColumnWidth', sheet, column: 'D', width: 100 },
    { kind: 'freezeRows', sheet, rows: 1 },
  ];
}
