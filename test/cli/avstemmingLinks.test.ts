/**
 * A hyperlink on a cell of the user's own column of tblAvstemming stays at its address when check --write puts
 * another item on that row (her column's text goes with its item; the link is anchored by address): it is named
 * for her to check, never left silently beside the wrong item.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { OpcPackage } from '../../src/workbook/xlsx/package';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

function avPart(pkg: OpcPackage): string {
  const wbx = pkg.text('xl/workbook.xml');
  const rid = /<sheet [^>]*name="Avstemming"[^>]*r:id="([^"]+)"/.exec(wbx)?.[1] ?? '';
  const rels = pkg.text('xl/_rels/workbook.xml.rels');
  const rel = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(rels)?.[0] ?? '';
  return 'xl/' + (/Target="([^"]+)"/.exec(rel)?.[1] ?? '').replace(/^\/?(xl\/)?/, '');
}

/**
 * The plan checked and written once; then the user's edit: the body rows moved up one and the first item put last
 * (`sorted`), «Saksnr» added in Q with 2027/123 on that last row, and an internal hyperlink on the Q cell of row
 * `linkRow` (of `rows` rows, header included).
 */
async function userEdited(sorted: boolean, linkRow: (rows: number) => number) {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const first = (await wb.read()).sheets.find((s) => s.sheet === 'Avstemming')?.values ?? [];
  const rows = first.length;
  const body = sorted ? [...first.slice(2), first[1] ?? []] : first.slice(1);
  await wb.apply([
    { kind: 'deleteOwnedTable', name: 'tblAvstemming' },
    {
      kind: 'setCells',
      sheet: 'Avstemming',
      origin: 'A2',
      values: body.map((r) => r.slice(0, 16).map((v) => (typeof v === 'object' && v !== null ? null : v))),
    },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Saksnr']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: `Q${rows}`, values: [['2027/123']] },
    { kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: `A1:Q${rows}` },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const pkg = OpcPackage.fromZip(readFileSync(file));
  const part = avPart(pkg);
  const xml = pkg.text(part);
  const at = `Q${linkRow(rows)}`;
  const link = `<hyperlinks><hyperlink ref="${at}" location="'Tiltak drift'!A2" display="2027/123"/></hyperlinks>`;
  pkg.setText(
    part,
    xml.includes('<pageMargins')
      ? xml.replace('<pageMargins', `${link}<pageMargins`)
      : xml.replace('</worksheet>', `${link}</worksheet>`),
  );
  writeFileSync(file, pkg.toZip());
  return { cwd: io.cwd, at };
}

it('names the link left on Q when her row goes back to its item, and says what to check', async () => {
  const { cwd, at } = await userEdited(true, (rows) => rows);
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  // The item she put last (row `rows`) is written first again (row 2): 2027/123 goes to Q2, the link stays on
  // Q{rows}, now beside the item that was on row 3 before her sort.
  const vals = (await (await XlsxWorkbook.fromBuffer(readFileSync(path.join(cwd, 'plan.xlsx')))).read()).sheets.find(
    (s) => s.sheet === 'Avstemming',
  )?.values;
  expect(vals?.[1]?.[16]).toBe('2027/123');
  expect(io.err()).toContain(`Avstemming!${at}`);
  // Only that one link, once.
  expect(io.err().match(/hyperkobling/gi)).toHaveLength(1);
  expect(io.err()).toMatch(/hyperkobling/i);
});

it('names nothing when the rows keep their items', async () => {
  const { cwd } = await userEdited(false, (rows) => rows);
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  expect(io.err()).not.toMatch(/hyperkobling/i);
});
