/**
 * check --economy-plan --write on an economy plan whose «Avstemming planer» shows Excel's Total Row (SPEC §15, written
 * by the rule of Avstemming: test/cli/avstemmingTotalRow.test.ts). The Total Row is the table's, not a cell she typed
 * under it: the new items go above it, and it stays the table's Total Row with its label and SUBTOTAL, shown again when
 * she had hidden it (an item may come to its row). Rows she or her filter hid in the table are shown, as on Avstemming.
 *
 * By hand on the kommune (scripts/make-kommune.ts): helse.xlsx and boligsosial.xlsx give 15 items, A1:N16 (X-17 on
 * row 16). She turns on the Total Row (row 17: «Summer» in A17, SUBTOTAL(109,tblAvstemmingPlaner[Avvik]) in J17, the
 * table part A1:N17 with totalsRowCount="1"). Run again with helse.xlsx alone: 16 items (rows 2–17, X-17 on row 17,
 * test/cli/consolidationLooks.test.ts), so the Total Row is row 18 and the table part A1:N18. With both plans again:
 * the same 15 items, the Total Row stays on row 17.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { makeKommune } from '../../scripts/make-kommune';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

jest.setTimeout(60_000);

const SHEET = 'Avstemming planer';
const TABLE = 'tblAvstemmingPlaner';
const SUM = '=SUBTOTAL(109,tblAvstemmingPlaner[Avvik])';
const BOTH = ['check', 'helse.xlsx', 'boligsosial.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];
const HELSE = ['check', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];

const tablePart = (pkg: FixturePkg): string => {
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes(`displayName="${TABLE}"`),
  );
  if (!part) throw new Error(`no ${TABLE}`);
  return part;
};

const pkgOf = (file: string) => new FixturePkg(new Uint8Array(readFileSync(file)));

/** The rows of the sheet marked hidden in the file. */
const hiddenRows = (file: string): number[] => {
  const pkg = pkgOf(file);
  const xml = pkg.text(pkg.sheetPart(SHEET));
  return [...xml.matchAll(/<row [^>]*>/g)]
    .filter((m) => / hidden="(1|true)"/.test(m[0]))
    .map((m) => Number(/ r="(\d+)"/.exec(m[0])?.[1]));
};

/** The kommune written once with both plans, its «Avstemming planer» given a Total Row on row 17, hidden if asked. */
async function withTotalRow(hidden: boolean) {
  const io = testIo();
  await makeKommune(io.cwd);
  const file = path.join(io.cwd, 'okonomiplan.xlsx');
  expect(await main(BOTH, io)).toBe(1);
  const pkg = pkgOf(file);
  pkg.edit(tablePart(pkg), (x) =>
    x
      .replace(/ ref="A1:N16"[^>]*?>/, ' ref="A1:N17" totalsRowCount="1">')
      .replace(/(<tableColumn [^>]*name="Alvor")/, '$1 totalsRowLabel="Summer"')
      .replace(/(<tableColumn [^>]*name="Avvik")/, '$1 totalsRowFunction="sum"'),
  );
  const totals =
    `<row r="17"${hidden ? ' hidden="1"' : ''}><c r="A17" t="inlineStr"><is><t>Summer</t></is></c>` +
    '<c r="J17"><f>SUBTOTAL(109,tblAvstemmingPlaner[Avvik])</f><v>-8150</v></c></row>';
  pkg.edit(pkg.sheetPart(SHEET), (x) => x.replace('</sheetData>', `${totals}</sheetData>`));
  writeFileSync(file, pkg.bytes());
  const read = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  expect(read.tables.find((t) => t.name === TABLE)).toMatchObject({ ref: 'A1:N16', totalsRow: true });
  expect(hiddenRows(file)).toEqual(hidden ? [17] : []);
  return { io, file };
}

const sheetOf = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find((s) => s.sheet === SHEET);

