/**
 * Nytt tiltak and the Sum periode column of an empty table row (SPEC §11: never over a user's cell): the calculated
 * column's cell is the product's only while it holds the product's per-row sum (isRowSum in sheets/rowSum.ts, used by
 * freeRow in measureEdits/add.ts). The case the no-overwrite property found (seed -1928099387), written out.
 */
import { planAddMeasure } from '../../../src/domain/measureEdits/add';
import { exampleContent } from '../../../src/domain/example/example';
import { applyEdits } from '../../../src/domain/sheets/snapshotEdits';
import type { RowInput } from '../../../src/domain/model/content';
import type { WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { snapshotFromContent } from '../../helpers/contentSnapshot';
import { shrinkTable } from '../../helpers/workbook';
import { editsOf } from '../../helpers/writePlan';
import { planOf } from '../../helpers/plan';

const newRow: RowInput = {
  values: { section: 'Organisasjon', measure: 'Boligsosial veileder', costStatus: 'Beregnet', fullYear: 400 },
  years: [200, 400, 400, 400],
};

describe('planAddMeasure: Sum periode of an empty row of the table', () => {
  // The example's tblTiltakDrift grown by two empty rows, A1:U14: D-011 is on row 12, rows 13 and 14 are empty.
  const grown = shrinkTable(snapshotFromContent(exampleContent({ startYear: 2027 })), 'tblTiltakDrift', {}, -2);
  const rowsWritten = (edits: readonly { kind: string; origin?: string }[]) => [
    ...new Set(edits.flatMap((e) => (e.kind === 'setCells' ? [Number(/\d+$/.exec(e.origin ?? '')?.[0])] : []))),
  ];

  /** `wb` with `formula` (showing `value`) in Sum periode (L) of each of `rows`. */
  const withSum = (
    wb: WorkbookSnapshot,
    rows: readonly number[],
    formula: (r: number) => string,
    value: number | string,
  ) =>
    applyEdits(
      wb,
      rows.map((r) => ({
        kind: 'setCells' as const,
        sheet: 'Tiltak drift',
        origin: `L${r}`,
        values: [[{ formula: formula(r), value }]],
      })),
    );
  const productSum = () => '=SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])';

  it("takes an empty row whose Sum periode holds the product's own sum (the calculated column): L13 is the product's", () => {
    const wb = withSum(grown, [13, 14], productSum, 0);
    expect(rowsWritten(editsOf(planAddMeasure(planOf(wb), 'operating', newRow, wb)))).toEqual([13]);
  });

  it("leaves an empty row whose Sum periode holds a formula of the user's (L13 =H12*2) and takes row 14", () => {
    // The case the no-overwrite property found (seed -1928099387): the calculated column's cell counted as the
    // product's whatever it held, so row 13 looked free and L13 was written over with the product's sum.
    const user = withSum(grown, [13], (r) => `=H${r - 1}*2`, 1200);
    const wb = withSum(user, [14], productSum, 0);
    const planned = editsOf(planAddMeasure(planOf(wb), 'operating', newRow, wb));
    expect(rowsWritten(planned)).toEqual([14]);
    const after = applyEdits(wb, planned);
    const tiltak = after.sheets.find((x) => x.sheet === 'Tiltak drift');
    // Row 13 (index 12), column L (index 11): still the user's formula; D-012 on row 14.
    expect(tiltak?.formulas?.[12]?.[11]).toBe('=H12*2');
    expect(planOf(after).operating.find((x) => x.id === 'D-012')?.row).toBe(14);
  });

  describe("the Sum periode cell of the row taken already holds the product's sum: not written", () => {
    /** The cells written into row 13 (A1), in the order planned. */
    const written = (wb: WorkbookSnapshot) =>
      editsOf(planAddMeasure(planOf(wb), 'operating', newRow, wb)).flatMap((e) =>
        e.kind === 'setCells' || e.kind === 'setNumberFormat' ? [e.kind === 'setCells' ? e.origin : e.range] : [],
      );

    it.each([
      ['the file spelling', productSum],
      ['the file spelling in other case and with spaces', () => '=sum( tbltiltakdrift[[#this row], [2027]:[2030]] )'],
      ['the A1 sum of the row', (r: number) => `=SUM(H${r}:K${r})`],
    ])('%s', (_name, formula) => {
      // A template's formula column is often locked: writing L13 again would refuse the protected sheet.
      const cells = written(withSum(grown, [13, 14], formula, 0));
      expect(cells).not.toContain('L13');
      // The years still go into H13:K13 (200, 400, 400, 400 as typed).
      expect(cells).toEqual(expect.arrayContaining(['H13', 'I13', 'J13', 'K13']));
    });

    it('writes it when it holds another span (=SUM(H13:J13), three years of four) or nothing', () => {
      expect(written(withSum(grown, [13, 14], (r) => `=SUM(H${r}:J${r})`, 0))).toContain('L13');
      expect(written(grown)).toContain('L13');
    });

    // The pane's live check reads the row this way before anything is written: a kept cell read as a user's
    // formula kept its saved 0 (an Engangs measure's financing then failed against a Sum periode of 0). Excel's
    // "@" spelling reaches the domain as the file's (workbook/excel/thisRow.ts; test/workbook/excel/thisRow.test.ts).
    it.each([
      ['the file spelling', productSum],
      ['the A1 sum of the row', (r: number) => `=SUM(H${r}:K${r})`],
    ])("reads back, in memory, with the row's sum (%s): 200 + 400 + 400 + 400 = 1 400 (1000 kr)", (_n, formula) => {
      const wb = withSum(grown, [13, 14], formula, 0);
      const after = applyEdits(wb, editsOf(planAddMeasure(planOf(wb), 'operating', newRow, wb)));
      expect(planOf(after).settings.unit).toBe('1000 kr');
      expect(planOf(after).operating.find((x) => x.id === 'D-012')?.periodSum).toBe(1_400_000);
    });
  });
});
