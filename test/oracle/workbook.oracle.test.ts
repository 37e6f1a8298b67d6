/**
 * What the product writes besides formulas, as LibreOffice reads it (issue 15): the list names refer to their
 * table's column (lstSeksjoner = tblSeksjoner[Seksjon]) and serve as validation sources; Avstemming's cell
 * columns are HYPERLINK formulas showing the address; År stays a number.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { applyCheckSheets, checkWorkbook } from '../../src/cli/commands/check';
import { buildNewWorkbook, newContent } from '../../src/cli/commands/new';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { recalculate } from './libreoffice';

const sheetOf = (wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  wb.sheets.find((s) => s.sheet === name);

describe('LibreOffice reads the lists, links and years the product writes', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-oracle-wb-'));
  let recalculated: WorkbookSnapshot;
  let sections: string[] = [];
  let savedParts: Record<string, string> = {};

  beforeAll(async () => {
    const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: '1000 kr', example: true }));
    const snapshot = await wb.read();
    const result = checkWorkbook(snapshot, 'eksempel.xlsx', 'nb', 2026);
    sections = [...result.plan.lists.sections];
    await applyCheckSheets(wb, snapshot, result, 'nb');
    // A probe sheet of our own: what the list names hold, as LibreOffice computes them.
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'Prøve' },
      {
        kind: 'setCells',
        sheet: 'Prøve',
        origin: 'A1',
        values: [
          [
            { formula: 'ROWS(lstSeksjoner)' },
            { formula: 'INDEX(lstSeksjoner,1)' },
            { formula: 'ROWS(lstRammeomrader)' },
          ],
        ],
      },
    ]);
    const file = path.join(work, 'plan.xlsx');
    await saveXlsxFile(wb, file);
    const [out] = recalculate([file], work);
    const bytes = readFileSync(out ?? '');
    recalculated = await (await XlsxWorkbook.fromBuffer(bytes)).read();
    savedParts = Object.fromEntries(
      Object.entries(unzipSync(bytes))
        .filter(([name]) => name.endsWith('.xml'))
        .map(([name, data]) => [name, strFromU8(data)]),
    );
  });

  it('resolves a list name to exactly its table column: no blanks after the last value', () => {
    const probe = sheetOf(recalculated, 'Prøve');
    expect(probe?.values[0]).toEqual([sections.length, sections[0], 5]);
  });

  it('keeps the list names as validation sources of the measure tables', () => {
    const sheets = Object.entries(savedParts).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const sources = sheets.flatMap(([, xml]) => [...xml.matchAll(/<formula1>([^<]*)<\/formula1>/g)].map((m) => m[1]));
    expect(sources).toEqual(expect.arrayContaining(['lstSeksjoner', 'lstRammeomrader']));
  });

  it('shows each Avstemming cell link as its address, and År as a number', () => {
    const avstemming = sheetOf(recalculated, 'Avstemming');
    const header = (avstemming?.values[0] ?? []).map(String);
    const rows = (avstemming?.values ?? []).slice(1);
    const cell = header.indexOf('Celle tiltak');
    const year = header.indexOf('År');
    const links = rows.map((r) => r[cell]).filter((v) => v !== null);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(link).toMatch(/^Tiltak (drift|investering)![A-Z]+\d+$/);
    const formulas = (avstemming?.formulas ?? [])
      .slice(1)
      .map((r) => r[cell])
      .filter((f) => f);
    expect(formulas[0]).toMatch(/^=HYPERLINK\("#'Tiltak (drift|investering)'![A-Z]+\d+","Tiltak/);
    expect(rows.some((r) => typeof r[year] === 'number')).toBe(true);
    expect(rows.every((r) => r[year] === null || typeof r[year] === 'number')).toBe(true);
  });
});
