/**
 * Sammendrag recalculated by LibreOffice where cells are typed as users type them — a status with a trailing
 * space, a section with one, plan areas on two lines (Alt+Enter) — equals the totals worked out by hand from
 * the example's rows, as `check` reports them: SUMIFS compares the cells as typed, the core reads them
 * trimmed, and the rows a formula would miss are written as values.
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

const HVPO = 'Helse, velferd, pleie og omsorg';
const NAV = 'NAV og sosiale tjenester';

/** The numbers of the first row labelled `label` after the row labelled `title`. */
function rowAfter(wb: WorkbookSnapshot, title: string, label: string): number[] {
  const rows = wb.sheets.find((s) => s.sheet === 'Sammendrag')?.values ?? [];
  const start = rows.findIndex((r) => r[0] === title);
  const row = rows.find((r, i) => i > start && r[0] === label) ?? [];
  return row.slice(1).filter((v): v is number => typeof v === 'number');
}

describe('LibreOffice recalculates Sammendrag over loosely typed cells to the hand-computed totals', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-oracle-loose-'));
  let recalculated: WorkbookSnapshot;

  beforeAll(async () => {
    const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: '1000 kr', example: true }));
    const set = (origin: string, value: string) =>
      ({ kind: 'setCells', sheet: 'Tiltak drift', origin, values: [[value]] }) as const;
    // D-003's status, D-007's section, D-001's areas (two lines).
    await wb.apply([set('G4', 'Beregnet '), set('B8', 'Organisasjon '), set('S2', `${HVPO}\n${NAV}`)]);
    const snapshot = await wb.read();
    const result = checkWorkbook(snapshot, 'løst.xlsx', 'nb', 2026);
    await applyCheckSheets(wb, snapshot, result, 'nb');
    const file = path.join(work, 'loose.xlsx');
    await saveXlsxFile(wb, file);
    const [out] = recalculate([file], work);
    recalculated = await (await XlsxWorkbook.fromBuffer(readFileSync(out ?? ''))).read();
  });

  it('counts D-003 (status "Beregnet ") and D-007 (section "Organisasjon ") in their sections and in all', () => {
    // 2027…2030, Sum periode, Helårsvirkning, Felles tiltak, Endret drift, Annen finansiering, Nye midler.
    expect(rowAfter(recalculated, 'Drift per seksjon', 'Samfunn og tjenester')).toEqual([
      1650, 2700, 3300, 3900, 11550, 3900, 400, 300, 200, 3300,
    ]);
    expect(rowAfter(recalculated, 'Drift per seksjon', 'Organisasjon')).toEqual([
      470, 350, 350, 350, 1520, 350, 0, 150, 0, 320,
    ]);
    expect(rowAfter(recalculated, 'Drift per seksjon', 'Alle seksjoner')).toEqual([
      2120, 3050, 3650, 4250, 13070, 4250, 400, 450, 200, 3620,
    ]);
  });

  it('counts D-001 in both areas of its two-line list', () => {
    expect(rowAfter(recalculated, 'Driftskostnad per planområde', HVPO)).toEqual([1650, 2350, 2950, 3550, 10500]);
    // D-001 600/1200/1800/2400 + D-003 350/700/700/700 + D-005 400/800/800/800.
    expect(rowAfter(recalculated, 'Driftskostnad per planområde', NAV)).toEqual([1350, 2700, 3300, 3900, 11250]);
  });
});
