/**
 * Finding the first cell of a shared formula when the file path brings a follower's per-row sum up to date
 * (write/sharedFormula.ts, write/rowSums.ts): found by its place, whether or not its cells carry an "r", and
 * found once for all the edits of an apply, not by reading the whole sheet again after each one. The fixture is
 * test/fixtures/as-excel/plan-as-excel.xlsx, built the way Excel saves (L2:L12 shared from L2: SUM(H2:K2)).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot, planUpdateMeasure, type Edit } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import * as rowXml from '../../../../src/workbook/xlsx/write/rowXml';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { expectValidOoxml } from '../preserve/validOoxml';

const FIXTURE = join(__dirname, '../../../fixtures/as-excel/plan-as-excel.xlsx');
const SHEET = 'xl/worksheets/sheet2.xml'; // Tiltak drift

const cellOf = (pkg: FixturePkg, ref: string): string =>
  new RegExp(`<c r="${ref}"[^>]*>.*?</c>`).exec(pkg.text(SHEET))?.[0] ?? '';

afterEach(() => jest.restoreAllMocks());

describe('the first cell of a shared formula', () => {
  it('is found when the cells of its row carry no "r" (the schema allows it; each is the one after the last)', async () => {
    const pkg = new FixturePkg(readFileSync(FIXTURE));
    pkg.edit(SHEET, (x) => x.replace(/<row r="2">.*?<\/row>/, (row) => row.replace(/<c r="[A-Z]+2"/g, '<c')));
    // L2 is the twelfth cell of row 2 (A2…T2 all present), so it is L2 without its "r".
    expect(pkg.text(SHEET)).toContain('<c s="4"><f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f><v>6000</v></c>');
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    const { plan } = checkSnapshot(await wb.read('check'), {
      file: 'p.xlsx',
      defaultStartYear: 2027,
      render: () => '',
    });
    const id = plan.operating.find((m) => m.row === 6)?.id ?? '';
    await wb.apply(planUpdateMeasure(plan, id, { values: {}, years: [1500, 2000, 0, 900] }, await wb.read()));
    // 1 500 + 2 000 + 0 + 900 = 4 400 (1000 kr); before, the first cell was looked for by its "r" only and L6
    // kept 2 800.
    expect(cellOf(new FixturePkg(await wb.toBuffer()), 'L6')).toBe(
      '<c r="L6" s="4"><f t="shared" si="0"/><v>4400</v></c>',
    );
  });

  it('is found once for an apply of many one-cell edits, not by joining every changed row again per edit', async () => {
    // The text-amount conversion writes each year of each measure as its own edit: H…K of rows 2–12, 44 edits.
    const edits: Edit[] = [];
    for (let r = 2; r <= 12; r++)
      for (const c of 'HIJK')
        edits.push({ kind: 'setCells', sheet: 'Tiltak drift', origin: `${c}${r}`, values: [[2]] });
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(FIXTURE));
    const joins = jest.spyOn(rowXml, 'joinRow');
    await wb.apply(edits);
    // Each of the 11 rows written is joined once when the part is written at the end of the apply, and at most
    // once more to find the first cells: at most 2 × 11 = 22. Searching the sheet anew per edit joined every row
    // changed so far after each edit of rows 3–12: 4 × (2 + 3 + … + 11) = 260, and 11 for the part: 271.
    expect(joins.mock.calls.length).toBeLessThanOrEqual(22);
    joins.mockRestore();
    const after = new FixturePkg(await wb.toBuffer());
    // 2 + 2 + 2 + 2 = 8 in each row's Sum periode: L2 its own formula, L3…L12 following it.
    expect(cellOf(after, 'L2')).toBe('<c r="L2" s="4"><f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f><v>8</v></c>');
    for (let r = 3; r <= 12; r++)
      expect(cellOf(after, `L${r}`)).toBe(`<c r="L${r}" s="4"><f t="shared" si="0"/><v>8</v></c>`);
  });

  it('no longer counts once it is overwritten: its followers keep their formulas, written out', async () => {
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(FIXTURE));
    // H6 first (the first cell found and kept), then L2 overwritten, then H6 again.
    await wb.apply([
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H6', values: [[1000]] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'L2', values: [[7]] },
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'H6', values: [[100]] },
    ]);
    const after = new FixturePkg(await wb.toBuffer());
    expect(cellOf(after, 'L2')).toBe('<c r="L2" s="4"><v>7</v></c>');
    // L6 written out as SUM(H6:K6) when L2 went (editCells.ts releaseShared): 100 + 800 + 800 + 800 = 2 500.
    expect(cellOf(after, 'L6')).toBe('<c r="L6" s="4"><f>SUM(H6:K6)</f><v>2500</v></c>');
  });

  it('cleared with a box its followers reach out of: those outside keep their formulas, written out', async () => {
    // A user's formula filled down L2:L12 from a first cell inside a block the product empties (L2:L4).
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(FIXTURE));
    await wb.apply([{ kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'L2:L4' }]);
    const out = await wb.toBuffer();
    const after = new FixturePkg(out);
    for (let r = 2; r <= 4; r++) expect(cellOf(after, `L${r}`)).toBe('');
    // Before, L5…L12 kept <f t="shared" si="0"/> naming a first cell that was gone (Excel repairs the file).
    expect(after.text(SHEET).includes('si="0"')).toBe(false);
    // L2's SUM(H2:K2) moved down by each row's offset; the results stand as they were (L5: 0, L12: 800).
    expect(cellOf(after, 'L5')).toBe('<c r="L5" s="4"><f>SUM(H5:K5)</f><v>0</v></c>');
    expect(cellOf(after, 'L12')).toBe('<c r="L12" s="4"><f>SUM(H12:K12)</f><v>800</v></c>');
    expectValidOoxml(out);
  });

  it('cleared with a box that takes followers only: the first cell and the followers left stay as they were', async () => {
    // A cell of the range without the shared formula is allowed (Excel overwrites one so): L2 keeps ref="L2:L12".
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(FIXTURE));
    await wb.apply([{ kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'L5:L7' }]);
    const after = new FixturePkg(await wb.toBuffer());
    expect(cellOf(after, 'L2')).toBe('<c r="L2" s="4"><f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f><v>6000</v></c>');
    expect(cellOf(after, 'L6')).toBe('');
    expect(cellOf(after, 'L8')).toBe('<c r="L8" s="4"><f t="shared" si="0"/><v>600</v></c>');
  });
});
