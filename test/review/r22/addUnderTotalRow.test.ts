/**
 * Review r22 (medium, browser pane): a measure cannot be added to a measure table that shows Excel's Total Row, and
 * the refusal names the table's own Total Row as content that is not the product's, for her to «move».
 *
 * What she did: the example (tblTiltakDrift A1:U12, 11 measures) in Excel; Table Design › Total Row on: row 13 is the
 * table's Total Row («Totalt» in ID, SUBTOTAL(109,…) under 2027; the table is A1:U13, totalsRowCount 1). A budget
 * officer's usual way to see the year's sum. In the browser pane she adds a measure (Ny bolig, Samfunn og
 * tjenester, 100 / 200 / 0 / 0). The pane says «Tiltaket kan ikke legges til ennå: Tiltak drift!A13 og Tiltak
 * drift!H13 har innhold som ikke er tiltaksplans, der den nye raden skal stå. Flytt innholdet …» — cells of the
 * Total Row, which cannot be moved; the only way is to turn the Total Row off first.
 *
 * Why wrong: SPEC §11 blocks a write only on a cell *typed by the user* next to or below a table; the Total Row is a
 * table setting (the snapshot says so: TableInfo.totalsRow). Excel itself adds a row to such a table above its Total
 * Row. The same was wrong for tblAvstemming and was put right there (review r17, docs/spec.md §10: the table made
 * again with its Total Row right under the new items); adding a measure (sheets/../measureEdits/add.ts) still takes
 * the Total Row for the user's cells.
 *
 * By hand: the new measure goes into row 13 (the row below the last measure, D-011 in row 12) as D-012, priority 6
 * in «Samfunn og tjenester» (D-001…D-005 hold 1…5); the table grows to A1:U14 with its Total Row moved to row 14,
 * still «Totalt» and SUBTOTAL(109,tblTiltakDrift[2027]), so it totals the new row too (row 14 is empty in the
 * example: nothing of hers is in the way).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { planAddMeasure, readPlan } from '../../../src/domain';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

const TOTAL = 'SUBTOTAL(109,tblTiltakDrift[2027])';

/** The example with tblTiltakDrift's Total Row on, as Excel saves it. */
async function withTotalRow(): Promise<Uint8Array> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  const table = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('name="tblTiltakDrift"'),
  );
  if (!table) throw new Error('no tblTiltakDrift');
  pkg.edit(table, (x) =>
    x
      .replace(
        'ref="A1:U12" totalsRowShown="0"><autoFilter ref="A1:U12"/>',
        'ref="A1:U13" totalsRowCount="1"><autoFilter ref="A1:U12"/>',
      )
      .replace('<tableColumn id="1" name="ID"/>', '<tableColumn id="1" name="ID" totalsRowLabel="Totalt"/>')
      .replace('<tableColumn id="8" name="2027"/>', '<tableColumn id="8" name="2027" totalsRowFunction="sum"/>'),
  );
  expect(pkg.text(table)).toContain('totalsRowCount="1"><autoFilter ref="A1:U12"/>');
  expect(pkg.text(table)).toContain('name="2027" totalsRowFunction="sum"');
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      /<row r="13">.*?<\/row>/,
      `<row r="13"><c r="A13" t="inlineStr"><is><t>Totalt</t></is></c><c r="H13" s="5"><f>${TOTAL}</f><v>2120</v></c></row>`,
    ),
  );
  return pkg.bytes();
}

test('add measure to a table with its Total Row on: written in row 13, the Total Row moved to row 14', async () => {
  const wb = await XlsxWorkbook.fromBuffer(await withTotalRow());
  const snapshot = await wb.read();
  expect(snapshot.tables.find((t) => t.name === 'tblTiltakDrift')).toEqual(
    expect.objectContaining({ ref: 'A1:U12', totalsRow: true }),
  );
  const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
  const row = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };
  const planned = planAddMeasure(plan, 'operating', row, snapshot);
  expect(planned.ok).toBe(true);
  if (!planned.ok) return;
  await wb.apply(planned.edits);
  const after = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  const read = await after.read();
  expect(read.tables.find((t) => t.name === 'tblTiltakDrift')).toEqual(
    expect.objectContaining({ ref: 'A1:U13', totalsRow: true }),
  );
  const sheet = read.sheets.find((s) => s.sheet === 'Tiltak drift');
  expect(sheet?.values[12]?.slice(0, 5)).toEqual(['D-012', 'Samfunn og tjenester', 6, null, 'Ny bolig']);
  expect(sheet?.values[12]?.slice(7, 11)).toEqual([100, 200, 0, 0]);
  expect(sheet?.values[13]?.[0]).toBe('Totalt');
  expect(sheet?.formulas?.[13]?.[7]).toBe(`=${TOTAL}`);
});

test('a note of hers right under the Total Row stops the add, named; the Total Row’s own cells are not', async () => {
  const pkg = new FixturePkg(await withTotalRow());
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(
      /(<row r="13">.*?<\/row>)(<row r="14"[^>]*\/>|<row r="14".*?<\/row>)?/,
      (_, total: string) =>
        `${total}<row r="14"><c r="C14" t="inlineStr"><is><t>Sjekk med rådmannen</t></is></c></row>`,
    ),
  );
  const snapshot = await (await XlsxWorkbook.fromBuffer(pkg.bytes())).read();
  expect(snapshot.sheets.find((s) => s.sheet === 'Tiltak drift')?.values[13]?.[2]).toBe('Sjekk med rådmannen');
  const plan = readPlan(snapshot, { defaultStartYear: 2027 }).plan;
  const row = { values: { measure: 'Ny bolig', section: 'Samfunn og tjenester' }, years: [100, 200, 0, 0] };
  // The Total Row would move onto C14: hers, named; A13 and H13 (the Total Row) are the table's.
  expect(planAddMeasure(plan, 'operating', row, snapshot)).toEqual({
    ok: false,
    blocked: [{ sheet: 'Tiltak drift', cell: 'C14' }],
  });
});