describe('check --economy-plan --write: her Total Row on «Avstemming planer»', () => {
  it('one item more: written above the Total Row, which stays the table’s, label and SUBTOTAL kept', async () => {
    const { io, file } = await withTotalRow(false);
    const again = testIo({ cwd: io.cwd });
    expect(await main(HELSE, again)).toBe(1);
    const snap = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
    expect(snap.tables.find((t) => t.name === TABLE)).toMatchObject({ ref: 'A1:N17', totalsRow: true });
    const sheet = snap.sheets.find((s) => s.sheet === SHEET);
    // Row 17: X-17 (E Ref, J Avvik −600); row 18: her Total Row.
    expect([sheet?.values[16]?.[4], sheet?.values[16]?.[9]]).toEqual(['X-17', -600]);
    expect(sheet?.values[17]?.[0]).toBe('Summer');
    expect(sheet?.formulas?.[17]?.[9]).toBe(SUM);
    // Its sum shown as the Avvik above it are (the kommune's economy plan is in 1000 kr: #,##0).
    expect(sheet?.numberFormats?.[17]?.[9]).toBe('#,##0');
    const part = pkgOf(file).text(tablePart(pkgOf(file)));
    expect(part).toMatch(/ ref="A1:N18"/);
    expect(part).toMatch(/totalsRowCount="1"/);
    expect(part).toMatch(/<tableColumn [^>]*name="Avvik"[^>]*totalsRowFunction="sum"/);
    expect(part).toMatch(/<tableColumn [^>]*name="Alvor"[^>]*totalsRowLabel="Summer"/);
    expect(again.err()).not.toContain(`${SHEET}!A17`);
  });

  it('the same items: the Total Row stays on row 17, the table’s still', async () => {
    const { io, file } = await withTotalRow(false);
    expect(await main(BOTH, testIo({ cwd: io.cwd }))).toBe(1);
    const sheet = await sheetOf(file);
    expect(sheet?.values[15]?.[4]).toBe('X-17');
    expect(sheet?.values[16]?.[0]).toBe('Summer');
    expect(sheet?.formulas?.[16]?.[9]).toBe(SUM);
    expect(pkgOf(file).text(tablePart(pkgOf(file)))).toMatch(/ ref="A1:N17"/);
  });

  it('a Total Row she hid is shown again, and X-17, which comes to its row', async () => {
    const { io, file } = await withTotalRow(true);
    expect(await main(HELSE, testIo({ cwd: io.cwd }))).toBe(1);
    const sheet = await sheetOf(file);
    expect(sheet?.values[16]?.[4]).toBe('X-17');
    expect(sheet?.values[17]?.[0]).toBe('Summer');
    expect(hiddenRows(file)).toEqual([]);
  });
});

describe('check --economy-plan --write: rows she or her filter hid in «Avstemming planer»', () => {
  it('are shown again and the filter goes, as on Avstemming (a control: the file path did so before)', async () => {
    const io = testIo();
    await makeKommune(io.cwd);
    const file = path.join(io.cwd, 'okonomiplan.xlsx');
    expect(await main(BOTH, io)).toBe(1);
    const pkg = pkgOf(file);
    // Her filter on Klasse shows «Avvik» only: rows 3–8 (R2 2027–2030, R3 2027–2028, «Samsvar») hidden; row 16 by hand.
    pkg.edit(tablePart(pkg), (x) =>
      x.replace(
        '<autoFilter ref="A1:N16"/>',
        '<autoFilter ref="A1:N16"><filterColumn colId="2"><filters><filter val="Avvik"/></filters></filterColumn></autoFilter>',
      ),
    );
    const hide = new Set([3, 4, 5, 6, 7, 8, 16]);
    pkg.edit(pkg.sheetPart(SHEET), (x) =>
      x.replace(/<row r="(\d+)"/g, (m, r: string) => (hide.has(Number(r)) ? `${m} hidden="1"` : m)),
    );
    writeFileSync(file, pkg.bytes());
    expect(hiddenRows(file)).toEqual([3, 4, 5, 6, 7, 8, 16]);

    const again = testIo({ cwd: io.cwd });
    expect(await main(HELSE, again)).toBe(1);

    expect(hiddenRows(file)).toEqual([]);
    expect(pkgOf(file).text(tablePart(pkgOf(file)))).not.toMatch(/filterColumn/);
    // Said, once, naming the table and its sheet (SPEC §10 as built); helse.xlsx's Avstemming had nothing hidden.
    expect(
      again
        .err()
        .split('\n')
        .filter((l) => l.includes('skjul')),
    ).toEqual([
      'okonomiplan.xlsx: Filteret på tabellen tblAvstemmingPlaner på arket «Avstemming planer» er fjernet, og skjulte rader vises igjen, så ingen post står skjult (postene skrives på nytt, og en skjult rad kunne fått en annen post). Sett filteret på igjen i Excel om du vil ha det.',
    ]);
    // R2 2027 moved up to row 2, X-17 to row 17 (consolidationLooks.test.ts): every row of the new table is shown.
    const sheet = await sheetOf(file);
    expect([sheet?.values[1]?.[4], sheet?.values[1]?.[5], sheet?.values[16]?.[4]]).toEqual(['R2', 2027, 'X-17']);
  });
});
