/**
 * The way back: what the product writes into a workbook LibreOffice saved (test/fixtures/libreoffice/) opens
 * in LibreOffice again, and recalculated there it gives the figures of the example the file was saved from —
 * Sammendrag's formulas the core's totals of the original, every Sum periode the sum of its years (after the
 * pane edited a measure too), and the recalculated file reads back to the original's totals.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkWorkbook } from '../../src/cli/commands/check';
import { main } from '../../src/cli/main';
import { parseA1, planUpdateMeasure, readPlan, type SheetSnapshot, type WorkbookSnapshot } from '../../src/domain';
import { cellAt } from '../../src/domain/read/sheetCells';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { testIo } from '../cli/testIo';
import { LIBREOFFICE_FIXTURES } from '../fixtures/make/libreoffice';
import { summaryExpectations } from '../helpers/summaryExpectations';
import { recalculate } from './libreoffice';

const ROOT = path.join(__dirname, '..', '..');
const readBook = async (file: string): Promise<WorkbookSnapshot> =>
  (await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(file)))).read();
const sheetOf = (wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  wb.sheets.find((s) => s.sheet === name);

/** Rows of Tiltak drift whose Sum periode is not the sum of their year cells (ID and value). */
function sumPeriodProblems(wb: WorkbookSnapshot): string[] {
  const s = sheetOf(wb, 'Tiltak drift');
  const header = (s?.values[0] ?? []).map(String);
  const sum = header.indexOf('Sum periode');
  const years = header.map((h, i) => (/^\d{4}$/.test(h) ? i : -1)).filter((i) => i >= 0);
  const rows = (s?.values ?? []).slice(1).filter((r) => typeof r[0] === 'string' && /^D-\d+$/.test(r[0]));
  if (rows.length < 3) return ['too few measures'];
  return rows
    .filter(
      (r) => Math.abs(Number(r[sum]) - years.reduce((a, i) => a + (typeof r[i] === 'number' ? r[i] : 0), 0)) > 1e-9,
    )
    .map((r) => `${String(r[0])}: ${String(r[sum])}`);
}

describe.each(LIBREOFFICE_FIXTURES)(
  '$file: written by the product, opened again in LibreOffice',
  ({ file, example }) => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'tiltaksplan-lo-files-'));
    let original: ReturnType<typeof checkWorkbook>;
    let checked: WorkbookSnapshot;
    let edited: WorkbookSnapshot;

    beforeAll(async () => {
      original = checkWorkbook(await readBook(path.join(ROOT, 'examples', example)), example, 'nb', 2026);
      copyFileSync(path.join(ROOT, 'test', 'fixtures', 'libreoffice', file), path.join(work, 'lo.xlsx'));
      await main(['check', 'lo.xlsx', '--write', '--out', 'kontrollert.xlsx'], testIo({ cwd: work }));
      // The pane's edit of a measure, on the file LibreOffice saved.
      const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(path.join(work, 'lo.xlsx'))));
      const before = await wb.read();
      const { plan } = readPlan(before, { defaultStartYear: 2027 });
      const id = plan.operating[1]?.id ?? '';
      await wb.apply(planUpdateMeasure(plan, id, { values: {}, years: [500, 600, 700, 800] }, before));
      writeFileSync(path.join(work, 'endret.xlsx'), await wb.toBuffer());
      const [a, b] = recalculate([path.join(work, 'kontrollert.xlsx'), path.join(work, 'endret.xlsx')], work);
      checked = await readBook(a ?? '');
      edited = await readBook(b ?? '');
    });

    it('every Sammendrag formula recalculates to the original example’s total', () => {
      const expected = summaryExpectations(original.plan, original.report.totals);
      expect(expected.length).toBeGreaterThan(20);
      const summary = sheetOf(checked, 'Sammendrag');
      const wrong = expected.filter((e) => {
        const at = parseA1(e.cell);
        const v = summary && at ? cellAt(summary, at.row, at.col) : null;
        return typeof v !== 'number' || Math.abs(v - e.expected) > 1e-6;
      });
      expect(wrong).toEqual([]);
    });

    it('the recalculated file reads back to the original’s totals and reconciliation', () => {
      const again = checkWorkbook(checked, 'igjen.xlsx', 'nb', 2026).report;
      expect(again.totals).toEqual(original.report.totals);
      expect(again.reconciliation).toEqual(original.report.reconciliation);
    });

    it('after the pane edits a measure, every Sum periode recalculates to the sum of its years', () => {
      expect(sumPeriodProblems(edited)).toEqual([]);
    });
  },
);
