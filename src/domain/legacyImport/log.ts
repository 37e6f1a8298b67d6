/**
 * The import log as a sheet of the new workbook (`Importlogg`): one row per decision with the source
 * sheet and cell, so the user can go through what the importer decided after the fact. The words (header
 * row and each decision's message) come from the shell, in the user's language.
 */
import type { Edit } from '../model/edits';
import type { ImportDecision } from './decisions';
import { SHEETS } from '../model/schema';

/** The words of the Importlogg sheet: its header row (Nr, Ark, Celle, Beslutning) and a decision's message. */
export interface ImportLogText {
  readonly headers: readonly [number: string, sheet: string, cell: string, decision: string];
  readonly message: (d: ImportDecision) => string;
}

/** Edits that write the decision log on its own sheet. */
export function planImportLog(log: readonly ImportDecision[], text: ImportLogText): Edit[] {
  const sheet = SHEETS.importLog;
  const rows = log.map((d, i) => [i + 1, d.sheet, d.cell, text.message(d)]);
  return [
    { kind: 'ensureSheet', sheet },
    { kind: 'setCells', sheet, origin: 'A1', values: [[...text.headers], ...rows] },
    { kind: 'setStyle', sheet, range: 'A1:D1', style: 'header' },
    { kind: 'setColumnWidth', sheet, column: 'B', width: 24 },
    { kind: 'setColumnWidth', sheet, column: 'D', width: 100 },
    { kind: 'freezeRows', sheet, rows: 1 },
  ];
}
