/**
 * `tiltaksplan import` on a legacy table whose headings stand beside their figures (seed 003's 6.1 as typed;
 * src/domain/legacyImport/alignment.ts): nothing is written, and the message names the file, the sheet, the
 * heading's cell and the figure's cell, in the user's language.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/commands/import';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { runCommand, scratchDir } from './cliRun';

// Row 1 Prioritet … Ansvarlig in F1; row 2 the years and «Nye midler» two columns right of the figures under them:
// the 2,4 of new money in D3 stands under «Ansvarlig» (D1), «Nye midler» (F2) over the text «Helse» only.
const SHEET = [
  ['Prioritet', 'Tiltak', 'Kostnad – Mill kr.', 'Ansvarlig', 'Berørte planområder'],
  [null, null, '2011', null, null, 'Øk. plan Nye midler'],
  [1, 'Utvidelse miljøteam', 0.6, 2.4, 'Rådmannen', 'Helse'],
];

describe('tiltaksplan import, headings beside their figures', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(async () => {
    ({ dir, cleanup } = scratchDir());
    const wb = XlsxWorkbook.empty();
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'Tabell 6.1' },
      { kind: 'setCells', sheet: 'Tabell 6.1', origin: 'A1', values: SHEET },
    ]);
    writeFileSync(path.join(dir, 'gammel.xlsx'), await wb.toBuffer());
  });
  afterEach(() => cleanup());

  it.each([
    ['nb', '«Øk. plan Nye midler» (F2)', 'har tallet 2,4 under overskriften «Ansvarlig»', 'ingenting er skrevet'],
    ['en', '"Øk. plan Nye midler" (F2)', 'holds 2.4 under the heading "Ansvarlig"', 'nothing written'],
  ])('writes nothing and names file, sheet and both cells (%s)', async (lang, heading, figure, nothing) => {
    const result = await runCommand(run, ['gammel.xlsx', '--out', 'plan.xlsx', '--lang', lang], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('gammel.xlsx');
    expect(result.stderr).toContain('Tabell 6.1');
    expect(result.stderr).toContain(heading);
    expect(result.stderr).toContain(`D3 ${figure}`);
    expect(result.stderr).toContain(nothing);
    expect(readdirSync(dir)).toEqual(['gammel.xlsx']);
  });
});
