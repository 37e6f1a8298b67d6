/**
 * A million rows of one note each below the operating table (a 5 MB file): `check` reads the sheet only
 * down to the table and gives the clean plan's report; `check --write` copies that sheet as it was; a read
 * of the whole workbook (`import`) refuses it with a reason instead of running out of memory.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { CLEAN_PLAN } from '../fixtures/make/plans';
import { snapshotBytes } from '../fixtures/make/snapshotToXlsx';
import { editPart, sheetPartName } from '../fixtures/make/zipPatch';
import { canonicalSnapshot } from '../helpers/workbook';
import { testIo, type TestIo } from './testIo';

const ROWS = 1_000_000;

let io: TestIo;
let driftPart = '';

beforeAll(async () => {
  io = testIo();
  const clean = await snapshotBytes(canonicalSnapshot(CLEAN_PLAN));
  writeFileSync(path.join(io.cwd, 'ren.xlsx'), clean);
  driftPart = sheetPartName(unzipSync(clean), 'Tiltak drift');
  const notes: string[] = [];
  for (let r = 100; r < 100 + ROWS; r++)
    notes.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>notat</t></is></c></row>`);
  const big = editPart(clean, driftPart, (xml) => xml.replace('</sheetData>', `${notes.join('')}</sheetData>`));
  writeFileSync(path.join(io.cwd, 'notater.xlsx'), big);
}, 120_000);

afterAll(() => rmSync(io.cwd, { recursive: true, force: true }));

describe('a million rows below a table', () => {
  it('is a file of a few megabytes', () => {
    const size = readFileSync(path.join(io.cwd, 'notater.xlsx')).length;
    expect(size).toBeGreaterThan(2_000_000);
    expect(size).toBeLessThan(10_000_000);
  });

  it('checks like the plan without them', async () => {
    const clean = testIo({ cwd: io.cwd });
    const codeClean = await main(['check', 'ren.xlsx', '--format', 'json'], clean);
    const big = testIo({ cwd: io.cwd });
    const codeBig = await main(['check', 'notater.xlsx', '--format', 'json'], big);
    expect(codeBig).toBe(codeClean);
    const strip = (json: string) => ({ ...(JSON.parse(json) as Record<string, unknown>), file: '' });
    expect(strip(big.out())).toEqual(strip(clean.out()));
  });

  it('check --write leaves that sheet as it was, byte for byte', async () => {
    const run = testIo({ cwd: io.cwd });
    await main(['check', 'notater.xlsx', '--write', '--out', 'kontrollert.xlsx'], run);
    expect(run.err()).toContain('kontrollert.xlsx');
    const before = unzipSync(readFileSync(path.join(io.cwd, 'notater.xlsx')));
    const after = unzipSync(readFileSync(path.join(io.cwd, 'kontrollert.xlsx')));
    expect(strFromU8(after[driftPart] ?? new Uint8Array()) === strFromU8(before[driftPart] ?? new Uint8Array())).toBe(
      true,
    );
  });

  it('is refused by a read of the whole workbook, with the reason and the sheet where it stopped', async () => {
    const run = testIo({ cwd: io.cwd });
    expect(await main(['import', 'notater.xlsx', '--out', 'ut.xlsx'], run)).toBe(2);
    const reason = cliText('reason.too-many-cells-sheet', 'nb', { sheet: 'Tiltak drift' });
    expect(run.err()).toBe(`${cliText('unreadable', 'nb', { file: 'notater.xlsx', reason })}\n`);
    expect(run.err()).toContain('1 million utfylte celler');
    expect(run.err()).toContain('arket «Tiltak drift»');
    expect(run.files()).not.toContain('ut.xlsx');
  });
});
