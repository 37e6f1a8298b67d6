/**
 * A section row under an Ansvarlig or plan area merged down over a group of rows (sections.ts): the merge
 * fills the measure rows it covers, never the section row, which stays a section (SPEC §11). The legacy
 * workbook is built with exceljs and read as the CLI reads it; figures by hand.
 */
import ExcelJS from 'exceljs';
import { importLegacy, type ImportResult } from '../../../src/domain/legacyImport/import';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';

type Cell = string | number | boolean | null;

/** Two header rows (years under «Kostnad – 1000 kr»), SAMFUNN on row 3, measures 4–5, BOLIG on 6, measures 7–8. */
async function importSheet(rows: Record<number, Cell[]>, merges: string[]): Promise<ImportResult> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Drift');
  const all: Record<number, Cell[]> = {
    1: ['Prioritet', 'Tiltak', 'Kostnad – 1000 kr', null, null, null, 'Nye midler', 'Ansvarlig', 'Berørte planområder'],
    2: [null, null, 2027, 2028, 2029, 2030],
    3: ['SAMFUNN'],
    ...rows,
  };
  for (const [r, values] of Object.entries(all))
    values.forEach((v, j) => {
      if (v !== null) ws.getCell(Number(r), j + 1).value = v;
    });
  for (const range of ['A1:A2', 'B1:B2', 'C1:F1', 'G1:G2', 'H1:H2', 'I1:I2', ...merges]) ws.mergeCells(range);
  const book = await XlsxWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  return importLegacy(await book.read(), { defaultStartYear: 2027, unit: '1000 kr', commentNote: (n) => n.code });
}

const summary = (result: ImportResult): Cell[][] =>
  result.content.operating.map((r) => [
    r.values.section ?? null,
    r.values.measure ?? null,
    r.values.responsible ?? null,
    r.values.areas ?? null,
    ...r.years,
    r.values.finNew ?? null,
  ]);

describe('an Ansvarlig and a plan area merged over rows 4–8, with the section row BOLIG on row 6', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importSheet(
      {
        4: [1, 'Miljøteam', 100, 100, 100, 100, 400, 'Rådmannen', 'Helse'],
        5: [2, 'Bostøtte', 50, 50, 50, 50, 200],
        6: [null, 'BOLIG'],
        7: [1, 'Småhus', 10, 10, 10, 10, 40],
        8: [2, 'Startlån', 20, 20, 20, 20, 80],
      },
      ['H4:H8', 'I4:I8'],
    );
  });

  it('rows 4, 5, 7 and 8 are the measures, each with the merged Ansvarlig and area; those after BOLIG are in Bolig', () => {
    expect(summary(result)).toEqual([
      ['Samfunn', 'Miljøteam', 'Rådmannen', 'Helse', 100, 100, 100, 100, 400],
      ['Samfunn', 'Bostøtte', 'Rådmannen', 'Helse', 50, 50, 50, 50, 200],
      ['Bolig', 'Småhus', 'Rådmannen', 'Helse', 10, 10, 10, 10, 40],
      ['Bolig', 'Startlån', 'Rådmannen', 'Helse', 20, 20, 20, 20, 80],
    ]);
    expect(result.content.lists.sections).toEqual(['Samfunn', 'Bolig']);
  });

  it('logs BOLIG as a section row, and the merge as filling rows 5, 7 and 8 but not the section row', () => {
    const logged = result.log.filter((d) => ['section-row', 'merged-cell', 'merged-section'].includes(d.code));
    expect(logged.map((d) => [d.cell, d.code])).toEqual([
      ['A3', 'section-row'],
      ['H5', 'merged-cell'],
      ['I5', 'merged-cell'],
      ['B6', 'section-row'],
      ['H6', 'merged-section'],
      ['I6', 'merged-section'],
      ['H7', 'merged-cell'],
      ['I7', 'merged-cell'],
      ['H8', 'merged-cell'],
      ['I8', 'merged-cell'],
    ]);
    expect(result.log.find((d) => d.cell === 'H6')?.params).toEqual({
      text: 'BOLIG',
      value: 'Rådmannen',
      range: 'H4:H8',
    });
  });
});

describe('an Ansvarlig written on the section row and merged down over its measures (H6:H8)', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importSheet(
      {
        4: [1, 'Miljøteam', 100, 100, 100, 100, 400, 'Rådmannen', 'Helse'],
        5: [2, 'Bostøtte', 50, 50, 50, 50, 200, 'NAV', 'Helse'],
        6: [null, 'BOLIG', null, null, null, null, null, 'Boligkontoret'],
        7: [1, 'Småhus', 10, 10, 10, 10, 40, null, 'Bolig'],
        8: [2, 'Startlån', 20, 20, 20, 20, 80, null, 'Bolig'],
      },
      ['H6:H8'],
    );
  });

  it('BOLIG is a section, not a measure, and its Ansvarlig is the Ansvarlig of rows 7 and 8', () => {
    expect(summary(result)).toEqual([
      ['Samfunn', 'Miljøteam', 'Rådmannen', 'Helse', 100, 100, 100, 100, 400],
      ['Samfunn', 'Bostøtte', 'NAV', 'Helse', 50, 50, 50, 50, 200],
      ['Bolig', 'Småhus', 'Boligkontoret', 'Bolig', 10, 10, 10, 10, 40],
      ['Bolig', 'Startlån', 'Boligkontoret', 'Bolig', 20, 20, 20, 20, 80],
    ]);
    expect(result.log.filter((d) => d.code === 'merged-section').map((d) => [d.cell, d.params])).toEqual([
      ['H6', { text: 'BOLIG', value: 'Boligkontoret', range: 'H6:H8' }],
    ]);
  });
});
