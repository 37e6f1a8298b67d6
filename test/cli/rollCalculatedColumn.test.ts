/**
 * `roll` of a plan whose tblTiltakDrift has a calculated column of the user's in V (docs/spec.md §11): she typed a
 * header in V1 and a formula in V2 that Excel filled down (the table column keeps calculatedColumnFormula, each cell
 * the same formula). Hand-made from `new --example --start 2027` (tblTiltakDrift A1:U12; D-001 in row 2 with
 * 600 / 1200 / 1800 / 2400 in 2027–2030, Varig with Helårsvirkning 2400; D-002 an Engangs measure the roll finishes).
 * By hand, D-001 after the roll: 1200 / 1800 / 2400 / 2400 in 2028–2031, Sum periode 7800.
 * - «Snitt per år» =[@[Sum periode]]/4 reads a column the rolled table has: it stays a calculated column, each cell
 *   the formula with its value (D-001: 7800 / 4 = 1950), no recalculation asked of Excel; the archive keeps the value
 *   it showed before (6000 / 4 = 1500).
 * - «Dobbel 2027» =[@2027]*2 reads the year that left: carried as the values it showed (D-001: 1200), the roll names
 *   the column once.
 * - «Tredjedel» =ROUND([@[Sum periode]]/3,0) the product does not compute: kept, no value, Excel computes on opening.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { testIo } from './testIo';
import { addCalculatedColumn } from '../helpers/calculatedColumn';
import { openXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { readPlan } from '../../src/domain/read/plan';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';

/** The example with column V of tblTiltakDrift calculated by `formula` (file spelling), D-001's cell showing `shown`. */
async function handMade(header: string, formula: string, shown: number): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  addCalculatedColumn(pkg, header, formula, (n) => (n === 2 ? shown : 0));
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  return io.cwd;
}

/** `roll plan.xlsx --out rullert.xlsx` of handMade: what it said, and the parts of the rolled workbook. */
async function rolled(header: string, formula: string, shown: number) {
  const cwd = await handMade(header, formula, shown);
  const out = testIo({ cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], out)).toBe(0);
  const bytes = new Uint8Array(readFileSync(path.join(cwd, 'rullert.xlsx')));
  expectValidOoxml(bytes);
  const book = new FixturePkg(bytes);
  const part = Object.keys(book.files).find(
    (n) => n.startsWith('xl/tables/') && book.text(n).includes('name="tblTiltakDrift"'),
  );
  return {
    stdout: out.out(),
    sheet: book.text(book.sheetPart('Tiltak drift')),
    table: part ? book.text(part) : '',
    archive: book.text(book.sheetPart('Arkiv 2027–2030')),
    workbook: book.text('xl/workbook.xml'),
  };
}

/** The cell `ref` of a sheet part: its formula and its cached value (undefined when it has none). */
function cell(sheet: string, ref: string): { f?: string; v?: string } {
  const xml = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>(.*?)</c>)`).exec(sheet)?.[1] ?? '';
  const f = /<f>([^<]*)<\/f>/.exec(xml)?.[1];
  const v = /<v>([^<]*)<\/v>/.exec(xml)?.[1];
  return { ...(f === undefined ? {} : { f }), ...(v === undefined ? {} : { v }) };
}

const SUM_4 = 'tblTiltakDrift[[#This Row],[Sum periode]]/4';

test('a calculated column reading Sum periode stays calculated, each cell with its value, no recalculation', async () => {
  const r = await rolled('Snitt per år', SUM_4, 1500);
  expect(r.table).toContain(`name="Snitt per år"><calculatedColumnFormula>${SUM_4}</calculatedColumnFormula>`);
  expect(r.sheet).toMatch(/<c r="A2"[^>]*><is><t>D-001<\/t>/);
  expect(cell(r.sheet, 'V2')).toEqual({ f: SUM_4, v: '1950' });
  // Two finished Engangs measures left: nine rows, every one the formula with a value a quarter of its Sum periode.
  for (let row = 2; row <= 10; row++) {
    const v = cell(r.sheet, `V${row}`);
    expect(v.f).toBe(SUM_4);
    expect(Number(v.v) * 4).toBe(Number(cell(r.sheet, `L${row}`).v));
  }
  expect(r.workbook).not.toContain('fullCalcOnLoad');
  expect(r.stdout).not.toContain('Snitt per år');
  // The archive keeps the value D-001's cell showed before the roll, as a value.
  const d001 = /<row [^>]*>(?:(?!<\/row>).)*D-001(?:(?!<\/row>).)*<\/row>/.exec(r.archive)?.[0] ?? '';
  expect(d001).toContain('<v>1500</v>');
  expect(d001).not.toContain('<f>');
});

test('a calculated column reading the year that left is carried as values, and the roll names it', async () => {
  const r = await rolled('Dobbel 2027', 'tblTiltakDrift[[#This Row],[2027]]*2', 1200);
  expect(r.table).toContain('<tableColumn id="22" name="Dobbel 2027"/>');
  expect(cell(r.sheet, 'V2')).toEqual({ v: '1200' });
  const line = cliText('rollFormulaColumn', 'nb', {
    column: 'Dobbel 2027',
    table: 'tabellen over driftstiltak',
    formula: '=[@2027]*2',
    missing: '«2027»',
    archive: 'Arkiv 2027–2030',
  });
  expect(r.stdout.split('\n')).toContain(line);
  // Named once for the column, not cell by cell.
  expect(r.stdout).not.toContain('Tiltak drift!V');
});

test('a calculated column the product does not compute is kept without a value, and Excel computes on opening', async () => {
  const formula = 'ROUND(tblTiltakDrift[[#This Row],[Sum periode]]/3,0)';
  const r = await rolled('Tredjedel', formula, 2000);
  expect(r.table).toContain(`name="Tredjedel"><calculatedColumnFormula>${formula}</calculatedColumnFormula>`);
  expect(cell(r.sheet, 'V2')).toEqual({ f: formula });
  expect(r.workbook).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
});

test("the pane's roll, into a new workbook, plans the same calculated column", async () => {
  const cwd = await handMade('Snitt per år', SUM_4, 1500);
  const snapshot = await (await openXlsxFile(path.join(cwd, 'plan.xlsx'))).read();
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
  const { edits, calculatedGone } = planRolledWorkbook(snapshot, plan, { date: '2027-10-01', findings });
  const table = edits.find((e) => e.kind === 'createTable' && e.name === 'tblTiltakDrift');
  expect(table?.kind === 'createTable' ? table.calculated?.['Snitt per år'] : null).toBe(`=${SUM_4}`);
  const v = edits.find((e) => e.kind === 'setCells' && e.sheet === 'Tiltak drift' && e.origin === 'V2');
  expect(v?.kind === 'setCells' ? v.values[0] : null).toEqual([{ formula: `=${SUM_4}`, value: 1950 }]);
  expect(calculatedGone).toEqual([]);
});
