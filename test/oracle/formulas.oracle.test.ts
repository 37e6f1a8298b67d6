/**
 * Our Sammendrag formulas (SUMIFS over the tables) and the per-row Sum periode formulas, recalculated by
 * LibreOffice, must give what the core computes (summaryExpectations / the row's years). A workbook with
 * one formula deliberately broken proves that the comparison can fail.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyCheckSheets, checkWorkbook } from '../../src/cli/commands/check';
import { buildNewWorkbook, newContent } from '../../src/cli/commands/new';
import { parseA1 } from '../../src/domain/model/a1';
import { summaryExpectations } from '../helpers/summaryExpectations';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { strFromU8, unzipSync } from 'fflate';
import { diffPackages } from '../workbook/xlsx/preserve/compare';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { sheetPartName } from '../fixtures/make/zipPatch';
import { recalculate } from './libreoffice';

const cellOf = (s: SheetSnapshot | undefined, a1: string): CellValue => {
  const at = parseA1(a1);
  const origin = parseA1(s?.origin ?? 'A1');
  if (!s || !at || !origin) return null;
  return s.values[at.row - origin.row]?.[at.col - origin.col] ?? null;
};

const sheetOf = (wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  wb.sheets.find((s) => s.sheet === name);

/** Cells whose recalculated value differs from what the core expects. */
function differences(wb: WorkbookSnapshot, expected: readonly { cell: string; expected: number }[]): string[] {
  const summary = sheetOf(wb, 'Sammendrag');
  return expected
    .filter((e) => {
      const v = cellOf(summary, e.cell);
      return typeof v !== 'number' || Math.abs(v - e.expected) > 1e-6;
    })
    .map((e) => `${e.cell}: ${JSON.stringify(cellOf(summary, e.cell))} ≠ ${e.expected}`);
}

describe('LibreOffice recalculates our formulas to the core’s numbers', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-oracle-'));
  let expected: { cell: string; expected: number }[] = [];
  let good: WorkbookSnapshot;
  let broken: WorkbookSnapshot;
  let brokenCell = '';
  let savedByLibreOffice = '';

  beforeAll(async () => {
    const wb = await buildNewWorkbook(newContent({ startYear: 2027, yearCount: 4, unit: '1000 kr', example: true }));
    const snapshot = await wb.read();
    const result = checkWorkbook(snapshot, 'eksempel.xlsx', 'nb', 2026);
    await applyCheckSheets(wb, snapshot, result, 'nb');
    expected = summaryExpectations(result.plan, result.report.totals);
    const goodFile = path.join(work, 'good.xlsx');
    await saveXlsxFile(wb, goodFile);
    // The same workbook with one summary formula off by one.
    const bad = await XlsxWorkbook.fromBuffer(readFileSync(goodFile));
    const target = expected.find((e) => e.expected !== 0) ?? expected[0];
    brokenCell = target?.cell ?? 'A1';
    const original = sheetOf(await bad.read(), 'Sammendrag');
    const at = parseA1(brokenCell);
    const origin = parseA1(original?.origin ?? 'A1');
    const text = at && origin ? original?.formulas?.[at.row - origin.row]?.[at.col - origin.col] : null;
    await bad.apply([
      { kind: 'setCells', sheet: 'Sammendrag', origin: brokenCell, values: [[{ formula: `${text ?? '=0'}+1` }]] },
    ]);
    const badFile = path.join(work, 'broken.xlsx');
    await saveXlsxFile(bad, badFile);
    const [goodOut, badOut] = recalculate([goodFile, badFile], work);
    savedByLibreOffice = goodOut ?? '';
    good = await (await XlsxWorkbook.fromBuffer(readFileSync(goodOut ?? ''))).read();
    broken = await (await XlsxWorkbook.fromBuffer(readFileSync(badOut ?? ''))).read();
  });

  it('has formulas to compare', () => {
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.some((e) => e.expected !== 0)).toBe(true);
  });

  it('every Sammendrag formula cell equals the core’s total', () => {
    expect(differences(good, expected)).toEqual([]);
  });

  it('every Sum periode cell equals the sum of its year cells', () => {
    const s = sheetOf(good, 'Tiltak drift');
    const header = (s?.values[0] ?? []).map(String);
    const sumCol = header.indexOf('Sum periode');
    const yearCols = header.map((h, i) => (/^\d{4}$/.test(h) ? i : -1)).filter((i) => i >= 0);
    const rows = (s?.values ?? []).slice(1).filter((r) => typeof r[0] === 'string' && r[0] !== '');
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) {
      const sum = yearCols.reduce((acc, i) => acc + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
      expect(r[sumCol]).toBeCloseTo(sum, 6);
    }
  });

  it('check --write on the file LibreOffice saved (tables without tableStyleInfo) keeps every other part', async () => {
    const before = new Uint8Array(readFileSync(savedByLibreOffice));
    const wb = await XlsxWorkbook.fromBuffer(before);
    const snapshot = await wb.read();
    await applyCheckSheets(wb, snapshot, checkWorkbook(snapshot, 'lo.xlsx', 'nb', 2026), 'nb');
    const after = await wb.toBuffer();
    const diff = diffPackages(before, after);
    const files = unzipSync(after);
    const owned = [
      sheetPartName(files, 'Sammendrag'),
      sheetPartName(files, 'Avstemming'),
      ...Object.keys(files).filter(
        (n) => n.startsWith('xl/tables/') && strFromU8(files[n] ?? new Uint8Array()).includes('"tblAvstemming"'),
      ),
    ];
    const plumbing = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    expect(diff.changed.filter((p) => !plumbing.includes(p) && !owned.includes(p))).toEqual([]);
    expect(diff.removed).toEqual([]);
    expectValidOoxml(after);
  });

  it('fails when a formula is wrong', () => {
    // The broken cell differs (and so may cells that sum it).
    expect(differences(broken, expected)).toEqual(expect.arrayContaining([expect.stringContaining(`${brokenCell}:`)]));
  });
});
