/**
 * check --write refused by a range she merged where tblAvstemming grows (SPEC §11): the message names the merge and
 * the cell the product writes, whether the merge is empty or holds her text — not «… har innhold», which an empty
 * merge has not (the owner's decision).
 *
 * By hand (as review r22): the example after check --write has tblAvstemming A1:P57; D-002 given Nye midler 300 and
 * Rammeområde R3 adds items, so the table grows to row 58, where her merge A58:D58 stands.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

/** The example after check --write, D-002 moved to new money in R3, her merge A58:D58 (with `text` in A58). */
async function mergedUnderAvstemming(text: string | null): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x
      .replace('<c r="O3" s="5"><v>300</v></c>', '<c r="O3" s="5"><v>0</v></c>')
      .replace('<c r="Q3" s="5"><v>0</v></c>', '<c r="Q3" s="5"><v>300</v></c>')
      .replace(
        /(<c r="S3"[^>]*><is><t>[^<]*<\/t><\/is><\/c>)(<\/row>)/,
        '$1<c r="T3" t="inlineStr"><is><t>R3</t></is></c>$2',
      ),
  );
  pkg.edit(pkg.sheetPart('Avstemming'), (x) => {
    expect(x).not.toContain('<mergeCells');
    const row = text === null ? '' : `<row r="58"><c r="A58" t="inlineStr"><is><t>${text}</t></is></c></row>`;
    return x.replace('</sheetData>', `${row}</sheetData><mergeCells count="1"><mergeCell ref="A58:D58"/></mergeCells>`);
  });
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const run = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run)).toBe(2);
  expect(run.files()).not.toContain('ut.xlsx');
  return run.out() + run.err();
}

const SAID =
  'plan.xlsx: Ingenting er skrevet. Avstemming!A58:D58 er slått sammen, og Tiltaksplan skal skrive i A58. ' +
  'Opphev sammenslåingen, og kjør igjen.';

test('an empty merge: named as merged, not as a cell with content', async () => {
  const said = await mergedUnderAvstemming(null);
  expect(said).toContain(SAID);
  expect(said).not.toContain('har innhold');
});

test('a merge holding her text: the same, the merge named whole (not its first cell alone)', async () => {
  const said = await mergedUnderAvstemming('notat');
  expect(said).toContain(SAID);
  expect(said).not.toContain('har innhold');
});
