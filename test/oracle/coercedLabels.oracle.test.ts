/**
 * Sammendrag recalculated by LibreOffice where an Ansvarlig is text that reads as a number: D-003's «0123» (text)
 * and D-009's 123 (a number). The core keeps them apart («0123» and «123»); a SUMIFS criterion "=0123" is read as
 * the number 123 and matches D-009's cell too, so a live «0123» row would show D-003 + D-009. Each row must show
 * what the hand-computed rows give (criterionCoercion.ts writes such a row as the core's values).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyCheckSheets, checkWorkbook } from '../../src/cli/commands/check';
import { buildNewWorkbook, newContent } from '../../src/cli/commands/new';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { recalculate } from './libreoffice';

/** The numbers of the first row labelled `label` after the row labelled `title`. */
function rowAfter(wb: WorkbookSnapshot, title: string, label: string): number[] {
  const rows = wb.sheets.find((s) => s.sheet === 'Sammendrag')?.values ?? [];
  const start = rows.findIndex((r) => r[0] === title);
  const row = rows.find((r, i) => i > start && String(r[0]) === label) ?? [];
  return row.slice(1).filter((v): v is number => typeof v === 'number');
}

describe('LibreOffice recalculates Sammendrag per Ansvarlig «0123» (text) beside 123 (a number)', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-oracle-coerced-'));
  let recalculated: WorkbookSnapshot;

  beforeAll(async () => {
    const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: '1000 kr', example: true }));
    // D-003 (was NAV-leder: 350, 700, 700, 700) and D-009 (was Leder boligkontor: 120 in 2027).
    await wb.apply([
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'R4', values: [['0123']] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'R10', values: [[123]] },
    ]);
    const snapshot = await wb.read();
    const result = checkWorkbook(snapshot, 'tall.xlsx', 'nb', 2026);
    await applyCheckSheets(wb, snapshot, result, 'nb');
    const file = path.join(work, 'coerced.xlsx');
    await saveXlsxFile(wb, file);
    const [out] = recalculate([file], work);
    recalculated = await (await XlsxWorkbook.fromBuffer(readFileSync(out ?? ''))).read();
  });

  it('shows «0123» as D-003 alone and 123 as D-009 alone', () => {
    expect(rowAfter(recalculated, 'Driftskostnad per ansvarlig', '0123')).toEqual([350, 700, 700, 700, 2450]);
    expect(rowAfter(recalculated, 'Driftskostnad per ansvarlig', '123')).toEqual([120, 0, 0, 0, 120]);
  });
});
