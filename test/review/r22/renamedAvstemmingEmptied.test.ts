/**
 * Review r22 (medium, file path; fixed): check --write empties a reconciliation sheet the user renamed and writes the
 * table on a new sheet «Avstemming», without a word.
 *
 * What she did: the example (2027–2030) with Avstemming written (tblAvstemming A1:P57, 56 items). In Excel she
 * renamed the sheet «Avstemming» to «Avstemming 2026» (a name of her choosing; the table inside is still
 * tblAvstemming). She runs `check plan.xlsx --write --out ut.xlsx`.
 *
 * What she gets: tblAvstemming is deleted from «Avstemming 2026» and its cells emptied there (what she put on the
 * sheet — a link, a conditional format, widths, a frozen pane — stays over an empty range), a sheet «Avstemming» is
 * added at the end with the table, and the run says only «Skrev Sammendrag og Avstemming til ut.xlsx.». Had she
 * renamed it to keep last year's reconciliation, that is gone from the sheet that bears her name; had she renamed it
 * because she prefers the name, she now has two sheets, one of them empty.
 *
 * Why wrong: SPEC §2 — tables are found by table name first, then by sheet name; §11 — the product changes only what
 * it owns and a renamed sheet is where its table is (a roll writes the measure tables on the sheets that hold them,
 * «a renamed sheet keeps its name», docs/spec.md §11). sheets/reconciliation.ts plans the table on SHEETS.reconciliation
 * always, and clears the old one wherever it was found.
 *
 * By hand: the plan has not changed since the last write, so the same 56 items: tblAvstemming stays on «Avstemming
 * 2026» as A1:P57, and the workbook's sheets are the ones it had — no «Avstemming» added.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

/** The example with Avstemming written and its sheet renamed «Avstemming 2026» in Excel; `edit` more of the package. */
async function renamed(edit: (pkg: FixturePkg) => void = () => {}) {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  pkg.edit('xl/workbook.xml', (x) => x.replace('<sheet name="Avstemming"', '<sheet name="Avstemming 2026"'));
  edit(pkg);
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  return { io, pkg };
}

test('tblAvstemming on a renamed sheet is written there; no sheet «Avstemming» is added', async () => {
  const { io, pkg } = await renamed();
  const before = await (await XlsxWorkbook.fromBuffer(pkg.bytes())).read();
  expect(before.tables.find((t) => t.name === 'tblAvstemming')).toEqual(
    expect.objectContaining({ sheet: 'Avstemming 2026', ref: 'A1:P57' }),
  );
  const sheets = before.sheets.map((s) => s.sheet);
  expect(sheets).not.toContain('Avstemming');

  const run = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run)).toBe(1);
  const after = await (await XlsxWorkbook.fromBuffer(readFileSync(path.join(io.cwd, 'ut.xlsx')))).read();
  expect(after.sheets.map((s) => s.sheet)).toEqual(sheets);
  expect(after.tables.find((t) => t.name === 'tblAvstemming')).toEqual(
    expect.objectContaining({ sheet: 'Avstemming 2026', ref: 'A1:P57' }),
  );
});

test('written there, it grows onto nothing of hers: a note under it on the renamed sheet stops the write', async () => {
  // D-002 moved to Nye midler (R3) makes one item more (56 + 1 = 57: A1:P58, see mergedCellsInTheWay.test.ts), and
  // she typed a note in A58 of «Avstemming 2026», right under the table (A1:P57).
  const { io } = await renamed((pkg) => {
    pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
      x
        .replace('<c r="O3" s="5"><v>300</v></c>', '<c r="O3" s="5"><v>0</v></c>')
        .replace('<c r="Q3" s="5"><v>0</v></c>', '<c r="Q3" s="5"><v>300</v></c>')
        .replace(
          /(<c r="S3"[^>]*><is><t>[^<]*<\/t><\/is><\/c>)(<\/row>)/,
          '$1<c r="T3" t="inlineStr"><is><t>R3</t></is></c>$2',
        ),
    );
    pkg.edit(pkg.sheetPart('Avstemming 2026'), (x) =>
      x.replace(
        '</sheetData>',
        '<row r="58"><c r="A58" t="inlineStr"><is><t>Merknad: gjennomgått</t></is></c></row></sheetData>',
      ),
    );
  });
  const run = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run)).toBe(2);
  expect(run.err()).toContain('Avstemming 2026!A58');
  expect(run.files()).not.toContain('ut.xlsx');
});
