/**
 * check --write on a file whose tblAvstemming shows Excel's Total Row (review r17, file path): the Total Row is the
 * table's, not a cell she typed under it. The new items are written above it, and it stays the table's Total Row,
 * with its label and its SUBTOTAL over the whole Avvik column, its column's function kept in the table part.
 *
 * By hand on clean-plan.xlsx: the first run writes A1:P16, header + 15 items. She turns on the Total Row (row 17:
 * «Summer» in A17, SUBTOTAL(109,tblAvstemming[Avvik]) in K17, the table part A1:P17 with totalsRowCount="1"), and a
 * line is added to tblOkonomiplan (Drift · Tiltak · ØP27-900 · «Ny linje» · 100 / 100 / 100 / 100): no measure has
 * it, one item more, Tiltaksplan 0, Økonomiplan 400, Avvik −400. So the new table's body is rows 2–17 (16 items),
 * its Total Row row 18, and the table part A1:P18.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');

const tablePart = (pkg: FixturePkg, name: string): string => {
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes(`displayName="${name}"`),
  );
  if (!part) throw new Error(`no ${name}`);
  return part;
};

/** clean-plan.xlsx written once, its tblAvstemming given a Total Row (row 17, `hidden` by her), and `line`: ØP27-900 added. */
async function withTotalRow(line: boolean, hidden = false) {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  pkg.edit(tablePart(pkg, 'tblAvstemming'), (x) =>
    x
      .replace(/ ref="A1:P16"[^>]*?>/, ' ref="A1:P17" totalsRowCount="1">')
      .replace(/(<tableColumn [^>]*name="Alvor")/, '$1 totalsRowLabel="Summer"')
      .replace(/(<tableColumn [^>]*name="Avvik")/, '$1 totalsRowFunction="sum"'),
  );
  const totals =
    `<row r="17"${hidden ? ' hidden="1"' : ''}><c r="A17" t="inlineStr"><is><t>Summer</t></is></c>` +
    '<c r="K17"><f>SUBTOTAL(109,tblAvstemming[Avvik])</f><v>0</v></c></row>';
  pkg.edit(pkg.sheetPart('Avstemming'), (x) => x.replace('</sheetData>', `${totals}</sheetData>`));
  writeFileSync(file, pkg.bytes());
  const read = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  expect(read.tables.find((t) => t.name === 'tblAvstemming')).toMatchObject({ ref: 'A1:P16', totalsRow: true });
  if (line) {
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
    await wb.apply([
      {
        kind: 'setCells',
        sheet: 'Økonomiplan',
        origin: 'A8',
        values: [['Drift', 'Tiltak', 'ØP27-900', null, null, 'Ny linje', 100, 100, 100, 100]],
      },
      { kind: 'resizeTable', name: 'tblOkonomiplan', ref: 'A1:J8' },
    ]);
    await saveXlsxFile(wb, file, 'replace');
  }
  return { io, file };
}

const partOf = (file: string) => {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  return pkg.text(tablePart(pkg, 'tblAvstemming'));
};

it('one item more: written above the Total Row, which stays the table’s, label and SUBTOTAL kept', async () => {
  const { io, file } = await withTotalRow(true);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
  const snap = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  expect(snap.tables.find((t) => t.name === 'tblAvstemming')).toMatchObject({ ref: 'A1:P17', totalsRow: true });
  const sheet = snap.sheets.find((s) => s.sheet === 'Avstemming');
  const values = sheet?.values ?? [];
  const line = values.findIndex((r) => r[3] === 'ØP27-900');
  expect(line + 1).toBeGreaterThanOrEqual(2);
  expect(line + 1).toBeLessThanOrEqual(17);
  expect([values[line]?.[8], values[line]?.[9], values[line]?.[10]]).toEqual([0, 400, -400]);
  expect(values.findIndex((r) => r[0] === 'Summer') + 1).toBe(18);
  expect(sheet?.formulas?.[17]?.[10]).toBe('=SUBTOTAL(109,tblAvstemming[Avvik])');
  // Its sum shown as the Avvik above it are (clean-plan.xlsx is in 1000 kr: #,##0).
  expect([sheet?.numberFormats?.[16]?.[10], sheet?.numberFormats?.[17]?.[10]]).toEqual(['#,##0', '#,##0']);
  const part = partOf(file);
  expect(part).toMatch(/ ref="A1:P18"/);
  expect(part).toMatch(/totalsRowCount="1"/);
  expect(part).toMatch(/<autoFilter ref="A1:P17"/);
  expect(part).toMatch(/<tableColumn [^>]*name="Avvik"[^>]*totalsRowFunction="sum"/);
  expect(part).toMatch(/<tableColumn [^>]*name="Alvor"[^>]*totalsRowLabel="Summer"/);
});

it('the same items: the Total Row stays where it was, the table’s still', async () => {
  const { io, file } = await withTotalRow(false);
  const out = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], out)).toBe(0);
  const snap = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  expect(snap.tables.find((t) => t.name === 'tblAvstemming')).toMatchObject({ ref: 'A1:P16', totalsRow: true });
  const sheet = snap.sheets.find((s) => s.sheet === 'Avstemming');
  expect(sheet?.values[16]?.[0]).toBe('Summer');
  expect(sheet?.formulas?.[16]?.[10]).toBe('=SUBTOTAL(109,tblAvstemming[Avvik])');
  expect(partOf(file)).toMatch(/ ref="A1:P17"/);
});

it('a Total Row she hid is shown again, and the item that comes to its row (a control: as the Excel path now does)', async () => {
  const { io, file } = await withTotalRow(true, true);
  const hiddenRows = () => {
    const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
    return [...pkg.text(pkg.sheetPart('Avstemming')).matchAll(/<row [^>]*>/g)]
      .filter((m) => / hidden="(1|true)"/.test(m[0]))
      .map((m) => Number(/ r="(\d+)"/.exec(m[0])?.[1]));
  };
  expect(hiddenRows()).toEqual([17]);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
  const values = (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find(
    (s) => s.sheet === 'Avstemming',
  )?.values;
  // Row 17: the last item, P-1001's Lån (row 16 before ØP27-900 came in above it).
  expect([values?.[16]?.[1], values?.[16]?.[3], values?.[16]?.[7]]).toEqual([
    'Finansiering per prosjekt',
    'P-1001',
    'Lån',
  ]);
  expect(values?.[17]?.[0]).toBe('Summer'); // row 18: her Total Row
  expect(hiddenRows()).toEqual([]);
});
