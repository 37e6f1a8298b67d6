/**
 * A budget officer marks a measure by colouring its whole row (click the row number, fill yellow): Excel writes the
 * style on the row (`<row s customFormat="1">`) and on its cells. A roll moves the rows up when a finished measure
 * leaves, so a look kept by row number would mark another measure (SPEC §11: what is anchored on the cells of the
 * rolled tables is not carried, and the roll names what went).
 *
 * By hand, from `new --example --start 2027`: tblTiltakDrift A1:U12, D-001 … D-011 on rows 2–12; D-002 (row 3) is an
 * Engangs measure with cost in 2027 only, so the roll takes it out and every measure below moves up one row. The
 * yellow row 5 holds D-004 before the roll; after it, row 4 holds D-004 and row 5 holds D-005. The row's own look
 * (which its empty cells take, in the table too) goes with the table's cells' looks; a cell the user typed beside the
 * table on that row (W5 «Kutt?», yellow) keeps its own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { run as newRun } from '../../src/cli/commands/new';
import { run } from '../../src/cli/commands/roll';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { appendFilledXf, solidFill } from '../fixtures/make/asExcel/xfs';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { runCommand, scratchDir } from './cliRun';

/** The example plan with row 5 of Tiltak drift (D-004) coloured yellow as a whole row; returns the yellow xf. */
function yellowRow(pkg: FixturePkg): number {
  const xf = appendFilledXf(pkg, 'FFFFFF00');
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => {
    const row = /<row r="5"[^>]*>.*?<\/row>/.exec(x)?.[0] ?? '';
    expect(row).toContain('D-004');
    const yellow = row
      .replace('<row r="5">', `<row r="5" s="${xf}" customFormat="1">`)
      .replace(/<c r="([A-Z]+5)"((?: t="\w+")?)(?: s="\d+")?/g, `<c r="$1"$2 s="${xf}"`)
      .replace('</row>', `<c r="W5" t="inlineStr" s="${xf}"><is><t>Kutt?</t></is></c></row>`);
    return x.replace(row, yellow);
  });
  return xf;
}

const YELLOW_FILL = solidFill('FFFFFF00');
const rowOf = (sheetXml: string, r: number): string =>
  new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(sheetXml)?.[0] ?? '';

describe('roll of a plan with a measure row coloured by the user', () => {
  it('leaves no measure in the rolled table with that colour, keeps the row beside the table, and says so', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
      const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(dir, 'plan.xlsx'))));
      const xf = yellowRow(pkg);
      writeFileSync(path.join(dir, 'gul.xlsx'), pkg.bytes());
      const result = await runCommand(run, ['gul.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const files = unzipSync(readFileSync(path.join(dir, 'rullert.xlsx')));
      const sheet = strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
      expect(rowOf(sheet, 4)).toContain('<t>D-004</t>');
      expect(rowOf(sheet, 5)).toContain('<t>D-005</t>');
      // No cell of the rolled table (A1:U10) carries the yellow fill (its own xf, or one the product derived from it
      // for an amount's number format): D-005 on row 5 is not marked by D-004's colour.
      const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
      const fills = [...(/<fills[^>]*>(.*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>.*?<\/fill>/g)];
      const yellowFill = fills.findIndex((f) => f[0] === YELLOW_FILL);
      const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)];
      const yellowXfs = new Set(xfs.flatMap((m, i) => (m[0].includes(` fillId="${yellowFill}"`) ? [i] : [])));
      expect(yellowXfs.has(xf)).toBe(true);
      const yellowCells = [...sheet.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*? s="(\d+)"/g)]
        .filter(
          (m) => yellowXfs.has(Number(m[3])) && Number(m[2]) <= 10 && (m[1] ?? '').length === 1 && (m[1] ?? '') <= 'U',
        )
        .map((m) => `${m[1]}${m[2]}`);
      expect(yellowCells).toEqual([]);
      // The row's own look is gone (its empty cells, T5 and U5 too, would show it on D-005); W5 keeps hers.
      expect(rowOf(sheet, 5)).toMatch(/^<row r="5">/);
      expect(rowOf(sheet, 5)).toContain(`<c r="W5" t="inlineStr" s="${xf}"><is><t>Kutt?</t></is></c>`);
      const line = cliText('notCarried', 'nb', { what: cliText('extra.cellFormats', 'nb', { sheet: 'Tiltak drift' }) });
      expect(result.stdout.split('\n')).toContain(line);
      expectValidOoxml(readFileSync(path.join(dir, 'rullert.xlsx')));
    } finally {
      cleanup();
    }
  });

  it('names the colour of cells the user filled one by one, which the rolled table does not keep', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
      const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(dir, 'plan.xlsx'))));
      yellowRow(pkg);
      // The cells of row 5 yellow, the row itself not (she selected A5:U5, not the row number).
      pkg.edit(pkg.sheetPart('Tiltak drift'), (x) => x.replace(/<row r="5" s="\d+" customFormat="1">/, '<row r="5">'));
      writeFileSync(path.join(dir, 'gul.xlsx'), pkg.bytes());
      const result = await runCommand(run, ['gul.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      const line = cliText('notCarried', 'nb', { what: cliText('extra.cellFormats', 'nb', { sheet: 'Tiltak drift' }) });
      expect(result.stdout.split('\n')).toContain(line);
      expect(result.stdout).not.toContain(cliText('extra.cellFormats', 'nb', { sheet: 'Tiltak investering' }));
    } finally {
      cleanup();
    }
  });

  it('says nothing of formats when the user coloured nothing', async () => {
    const { dir, cleanup } = scratchDir();
    try {
      expect((await runCommand(newRun, ['plan.xlsx', '--example', '--start', '2027'], dir)).code).toBe(0);
      const result = await runCommand(run, ['plan.xlsx', '--out', 'rullert.xlsx'], dir);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain(cliText('extra.cellFormats', 'nb', { sheet: 'Tiltak drift' }));
    } finally {
      cleanup();
    }
  });
});
