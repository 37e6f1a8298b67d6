/**
 * The browser pane's file path (open the .xlsx, plan on what it read, apply, download) on a workbook saved by
 * real LibreOffice (test/fixtures/libreoffice/eksempel-libreoffice.xlsx): add, edit and move a measure change
 * only the measure sheet and its table, in the cells they name; the figures are those of the same edit on
 * the example the file was saved from; and the note the user typed under tblTiltakDrift stops an add there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../../../src/cli/commands/check';
import {
  planAddMeasure,
  planMoveMeasure,
  planUpdateMeasure,
  type Edit,
  type RowInput,
  type WorkbookSnapshot,
  type WritePlan,
} from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { diffPackages } from './compare';
import { ownedCellProblems } from './owned';
import { editsOf, expectPreserved, sheetParts } from './paths';
import { planOf } from '../../../helpers/plan';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const LO = new Uint8Array(
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'libreoffice', 'eksempel-libreoffice.xlsx')),
);
const ORIGINAL = new Uint8Array(readFileSync(path.join(ROOT, 'examples', 'eksempel.xlsx')));

type Planner = (snapshot: WorkbookSnapshot) => WritePlan | readonly Edit[];

/** Opens `book` as the pane does, plans on its full read, applies, and returns the downloaded bytes. */
async function paneWrite(book: Uint8Array, planner: Planner): Promise<{ after: Uint8Array; edits: Edit[] }> {
  const wb = await XlsxWorkbook.fromBuffer(book);
  const planned = planner(await wb.read());
  const edits = 'ok' in planned ? editsOf(planned) : [...planned];
  await wb.apply(edits);
  return { after: await wb.toBuffer(), edits };
}

const reportOf = async (book: Uint8Array) =>
  checkWorkbook(await (await XlsxWorkbook.fromBuffer(book)).read(), 'x', 'nb', 2026).report;

/** A costed housing project of 300 (1000 kr): 100 in 2027, 200 in 2028, all on loan. */
const PROJECT: RowInput = {
  values: {
    measure: 'Ny bolig',
    section: 'Samfunn og tjenester',
    costStatus: 'Beregnet',
    project: 'P-900',
    budget: 300,
    finLoan: 300,
    responsible: 'Rådmannen',
  },
  years: [100, 200, 0, 0],
};

describe('the browser pane on a workbook LibreOffice saved', () => {
  it.each<[string, Planner]>([
    ['add an investment', (s) => planAddMeasure(planOf(s), 'investment', PROJECT, s)],
    [
      'edit D-002',
      (s) =>
        planUpdateMeasure(planOf(s), 'D-002', { values: { measure: 'Endret tekst' }, years: [500, 500, 500, 500] }, s),
    ],
    ['move D-002 up', (s) => planMoveMeasure(planOf(s), 'D-002', 'up')],
  ])(
    '%s: only the measure sheet and its table change; the figures are the original’s after the same edit',
    async (_what, planner) => {
      const { after, edits } = await paneWrite(LO, planner);
      expect(edits.length).toBeGreaterThan(0);
      const sheets = [...new Set(edits.flatMap((e) => ('sheet' in e ? [e.sheet] : [])))];
      const tables = diffPackages(LO, after).changed.filter((p) => p.startsWith('xl/tables/'));
      expectPreserved(LO, after, [...sheetParts(after, sheets), ...tables], 'pane.xlsx');
      expect(await ownedCellProblems(LO, after, sheets, edits)).toEqual([]);
      const same = await reportOf((await paneWrite(ORIGINAL, planner)).after);
      const report = await reportOf(after);
      expect(report.totals).toEqual(same.totals);
      expect(report.reconciliation).toEqual(same.reconciliation);
    },
  );

  it('the added project adds 100 000 kr in 2027 and 200 000 kr in 2028 to the investment totals', async () => {
    const before = (await reportOf(LO)).totals.investment.all.years;
    const now = (
      await reportOf((await paneWrite(LO, (s) => planAddMeasure(planOf(s), 'investment', PROJECT, s))).after)
    ).totals.investment.all.years;
    expect([2027, 2028, 2029, 2030].map((y) => (now[y] ?? 0) - (before[y] ?? 0))).toEqual([100_000, 200_000, 0, 0]);
  });

  it('adding an operating measure stops at the note typed in LibreOffice under tblTiltakDrift', async () => {
    const snapshot = await (await XlsxWorkbook.fromBuffer(LO)).read();
    const row: RowInput = { values: { measure: 'Nytt tiltak', section: 'Samfunn og tjenester' }, years: [1, 2, 3, 4] };
    expect(planAddMeasure(planOf(snapshot), 'operating', row, snapshot)).toEqual({
      ok: false,
      blocked: [{ sheet: 'Tiltak drift', cell: 'A13' }],
    });
  });
});
