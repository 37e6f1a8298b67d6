/**
 * A roll of a plan whose settings, lists or plan items the reader finds other than as the product's own Excel tables
 * (rollover/inPlace.ts): their cells back from Google Sheets or LibreOffice without the table parts (review r34), or
 * a list table the user renamed. They stay where they stand, byte for byte; of the settings only the values the roll
 * changes are written, into the Verdi cells the reader reads: Første planår 2027 → 2028 (B2) and Prisnivå «faste
 * 2027-kroner» → «faste 2028-kroner» (B5) in the example (2027–2030, 1000 kr; tblInnstillinger A1:B8).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { exampleWithout, periodOf } from '../review/r34/plainRanges';
import { testIo, type TestIo } from './testIo';

const ALL = [
  'tblInnstillinger',
  'tblSeksjoner',
  'tblPlanomrader',
  'tblRammeomrader',
  'tblAnsvarlige',
  'tblHandlingsplan',
];

/** The worksheet part of the sheet named `name` («xl/worksheets/sheet1.xml»). */
function sheetPart(pkg: FixturePkg, name: string): string {
  const id = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="([^"]+)"`).exec(pkg.text('xl/workbook.xml'))?.[1];
  const rels = pkg.text('xl/_rels/workbook.xml.rels');
  const target = new RegExp(`<Relationship Id="${id}" [^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

const pkgOf = (io: TestIo, file: string) => new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, file))));

/** The names of the Excel tables of a package. */
const tableNames = (pkg: FixturePkg): string[] =>
  Object.keys(pkg.files)
    .filter((n) => n.startsWith('xl/tables/'))
    .map((n) => /<table [^>]*\bname="([^"]+)"/.exec(pkg.text(n))?.[1] ?? '');

async function roll(io: TestIo): Promise<{ code: number; said: string }> {
  const run = testIo({ cwd: io.cwd });
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], run);
  return { code, said: run.out() + run.err() };
}

/** The codes and cells check finds in a file of the folder. */
async function issuesOf(io: TestIo, file: string): Promise<string[]> {
  const run = testIo({ cwd: io.cwd });
  await main(['check', file, '--format', 'json'], run);
  return (JSON.parse(run.out()) as { issues: { code: string; cell: string }[] }).issues.map(
    (i) => `${i.code} ${i.cell}`,
  );
}

test('settings, lists and plan items as plain cells: only B2 and B5 change, Handlingsplan stays byte for byte', async () => {
  const io = await exampleWithout(ALL);
  const { code } = await roll(io);
  expect(code).toBe(0);
  const before = pkgOf(io, 'plan.xlsx');
  const after = pkgOf(io, 'rullert.xlsx');
  const settings = sheetPart(before, 'Innstillinger');
  expect(sheetPart(after, 'Innstillinger')).toBe(settings);
  const expected = before
    .text(settings)
    .replace('<c r="B2"><v>2027</v></c>', '<c r="B2"><v>2028</v></c>')
    .replace('<t>faste 2027-kroner</t>', '<t>faste 2028-kroner</t>');
  expect(expected).not.toBe(before.text(settings));
  expect(after.text(settings)).toBe(expected);
  const items = sheetPart(before, 'Handlingsplan');
  expect(after.text(items)).toBe(before.text(items));
  // No table made over her cells, and the lists' names as she had them.
  for (const t of ALL) expect(tableNames(after)).not.toContain(t);
  const names = (p: FixturePkg) => p.text('xl/workbook.xml').match(/<definedName name="lst[^<]*/g);
  expect(names(after)).toEqual(names(before));
  expect(await periodOf(io, 'rullert.xlsx')).toEqual([2028, 2029, 2030, 2031]);
  // The lists still read (no section-invalid, list-empty, ref-unknown): the new year is finance's to fill.
  expect(await issuesOf(io, 'rullert.xlsx')).toEqual(['economy-plan-year-empty J1']);
  expectValidOoxml(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
});

test('a second row «Første planår 2027» under plain settings gets 2028 too, and is not called left behind', async () => {
  const io = await exampleWithout(['tblInnstillinger']);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const part = sheetPart(pkg, 'Innstillinger');
  const row9 = '<row r="9"><c r="A9" t="inlineStr"><is><t>Første planår</t></is></c><c r="B9"><v>2027</v></c></row>';
  pkg.edit(part, (x) =>
    x.replace('</sheetData>', `${row9}</sheetData>`).replace('<dimension ref="A1:K8"/>', '<dimension ref="A1:K9"/>'),
  );
  writeFileSync(file, pkg.bytes());
  const { code, said } = await roll(io);
  expect(code).toBe(0);
  expect(said).not.toContain('B9');
  const rolled = pkgOf(io, 'rullert.xlsx').text(part);
  expect(rolled).toContain('<c r="B2"><v>2028</v></c>');
  expect(rolled).toContain('<c r="B9"><v>2028</v></c>');
  expect(await periodOf(io, 'rullert.xlsx')).toEqual([2028, 2029, 2030, 2031]);
});

test('a list table she renamed («Seksjoner») stays as she made it; the other lists are rolled as before', async () => {
  const io = await exampleWithout([]);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const part = Object.keys(pkg.files).find((n) => n.startsWith('xl/tables/') && pkg.text(n).includes('"tblSeksjoner"'));
  expect(part).toBeDefined();
  pkg.edit(part ?? '', (x) => x.replaceAll('"tblSeksjoner"', '"Seksjoner"'));
  pkg.edit('xl/workbook.xml', (x) => x.replace('>tblSeksjoner[Seksjon]<', '>Seksjoner[Seksjon]<'));
  writeFileSync(file, pkg.bytes());
  const { code, said } = await roll(io);
  expect(said).not.toContain('Flytt innholdet');
  expect(code).toBe(0);
  const after = pkgOf(io, 'rullert.xlsx');
  const renamed = Object.keys(after.files).find(
    (n) => n.startsWith('xl/tables/') && after.text(n).includes('"Seksjoner"'),
  );
  expect(after.text(renamed ?? '')).toBe(pkg.text(part ?? ''));
  expect(tableNames(after)).not.toContain('tblSeksjoner');
  expect(tableNames(after)).toContain('tblInnstillinger');
  expect(after.text('xl/workbook.xml')).toContain('<definedName name="lstSeksjoner">Seksjoner[Seksjon]<');
  expect(await issuesOf(io, 'rullert.xlsx')).toEqual(['economy-plan-year-empty J1']);
  expectValidOoxml(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
});

test('check --write leaves plain settings, lists and plan items as they are', async () => {
  const io = await exampleWithout(ALL);
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write'], run);
  const before = pkgOf(io, 'plan.xlsx');
  const after = pkgOf(io, 'plan-kontrollert.xlsx');
  for (const sheet of ['Innstillinger', 'Handlingsplan']) {
    const part = sheetPart(before, sheet);
    expect(after.text(part)).toBe(before.text(part));
  }
  for (const t of ALL) expect(tableNames(after)).not.toContain(t);
});

test('her print area and filter name on Tiltak drift stay as she set them; the rolled table lies inside', async () => {
  // The example's tblTiltakDrift is A1:U12 (11 measures); D-002 and D-009 are done, so the rolled one is A1:U10.
  const io = await exampleWithout([]);
  const file = path.join(io.cwd, 'plan.xlsx');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const names =
    `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Tiltak drift'!$A$1:$U$12</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="1">'Tiltak drift'!$A$1:$U$12</definedName>`;
  pkg.edit('xl/workbook.xml', (x) => x.replace('<definedNames>', `<definedNames>${names}`));
  writeFileSync(file, pkg.bytes());
  expect((await roll(io)).code).toBe(0);
  const after = pkgOf(io, 'rullert.xlsx');
  expect(after.text('xl/workbook.xml')).toContain(names);
  const drift = Object.keys(after.files).find(
    (n) => n.startsWith('xl/tables/') && after.text(n).includes('"tblTiltakDrift"'),
  );
  expect(/ ref="([^"]+)"/.exec(after.text(drift ?? ''))?.[1]).toBe('A1:U10');
  expectValidOoxml(new Uint8Array(readFileSync(path.join(io.cwd, 'rullert.xlsx'))));
});
