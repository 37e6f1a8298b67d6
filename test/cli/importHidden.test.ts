/**
 * A hidden row in the old plan (a measure the budget officer hid in Excel): the import reads the sheet's
 * `<row hidden="1">`, takes the row as typed (nothing is lost) and logs it, for the user to decide whether it
 * belongs to the new plan. Before, a hidden measure came into the plan with its money and no word.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/commands/import';
import { readPlan } from '../../src/domain/read/plan';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { runCommand, scratchDir } from './cliRun';

describe('tiltaksplan import: a hidden row of the old plan', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratchDir()));
  afterEach(() => cleanup());

  it('imports the hidden measure as typed and names its row in the log (Norwegian, sheet and cell)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tiltak');
    // Row 1 header; rows 2–3 measures, row 3 hidden. Amounts in 1000 kr (--unit).
    ws.addRow(['Prioritet', 'Tiltak', 2027, 2028, 2029, 2030, 'Nye midler', 'Ansvarlig']);
    ws.addRow([1, 'Miljøteam', 600, 1200, 1800, 2400, 2400, 'Rådmannen']);
    ws.addRow([2, 'Gammelt tiltak', 100, 100, 100, 100, 100, 'NAV']);
    ws.getRow(3).hidden = true;
    await wb.xlsx.writeFile(path.join(dir, 'gammel.xlsx'));

    const result = await runCommand(run, ['gammel.xlsx', '--out', 'plan.xlsx', '--unit', '1000 kr'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Tiltak!A3: Rad 3 er skjult i arket');
    expect(result.stdout).not.toContain('Tiltak!A2: Rad 2 er skjult');

    const { plan } = readPlan(await (await openXlsxFile(path.join(dir, 'plan.xlsx'))).read(), {
      defaultStartYear: 2027,
    });
    // 100 (1000 kr) = 100 000 kr a year, as typed on the hidden row.
    expect(plan.operating.map((m) => [m.measure, m.years[0]])).toEqual([
      ['Miljøteam', 600_000],
      ['Gammelt tiltak', 100_000],
    ]);
  });
});
