/**
 * `tiltaksplan import` on a legacy table in a file written part by part the way Excel saves one (shared
 * strings, merged cells, total rows as SUM formulas with and without their stored result, amounts typed as
 * text), then `check` on the result: every total equals the sum worked out by hand from the legacy table.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { run as check } from '../../src/cli/commands/check';
import { run as importRun } from '../../src/cli/commands/import';
import { runCommand, scratchDir } from './cliRun';

type Cell = string | number | null | { f: string; v?: number };

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const col = (i: number): string => String.fromCharCode(65 + i);

/** A one-sheet .xlsx with every text in the shared strings table and the given merged ranges. */
function excelXlsx(rows: readonly (readonly Cell[])[], merges: readonly string[]): Uint8Array {
  const strings: string[] = [];
  const cellXml = (c: Cell, ref: string): string => {
    if (c === null) return '';
    if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
    if (typeof c === 'object') return `<c r="${ref}"><f>${esc(c.f)}</f>${c.v === undefined ? '' : `<v>${c.v}</v>`}</c>`;
    if (!strings.includes(c)) strings.push(c);
    return `<c r="${ref}" t="s"><v>${strings.indexOf(c)}</v></c>`;
  };
  const data = rows
    .map((r, i) => `<row r="${i + 1}">${r.map((c, j) => cellXml(c, `${col(j)}${i + 1}`)).join('')}</row>`)
    .join('');
  const mergeXml = `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${head}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${head}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Tiltaksplan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${head}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${head}<worksheet xmlns="${NS}"><sheetData>${data}</sheetData>${mergeXml}</worksheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `${head}<sst xmlns="${NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings
        .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
        .join('')}</sst>`,
    ),
  });
}

const D = '----';
/** Verdal's 6.1 layout in Mill kr, with an empty row between the sections and three kinds of total row. */
const ROWS: Cell[][] = [
  [
    'Prioritet',
    'Tiltak',
    'Kostnad – Mill kr.',
    null,
    null,
    null,
    null,
    'Finansiering av helårsvirkning',
    null,
    null,
    null,
    'Oppfølgings- ansvarlig',
  ],
  [
    null,
    null,
    'Samlet kostnad',
    2011,
    2012,
    2013,
    2014,
    'Felles tiltak V/L',
    'Endr. drift',
    'Annen finans. Tilsk. oa.',
    'Øk. plan Nye midler',
    null,
  ],
  ['SAMFUNN OG TJENESTER'],
  [1, '14. Utvidelse miljøteam', 2.4, 0.6, 1.2, 1.8, 2.4, D, D, D, 2.4, 'Rådmannen'],
  [2, '3. Boveiledning', '1,5', '0,25', '1,5', '1,5', '1,5', null, null, null, '1,5', null],
  [3, 'Innsparing vikarbruk', -0.5, -0.125, -0.5, '−0,5', -0.5, null, null, null, -0.5, null],
  [
    null,
    'Sum',
    { f: 'SUM(C4:C6)', v: 3.4 },
    { f: 'SUM(D4:D6)', v: 0.725 },
    { f: 'SUM(E4:E6)', v: 2.2 },
    { f: 'SUM(F4:F6)', v: 2.8 },
    { f: 'SUM(G4:G6)', v: 3.4 },
    null,
    null,
    null,
    { f: 'SUM(K4:K6)', v: 3.4 },
    null,
  ],
  [],
  ['ORGANISASJON'],
  [1, '5. Bo Kart', 0.1, 0.1, 0.1, 0.1, 0.1, null, 0.1, null, null, 'Leder boligkontor'],
  [
    null,
    null,
    { f: 'SUM(C10:C10)' },
    { f: 'SUM(D10:D10)' },
    { f: 'SUM(E10:E10)' },
    { f: 'SUM(F10:F10)' },
    { f: 'SUM(G10:G10)' },
    null,
    { f: 'SUM(I10)' },
    null,
    null,
    null,
  ],
  ['Til sammen', null, { f: 'C7+C11' }, null, null, null, null, null, null, null, null, null],
];
const MERGES = ['A1:A2', 'B1:B2', 'C1:G1', 'H1:K1', 'L1:L2', 'A3:L3', 'A9:L9', 'L4:L6'];

describe('import of a legacy table saved by Excel, then check', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = scratchDir());
    writeFileSync(path.join(dir, 'legacy.xlsx'), excelXlsx(ROWS, MERGES));
  });
  afterAll(() => cleanup());

  it('imports the four measures and totals them as worked out by hand, in kroner', async () => {
    const imported = await runCommand(importRun, ['legacy.xlsx', '--out', 'plan.xlsx'], dir);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    // Rows 7, 11 and 12 are total rows; row 8 is empty and the section after it is read on.
    expect(imported.stdout).toMatch(/Tiltaksplan!A7: .*sumrad/);
    expect(imported.stdout).toMatch(/Tiltaksplan!A11: .*sumrad/);
    expect(imported.stdout).toMatch(/Tiltaksplan!A12: .*sumrad/);
    expect(imported.stdout).toMatch(/Tiltaksplan!A8: Rad 8 er tom/);
    expect(imported.stdout).toContain('4 driftstiltak');

    const checked = await runCommand(check, ['plan.xlsx', '--format', 'json'], dir);
    const report = JSON.parse(checked.stdout) as {
      totals: { operating: { all: Record<string, unknown>; bySection: { section: string; fullYear: number }[] } };
    };
    // Years: 0,6 + 0,25 − 0,125 + 0,1 = 0,825 mill; 1,2 + 1,5 − 0,5 + 0,1 = 2,3; 1,8 + 1,5 − 0,5 + 0,1 = 2,9;
    // 2,4 + 1,5 − 0,5 + 0,1 = 3,5. Helårsvirkning 2,4 + 1,5 − 0,5 + 0,1 = 3,5; Nye midler 2,4 + 1,5 − 0,5 = 3,4;
    // Endret drift 0,1. New money per year: the three Nye midler measures are financed in full by it.
    expect(report.totals.operating.all).toEqual({
      years: { '2011': 825_000, '2012': 2_300_000, '2013': 2_900_000, '2014': 3_500_000 },
      period: 9_525_000,
      fullYear: 3_500_000,
      financing: { joint: 0, reallocation: 100_000, other: 0, newMoney: 3_400_000 },
      newMoneyByYear: { '2011': 725_000, '2012': 2_200_000, '2013': 2_800_000, '2014': 3_400_000 },
    });
    // The legacy Sum row said 3,4 mill for the first section.
    expect(report.totals.operating.bySection.map((s) => [s.section, s.fullYear])).toEqual([
      ['Samfunn og tjenester', 3_400_000],
      ['Organisasjon', 100_000],
    ]);
  });
});
