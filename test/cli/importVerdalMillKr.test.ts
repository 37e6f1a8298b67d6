/**
 * Verdal's section 6 (seeds/003, tables 6.1 and 6.2, typed in mill kr) as a municipality has it in Excel,
 * imported into a mill kr workbook and then checked: every measure's amounts and every total in kroner, worked
 * out by hand from the seed's text, and every measure of the seed in the new workbook (none lost). A second
 * workbook changes miljøteam's financing so that its new money must be rounded: SPEC §4 rounds it to 1 000 kr
 * in a mill kr workbook, never to a whole million.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run as check } from '../../src/cli/commands/check';
import { run as importRun } from '../../src/cli/commands/import';
import type { CellValue } from '../../src/domain/model/snapshot';
import { readPlan } from '../../src/domain/read/plan';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { VERDAL_MERGES, VERDAL_ROWS, VERDAL_SHEET } from '../fixtures/make/legacyVerdal';
import { runCommand, scratchDir } from './cliRun';

interface Totals {
  readonly years: Record<string, number>;
  readonly period?: number;
  readonly fullYear?: number;
  readonly budget?: number;
  readonly financing: Record<string, number>;
  readonly newMoneyByYear?: Record<string, number>;
}
interface Report {
  readonly issues: readonly { code: string; cell: string; measureId?: string }[];
  readonly totals: {
    readonly operating: { readonly all: Totals };
    readonly investment: { readonly all: Totals };
    readonly statusCounts: Record<string, number>;
  };
}

/** The Verdal sheet with `edit` applied to its rows, as an .xlsx of Excel's merged cells. */
async function writeVerdal(file: string, edit: (rows: CellValue[][]) => void = () => undefined): Promise<void> {
  const rows = VERDAL_ROWS.map((r) => [...r]);
  edit(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(VERDAL_SHEET);
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null && typeof value !== 'object') ws.getCell(i + 1, j + 1).value = value;
    }),
  );
  for (const range of VERDAL_MERGES) ws.mergeCells(range);
  await wb.xlsx.writeFile(file);
}

