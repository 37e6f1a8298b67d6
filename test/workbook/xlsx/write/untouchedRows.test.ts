/**
 * The file path changes only what it writes (SPEC §11, "Writing into a user's workbook"): a row the patch only
 * reads — a table's header naming a this-row Sum periode's columns, rows searched for a shared formula's
 * followers, rows a clear, a restyle or an empty value finds nothing to change in — is written back byte for
 * byte, its `spans` (which Excel writes on every row, and which the patch drops from a row it changes)
 * included. The fixture is test/fixtures/as-excel/plan-as-excel.xlsx, its rows given Excel's spans="1:21".
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot, planUpdateMeasure, type Edit } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';

const FIXTURE = join(__dirname, '../../../fixtures/as-excel/plan-as-excel.xlsx');
const SHEET = 'xl/worksheets/sheet2.xml'; // Tiltak drift

/** The fixture with spans="1:21" on each row of Tiltak drift, then `edit` applied to that sheet. */
function excelSaved(edit: (xml: string) => string = (x) => x): FixturePkg {
  const pkg = new FixturePkg(readFileSync(FIXTURE));
  pkg.edit(SHEET, (x) => edit(x.replace(/<row r="(\d+)"/g, '<row r="$1" spans="1:21"')));
  return pkg;
}

/** Each row's XML by its number. */
const rows = (p: FixturePkg): Map<string, string> =>
  new Map([...p.text(SHEET).matchAll(/<row r="(\d+)".*?<\/row>/g)].map((m) => [m[1] ?? '', m[0]]));

/** The numbers of the rows whose XML differs between two packages. */
function changedRows(before: FixturePkg, after: FixturePkg): string[] {
  const now = rows(after);
  return [...rows(before)].filter(([r, xml]) => now.get(r) !== xml).map(([r]) => r);
}

async function applied(pkg: FixturePkg, edits: (wb: XlsxWorkbook) => Promise<Edit[]>): Promise<FixturePkg> {
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  await wb.apply(await edits(wb));
  return new FixturePkg(await wb.toBuffer());
}

describe('rows the file path only reads', () => {
  it("keep their bytes when a this-row Sum periode reads the table's header", async () => {
    // L6 spelled as the product writes a calculated column into a file: its sum needs the header's years.
    const thisRow = '<f>SUM(tblTiltakDrift[[#This Row],[2027]:[2030]])</f>';
    const before = excelSaved((x) =>
      x.replace('<c r="L6" s="4"><f t="shared" si="0"/><v>2800</v></c>', `<c r="L6" s="4">${thisRow}<v>2800</v></c>`),
    );
    const after = await applied(before, async (wb) => {
      const snapshot = await wb.read('check');
      const { plan } = checkSnapshot(snapshot, { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });
      const id = plan.operating.find((m) => m.row === 6)?.id ?? '';
      return planUpdateMeasure(plan, id, { values: {}, years: [1500, 2000, 0, 900] }, await wb.read());
    });
    // 1 500 + 2 000 + 0 + 900 = 4 400 (1000 kr): the sum was brought up to date, so the header was read.
    expect(rows(after).get('6')).toContain(`<c r="L6" s="4">${thisRow}<v>4400</v></c>`);
    expect(rows(after).get('1')).toBe(rows(before).get('1'));
    expect(changedRows(before, after)).toEqual(['6']);
  });

  it("keep their bytes when a shared formula's first cell is overwritten and they hold none of its followers", async () => {
    // L2 holds SUM(H2:K2) shared over L2:L12; L7 is a plain 0 instead of a follower.
    const before = excelSaved((x) =>
      x.replace('<c r="L7" s="4"><f t="shared" si="0"/><v>0</v></c>', '<c r="L7" s="4"><v>0</v></c>'),
    );
    const after = await applied(before, async () => [
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'L2', values: [[5]] },
    ]);
    // Row 2 written; rows 3–6 and 8–12 get their follower's formula written out (L6: SUM(H6:K6)); row 7 only read.
    expect(rows(after).get('6')).toContain('<c r="L6" s="4"><f>SUM(H6:K6)</f><v>2800</v></c>');
    expect(changedRows(before, after)).toEqual(['2', '3', '4', '5', '6', '8', '9', '10', '11', '12']);
  });

  it('keep their bytes when a clear finds no cell of theirs in its box', async () => {
    // Of U3:U5 only U4 holds a cell (the fixture's Kommentar of row 4).
    const before = excelSaved();
    expect(rows(before).get('4')).toContain('<c r="U4"');
    expect(rows(before).get('3')).not.toContain('<c r="U3"');
    const after = await applied(before, async () => [
      { kind: 'clearOwnedRange', sheet: 'Tiltak drift', range: 'U3:U5' },
    ]);
    expect(rows(after).get('4')).not.toContain('<c r="U4"');
    expect(changedRows(before, after)).toEqual(['4']);
  });

  it('keep their bytes when a restyle gives their cells the style they have', async () => {
    const format: Edit = { kind: 'setNumberFormat', sheet: 'Tiltak drift', range: 'H2:K12', format: '0.00' };
    const once = await applied(excelSaved(), async () => [format]);
    expect(rows(once).get('6')).not.toContain('<c r="H6" s="5">');
    // The restyled file saved again by Excel (spans on each row), then given the same format again: no change.
    const before = new FixturePkg(once.bytes());
    before.edit(SHEET, (x) => x.replace(/<row r="(\d+)">/g, '<row r="$1" spans="1:21">'));
    const after = await applied(before, async () => [format]);
    expect(rows(after).get('6')).toBe(rows(before).get('6'));
    expect(changedRows(before, after)).toEqual([]);
  });

  it('keep their bytes when an empty value is written where they hold no cell', async () => {
    const before = excelSaved();
    expect(rows(before).get('6')).not.toContain('<c r="U6"');
    const after = await applied(before, async () => [
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'U6', values: [[null]] },
    ]);
    expect(changedRows(before, after)).toEqual([]);
  });
});
