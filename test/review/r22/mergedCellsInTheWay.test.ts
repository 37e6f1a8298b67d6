/**
 * Review r22 (serious, file path; fixed): a write that grows one of the product's blocks over a range the user merged
 * writes across the merge. The product's table then overlaps merged cells, which Excel does not allow in a table:
 * opening the file, Excel says it found a problem with some content and removes the table («Removed Feature: Table
 * from /xl/tables/table6.xml part»), and the values written under the merge (all but its top-left cell) are hidden.
 *
 * What she did: the example (2027–2030, 1000 kr) as the product writes it. Under a table she merged a few empty cells
 * (Home › Merge & Center, to type a note there later): A13:E13 right under tblTiltakDrift (A1:U12), or A58:D58 on
 * Avstemming, right under tblAvstemming (A1:P57, 56 items).
 * - In the browser pane she adds a measure: planAddMeasure writes it into row 13 and grows the table to A1:U13 over
 *   the merge: «D-012» fills A13:E13, Seksjon (B13), Prioritet (C13) and Tiltak (E13) are under the merge.
 * - D-002 (Engangs, 300 in 2027, financed by Endret drift) is moved to Nye midler, frame R3: one item more
 *   («Tiltak mangler i økonomiplanen», D-002: no economy plan line has Ref D-002 or its Ref. «2»), 56 + 1 = 57 items,
 *   so check --write writes tblAvstemming as A1:P58 over the merge A58:D58.
 *
 * Why wrong: SPEC §11 — a write never leaves a workbook Excel must repair, and what the user placed next to or below
 * a product table is written around or refused with a message naming the cell. A merged range is hers as a typed
 * cell is; the planners only look at values (sheets/userCells.ts userCellsIn), though the file adapter reads the
 * merges into the snapshot (SheetSnapshot.merges).
 *
 * By hand: the row the measure would take is 13, where the merge A13:E13 starts: blocked, naming Tiltak drift!A13.
 * The new table would end at row 58, where the merge A58:D58 starts: check --write writes nothing and names
 * Avstemming!A58 (exit 2, as for a typed note there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { planAddMeasure, readPlan } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

/** The example as `new --example` then `check --write --in-place` leave it, as bytes, and its folder. */
async function example(): Promise<{ bytes: Uint8Array; cwd: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  return { bytes: new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))), cwd: io.cwd };
}

/** The table part that defines `name`. */
function tablePart(pkg: FixturePkg, name: string): string {
  const part = Object.keys(pkg.files).find((n) => n.startsWith('xl/tables/') && pkg.text(n).includes(`name="${name}"`));
  if (!part) throw new Error(`no table ${name}`);
  return part;
}

/** Merges `range` (empty cells) on `sheet`: <mergeCells> right after <sheetData>, where the schema puts it. */
function merge(pkg: FixturePkg, sheet: string, range: string): void {
  pkg.edit(pkg.sheetPart(sheet), (x) => {
    if (x.includes('<mergeCells')) throw new Error(`${sheet} has merges already`);
    return x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`);
  });
}

describe('a range the user merged where a product block grows', () => {
  test('add measure (browser pane): blocked by the merge A13:E13 under tblTiltakDrift', async () => {
    const pkg = new FixturePkg((await example()).bytes);
    expect(pkg.text(pkg.sheetPart('Tiltak drift'))).not.toContain('<c r="A13"');
    merge(pkg, 'Tiltak drift', 'A13:E13');
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    const snapshot = await wb.read();
    const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
    expect(plan.layouts.operating?.lastDataRow).toBe(12);
    const row = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };
    expect(planAddMeasure(plan, 'operating', row, snapshot)).toEqual({
      ok: false,
      blocked: [{ sheet: 'Tiltak drift', cell: 'A13', merged: { range: 'A13:E13', writes: 'A13' } }],
    });
  });

  test('check --write: nothing written, Avstemming!A58 (the merge A58:D58) named', async () => {
    const { bytes, cwd } = await example();
    const pkg = new FixturePkg(bytes);
    const drift = pkg.sheetPart('Tiltak drift');
    // D-002: Endret drift 300 → 0, Nye midler 0 → 300, Rammeområde R3 (after Berørte planområder in S3).
    pkg.edit(drift, (x) =>
      x
        .replace('<c r="O3" s="5"><v>300</v></c>', '<c r="O3" s="5"><v>0</v></c>')
        .replace('<c r="Q3" s="5"><v>0</v></c>', '<c r="Q3" s="5"><v>300</v></c>')
        .replace(
          /(<c r="S3"[^>]*><is><t>[^<]*<\/t><\/is><\/c>)(<\/row>)/,
          '$1<c r="T3" t="inlineStr"><is><t>R3</t></is></c>$2',
        ),
    );
    expect(pkg.text(drift)).toContain('<c r="T3" t="inlineStr"><is><t>R3</t></is></c></row>');
    expect(pkg.text(tablePart(pkg, 'tblAvstemming'))).toContain('ref="A1:P57"');
    merge(pkg, 'Avstemming', 'A58:D58');
    writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
    const io = testIo({ cwd });
    expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('Avstemming!A58');
    expect(io.files()).not.toContain('ut.xlsx');
  });
});