describe('Verdal 6.1 and 6.2 imported into a mill kr workbook, then checked', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = scratchDir()));
  afterEach(() => cleanup());

  async function importAndCheck(edit?: (rows: CellValue[][]) => void): Promise<Report> {
    await writeVerdal(path.join(dir, 'verdal.xlsx'), edit);
    const imported = await runCommand(importRun, ['verdal.xlsx', '--out', 'plan.xlsx', '--unit', 'mill kr'], dir);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const checked = await runCommand(check, ['plan.xlsx', '--format', 'json'], dir);
    return JSON.parse(checked.stdout) as Report;
  }

  it('keeps every measure of the seed, with its amounts as typed in mill kr', async () => {
    await importAndCheck();
    const { plan } = readPlan(await (await openXlsxFile(path.join(dir, 'plan.xlsx'))).read(), {
      defaultStartYear: 2027,
    });
    // 6.1: four measures under SAMFUNN OG TJENESTER, five under ORGANISASJON; 6.2: three.
    expect(plan.operating.map((m) => [m.section, m.priority, m.ref])).toEqual([
      ['Samfunn og tjenester', 1, '14'],
      ['Samfunn og tjenester', 2, '2'],
      ['Samfunn og tjenester', 3, '4'],
      ['Samfunn og tjenester', 4, '5'],
      ['Organisasjon', 1, '1'],
      ['Organisasjon', 2, '5'],
      ['Organisasjon', 3, '2'],
      ['Organisasjon', 4, '7'],
      ['Organisasjon', 5, '3'],
    ]);
    expect(plan.investment.map((m) => [m.priority, m.ref, m.costStatus])).toEqual([
      [1, '20', 'Beregnet'],
      [2, '', 'Ukjent'],
      [3, '10', 'Må utredes'],
    ]);
    // Miljøteam: 0,6 / 1,2 / 1,8 / 2,4 mill = 600 000 / 1 200 000 / 1 800 000 / 2 400 000 kr; Samlet kostnad
    // 2,4 mill is Helårsvirkning; Øk. plan Nye midler 2,4 mill; the three other financing cells «----» = 0.
    const [miljo] = plan.operating;
    expect(miljo?.years).toEqual([600_000, 1_200_000, 1_800_000, 2_400_000]);
    expect(miljo).toMatchObject({ fullYear: 2_400_000, finNew: 2_400_000, finJoint: 0, finReallocation: 0 });
    expect(miljo?.finOther).toBe(0);
    // Småhus: 3 mill in 2011 (År); Lån 3 under «Finansiering (1000 kr)» = 3 000 kr, as typed (the seed's slip).
    expect(plan.investment[0]).toMatchObject({ budget: 3_000_000, finLoan: 3_000 });
    expect(plan.investment[0]?.years).toEqual([3_000_000, null, null, null]);
  });

  it('totals them as worked out by hand, and flags Småhus’s loan as the wrong unit', async () => {
    const report = await importAndCheck();
    // Only miljøteam is Beregnet in 6.1: its years, period 0,6 + 1,2 + 1,8 + 2,4 = 6,0 mill, full-year 2,4.
    // New money per year: cost × 2,4 / 2,4 = the cost itself.
    expect(report.totals.operating.all).toEqual({
      years: { '2011': 600_000, '2012': 1_200_000, '2013': 1_800_000, '2014': 2_400_000 },
      period: 6_000_000,
      fullYear: 2_400_000,
      financing: { joint: 0, reallocation: 0, other: 0, newMoney: 2_400_000 },
      newMoneyByYear: { '2011': 600_000, '2012': 1_200_000, '2013': 1_800_000, '2014': 2_400_000 },
    });
    // Småhus: 3 mill all in 2011, nothing before or after the period.
    expect(report.totals.investment.all).toEqual({
      budget: 3_000_000,
      before: 0,
      years: { '2011': 3_000_000, '2012': 0, '2013': 0, '2014': 0 },
      after: 0,
      financing: { vat: 0, grant: 0, sale: 0, loan: 3_000, operating: 0, fund: 0 },
    });
    // 9 + 3 = 12 measures: miljøteam and småhus Beregnet, eight rows of «----» Ingen kostnad, «?» and «Må utredes».
    expect(report.totals.statusCounts).toEqual({ Beregnet: 2, 'Ingen kostnad': 8, Ukjent: 1, 'Må utredes': 1 });
    // 3 000 kr of financing against 3 000 000 kr of Kostnadsramme: a factor of 1000 (SPEC §8).
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'unit-suspect', measureId: 'I-001' }));
  });

  it('rounds new money to 1 000 kr in the mill kr workbook (SPEC §4), years adding up to the rounded total', async () => {
    // Miljøteam financed by Endret drift 0,001 and Nye midler 2,399 of its 2,4 mill full-year effect.
    const report = await importAndCheck((rows) => {
      const miljo = rows[7];
      if (miljo) [miljo[8], miljo[10]] = [0.001, 2.399];
    });
    // Exact: cost × 2,399 / 2,4 = 599 750, 1 199 500, 1 799 250, 2 399 000 kr; total 6 000 000 × 2,399 / 2,4 =
    // 5 997 500, rounded half away from zero to 5 998 000. In 1 000 kr: floors 599 + 1 199 + 1 799 + 2 399 =
    // 5 996, two short of 5 998: the largest remainders, 0,75 (2011) and 0,5 (2012), get one each.
    expect(report.totals.operating.all.newMoneyByYear).toEqual({
      '2011': 600_000,
      '2012': 1_200_000,
      '2013': 1_799_000,
      '2014': 2_399_000,
    });
    expect(report.totals.operating.all.financing).toEqual({
      joint: 0,
      reallocation: 1_000,
      other: 0,
      newMoney: 2_399_000,
    });
    expect(report.issues.filter((i) => i.code === 'financing-sum')).toEqual([]);
  });
});
