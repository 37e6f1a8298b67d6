/**
 * A formula of hers outside the product's blocks that reads what a write changes there (on her sheet «Notat»:
 * `=Sammendrag!B11*2`, `=SUM('Avstemming'!H:H)`, a workbook name of hers over Sammendrag; after a roll
 * `=SUM(tblTiltakDrift[2028])`; beside Sammendrag's block on that sheet) keeps the result it had until Excel
 * recalculates: the write asks Excel to recalculate on open (fullCalcOnLoad), and only then — a write that changes
 * no figure, or a workbook whose formulas read none of them, keeps opening without recalculating (SPEC §11).
 *
 * By hand (example plan, 1000 kr, after one check --write): Sammendrag B11 (Drift per seksjon, Samfunn og
 * tjenester, 2027) = 600 + 300 + 350 + 400 = 1 650; her `=Sammendrag!B11*2` shows 3 300. D-001's 2027 (Tiltak drift
 * H2) from 600 to 700 makes B11 1 750: her cell must show 3 500, which only a recalculation on open gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const RECALC = /<calcPr[^>]*fullCalcOnLoad="1"/;
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const cellXml = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(xml)?.[0] ?? '';

/** A worksheet «Notat» with one formula cell (A1) holding `cached`. */
const note = (formula: string, cached: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  `<row r="1"><c r="A1"><f>${formula}</f><v>${cached}</v></c></row></sheetData></worksheet>`;

/** The example plan after one check --write, in a fresh folder: its package. */
async function checkedPlan(): Promise<{ cwd: string; pkg: FixturePkg }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  expect(cellXml(pkg.text(pkg.sheetPart('Sammendrag')), 'B11')).toContain('<v>1650</v>');
  expect(pkg.text('xl/workbook.xml')).not.toContain('fullCalcOnLoad');
  return { cwd: io.cwd, pkg };
}

/** D-001's 2027 from 600 to 700 (Sammendrag B11 then 1 750). */
function raiseD001(pkg: FixturePkg): void {
  const drift = pkg.sheetPart('Tiltak drift');
  expect(cellXml(pkg.text(drift), 'H2')).toContain('<v>600</v>');
  pkg.edit(drift, (x) => x.replace(/(<c r="H2"[^>]*>)<v>600<\/v>/, '$1<v>700</v>'));
}

/** `pkg` saved as plan.xlsx in `cwd`, then `args` run on it: the workbook.xml of `out`, and Sammendrag's XML. */
async function run(cwd: string, pkg: FixturePkg, args: readonly string[], out: string) {
  writeFileSync(path.join(cwd, 'plan.xlsx'), pkg.bytes());
  await main([...args], testIo({ cwd }));
  const done = new FixturePkg(new Uint8Array(readFileSync(path.join(cwd, out))));
  return { workbook: done.text('xl/workbook.xml'), summary: done.text(done.sheetPart('Sammendrag')) };
}

const write = ['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'];

it.each([
  ['Sammendrag!B11*2', '3300'],
  ["'Sammendrag'!B11*2", '3300'],
  ["SUM('Avstemming'!H:H)", '0'],
  ['SUM(Avstemming!H:H)', '0'],
  ['Notat:Sammendrag!B11', '1650'],
])('her %s on «Notat» makes the write ask Excel to recalculate on open', async (formula, cached) => {
  const { cwd, pkg } = await checkedPlan();
  pkg.addSheet('Notat', note(formula, cached));
  raiseD001(pkg);
  const r = await run(cwd, pkg, write, 'ut.xlsx');
  expect(cellXml(r.summary, 'B11')).toContain('<v>1750</v>');
  expect(r.workbook).toMatch(RECALC);
});

it('a workbook name of hers over Sammendrag!B11, read on «Notat», makes it ask too', async () => {
  const { cwd, pkg } = await checkedPlan();
  pkg.addSheet('Notat', note('minSum*2', '3300'));
  pkg.edit('xl/workbook.xml', (x) =>
    x.replace('</definedNames>', '<definedName name="minSum">Sammendrag!$B$11</definedName></definedNames>'),
  );
  raiseD001(pkg);
  expect((await run(cwd, pkg, write, 'ut.xlsx')).workbook).toMatch(RECALC);
});

it('her formula beside Sammendrag on that sheet (N80 `=B11*2`), outside its block, makes it ask too', async () => {
  const { cwd, pkg } = await checkedPlan();
  pkg.edit(pkg.sheetPart('Sammendrag'), (x) =>
    x.replace('</sheetData>', '<row r="80"><c r="N80"><f>B11*2</f><v>3300</v></c></row></sheetData>'),
  );
  raiseD001(pkg);
  expect((await run(cwd, pkg, write, 'ut.xlsx')).workbook).toMatch(RECALC);
});

it('a write that changes no figure of Sammendrag or Avstemming does not ask, though her formula reads them', async () => {
  const { cwd, pkg } = await checkedPlan();
  pkg.addSheet('Notat', note('Sammendrag!B11*2', '3300'));
  const r = await run(cwd, pkg, write, 'ut.xlsx');
  expect(cellXml(r.summary, 'B11')).toContain('<v>1650</v>');
  expect(r.workbook).not.toContain('fullCalcOnLoad');
});

it('her formulas that read neither (another sheet, a sheet named like it, a text naming it) do not make it ask', async () => {
  const { cwd, pkg } = await checkedPlan();
  pkg.addSheet('Notat', note(`'Tiltak drift'!H2*2+'Sammendrag 2026'!B11`, '1200'));
  pkg.edit(pkg.sheetPart('Notat'), (x) =>
    x.replace('</row>', '<c r="B1" t="inlineStr"><is><t>Sammendrag!B11</t></is></c></row>'),
  );
  raiseD001(pkg);
  expect((await run(cwd, pkg, write, 'ut.xlsx')).workbook).not.toContain('fullCalcOnLoad');
});

it('the plan Excel saved, with a sheet of hers whose formula reads a measure table, still opens without asking', async () => {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  pkg.addSheet('Notat', note('SUM(tblTiltakDrift[2027])', '0'));
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  expect(await main(write, io)).toBe(1);
  const out = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'ut.xlsx'))));
  expect(out.text('xl/workbook.xml')).not.toContain('fullCalcOnLoad');
});

/*
 * A roll (2027–2030 → 2028–2031) writes the measure tables anew: her `=SUM(tblTiltakDrift[2028])` (by hand 1 300 + 600
 * + 350 + 470 + … as it stood) reads a column whose rows the roll rewrote, so Excel is asked to recalculate on open.
 */
it('roll: her =SUM(tblTiltakDrift[2028]) on «Notat» makes the rolled copy ask Excel to recalculate', async () => {
  const { cwd, pkg } = await checkedPlan();
  pkg.addSheet('Notat', note('SUM(tblTiltakDrift[2028])', '0'));
  const r = await run(cwd, pkg, ['roll', 'plan.xlsx', '--out', 'ny.xlsx'], 'ny.xlsx');
  expect(r.workbook).toMatch(RECALC);
});

it('roll: without a formula of hers reading the plan, the rolled copy does not ask', async () => {
  const { cwd, pkg } = await checkedPlan();
  pkg.addSheet('Notat', note('1+1', '2'));
  const r = await run(cwd, pkg, ['roll', 'plan.xlsx', '--out', 'ny.xlsx'], 'ny.xlsx');
  expect(r.workbook).not.toContain('fullCalcOnLoad');
});
