/**
 * Review r19: a legacy measures table written the way a municipality's Word-to-Excel paste looks (Verdal's 6.1,
 * seeds/003, with the variants a test asks for), imported with the CLI, and the imported Tiltak drift read back.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo, type TestIo } from '../../cli/testIo';

export type Cell = string | number | null | { formula: string; result: number };
export const D = '----';

/** Verdal 6.1's two header rows; `costGroup` heads the year columns (merged over them). */
export function header61(opts: { costGroup?: string; newMoney?: string; reallocation?: string } = {}): Cell[][] {
  return [
    [
      'Prioritet',
      'Tiltak inkl. investeringer med en kostnad under kr. 100.000',
      'Samlet kostnad Mill. kr',
      opts.costGroup ?? 'Kostnad – Mill kr.',
      null,
      null,
      null,
      'Finansiering av helårsvirkning',
      null,
      null,
      null,
      'Oppfølgings- ansvarlig En funksjon/ en person',
      'Berørte kommune- delplan- områder',
    ],
    [
      null,
      null,
      null,
      2011,
      2012,
      2013,
      2014,
      'Felles tiltak V/L',
      opts.reallocation ?? 'Endr. drift',
      'Annen finans. Tilsk. oa.',
      opts.newMoney ?? 'Øk. plan Nye midler',
      null,
      null,
    ],
  ];
}

/**
 * Verdal 6.1's first measure row as its tests type it: miljøteam, 0,6 / 1,2 / 1,8 / 2,4 mill over 2011–2014, Samlet
 * kostnad (Helårsvirkning) 2,4, all of it Nye midler.
 */
export const miljoteam = (): Cell[] => [
  1,
  '14. Utvidelse miljøteam: Trappes opp fra 1 til 5 årsverk innen 2015.',
  2.4,
  0.6,
  1.2,
  1.8,
  2.4,
  D,
  D,
  D,
  2.4,
  'Rådmannen v/kommunalsjef velferd',
  'Helse, velferd, pleie og omsorg',
];

/** The merges of header61 from row `top`: group cells across, single headings down over both rows. */
export const headerMerges = (top: number): string[] => {
  const b = top + 1;
  return [`A${top}:A${b}`, `B${top}:B${b}`, `C${top}:C${b}`, `D${top}:G${top}`, `H${top}:K${top}`].concat([
    `L${top}:L${b}`,
    `M${top}:M${b}`,
  ]);
};

/** Writes `rows` (from A1) with `merges` as legacy.xlsx in a fresh folder; returns the folder's io. */
export async function writeLegacy(rows: readonly (readonly Cell[])[], merges: readonly string[]): Promise<TestIo> {
  const io = testIo();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tiltaksplan 2011-2014');
  rows.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value !== null) ws.getCell(i + 1, j + 1).value = value;
    }),
  );
  for (const m of merges) ws.mergeCells(m);
  await wb.xlsx.writeFile(path.join(io.cwd, 'legacy.xlsx'));
  return io;
}

/** `import legacy.xlsx --out out` with `extra` arguments; the exit status must be 0. */
export async function importLegacyFile(io: TestIo, out: string, extra: string[] = []): Promise<string> {
  const run = testIo({ cwd: io.cwd });
  expect(await main(['import', 'legacy.xlsx', '--out', out, ...extra], run)).toBe(0);
  return run.out();
}

/** The imported drift rows by ID: each column's header → the cell's value (a formula's result). */
export async function driftRows(io: TestIo, file: string): Promise<Map<string, Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(io.cwd, file));
  const ws = wb.getWorksheet('Tiltak drift')!;
  const head = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const rows = new Map<string, Record<string, unknown>>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as unknown[];
    const rec: Record<string, unknown> = {};
    head.forEach((h, c) => {
      const v = values[c];
      if (h) rec[h] = v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : (v ?? null);
    });
    if (rec.ID) rows.set(String(rec.ID), rec);
  }
  return rows;
}
