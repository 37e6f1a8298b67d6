/**
 * A per-row sum that Excel stored as a shared formula (write/rowSums.ts): Excel writes a formula filled down a
 * column once, in its first cell (`<f t="shared" ref="L2:L12" si="0">SUM(H2:K2)</f>`), and every other cell only
 * points to it (`<f t="shared" si="0"/>`). Editing a measure in such a follower row must bring its Sum periode's
 * stored result up to date, as for a formula written out, and leave the formula XML of master and follower byte
 * for byte. The fixture is test/fixtures/as-excel/plan-as-excel.xlsx, built the way Excel saves (L2:L12 shared).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot, planAddMeasure, planUpdateMeasure } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';

const FIXTURE = join(__dirname, '../../../fixtures/as-excel/plan-as-excel.xlsx');
const SHEET = 'xl/worksheets/sheet2.xml'; // Tiltak drift

const check = async (wb: XlsxWorkbook) =>
  checkSnapshot(await wb.read('check'), { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });

/** The XML of cell `ref` in `sheet` of a package. */
const cellOf = (pkg: FixturePkg, ref: string): string =>
  new RegExp(`<c r="${ref}"[^>]*>.*?</c>`).exec(pkg.text(SHEET))?.[0] ?? '';

describe('a Sum periode stored as a shared formula', () => {
  it("gets the row's new sum in a follower row, its formula untouched", async () => {
    const before = new FixturePkg(readFileSync(FIXTURE));
    // Row 6 follows L2's SUM(H2:K2) (its own: SUM(H6:K6)); stored 2 800 (1000 kr).
    expect(cellOf(before, 'L6')).toBe('<c r="L6" s="4"><f t="shared" si="0"/><v>2800</v></c>');
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(FIXTURE));
    const { plan } = await check(wb);
    expect(plan.settings.unit).toBe('1000 kr');
    const measure = plan.operating.find((m) => m.row === 6);
    expect(measure?.periodSum).toBe(2_800_000);

    const edits = planUpdateMeasure(
      plan,
      measure?.id ?? '',
      { values: {}, years: [1500, 2000, 0, 900] },
      await wb.read(),
    );
    await wb.apply(edits);
    const after = new FixturePkg(await wb.toBuffer());

    // 1 500 + 2 000 + 0 + 900 = 4 400 (1000 kr) = 4 400 000 kr.
    expect(cellOf(after, 'L6')).toBe('<c r="L6" s="4"><f t="shared" si="0"/><v>4400</v></c>');
    expect(cellOf(after, 'L2')).toBe(cellOf(before, 'L2'));
    const again = await check(await XlsxWorkbook.fromBuffer(await wb.toBuffer()));
    expect(again.plan.operating.find((m) => m.row === 6)?.periodSum).toBe(4_400_000);
  });

  it('adds the result to a follower saved without one', async () => {
    const pkg = new FixturePkg(readFileSync(FIXTURE));
    pkg.edit(SHEET, (x) =>
      x.replace('<c r="L6" s="4"><f t="shared" si="0"/><v>2800</v></c>', '<c r="L6" s="4"><f t="shared" si="0"/></c>'),
    );
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    const { plan } = await check(wb);
    const id = plan.operating.find((m) => m.row === 6)?.id ?? '';
    await wb.apply(planUpdateMeasure(plan, id, { values: {}, years: [1500, 2000, 0, 900] }, await wb.read()));
    // 1 500 + 2 000 + 0 + 900 = 4 400 (1000 kr).
    expect(cellOf(new FixturePkg(await wb.toBuffer()), 'L6')).toBe(
      '<c r="L6" s="4"><f t="shared" si="0"/><v>4400</v></c>',
    );
  });

  it("gets the new measure's sum in an empty table row whose Sum periode follows, which the add leaves unwritten", async () => {
    // A template: tblTiltakDrift grown to A1:U40 and its Sum periode filled down to row 40 (L2:L40, one shared
    // formula), rows 13–40 empty but for it (the fixture's note in A13 taken out).
    const pkg = new FixturePkg(readFileSync(FIXTURE));
    pkg.edit('xl/tables/table6.xml', (x) => x.replace(/ref="A1:U12"/g, 'ref="A1:U40"'));
    pkg.edit(SHEET, (x) =>
      x
        .replace('<c r="A13" t="s"><v>66</v></c>', '')
        .replace('ref="L2:L12" si="0"', 'ref="L2:L40" si="0"')
        .replace(/<c r="L(\d+)" s="4"\/>/g, (m: string, r: string) =>
          Number(r) <= 40 ? `<c r="L${r}" s="4"><f t="shared" si="0"/><v>0</v></c>` : m,
        ),
    );
    expect(cellOf(pkg, 'L13')).toBe('<c r="L13" s="4"><f t="shared" si="0"/><v>0</v></c>');
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    const { plan } = await check(wb);
    const row = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1500, 2000, 0, 900] };
    const planned = planAddMeasure(plan, 'operating', row, await wb.read());
    if (!planned.ok) throw new Error('blocked');
    const written = planned.edits.flatMap((e) => (e.kind === 'setCells' ? [e.origin] : []));
    expect(written).toEqual(expect.arrayContaining(['A13', 'H13']));
    expect(written).not.toContain('L13');
    await wb.apply(planned.edits);

    // 1 500 + 2 000 + 0 + 900 = 4 400 (1000 kr) = 4 400 000 kr.
    const after = new FixturePkg(await wb.toBuffer());
    expect(cellOf(after, 'L13')).toBe('<c r="L13" s="4"><f t="shared" si="0"/><v>4400</v></c>');
    const again = await check(await XlsxWorkbook.fromBuffer(await wb.toBuffer()));
    expect(again.plan.operating.find((m) => m.row === 13)?.periodSum).toBe(4_400_000);
  });

  it('leaves every other row byte for byte, the spans Excel writes on each row included', async () => {
    // Excel writes spans="1:21" on each row; finding L2 (the first cell) must not rewrite the rows it looks through.
    const pkg = new FixturePkg(readFileSync(FIXTURE));
    pkg.edit(SHEET, (x) => x.replace(/<row r="(\d+)"/g, '<row r="$1" spans="1:21"'));
    const rows = (p: FixturePkg) =>
      new Map([...p.text(SHEET).matchAll(/<row r="(\d+)".*?<\/row>/g)].map((m) => [m[1], m[0]]));
    const before = rows(pkg);
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    const { plan } = await check(wb);
    const id = plan.operating.find((m) => m.row === 6)?.id ?? '';
    await wb.apply(planUpdateMeasure(plan, id, { values: {}, years: [1500, 2000, 0, 900] }, await wb.read()));
    const after = rows(new FixturePkg(await wb.toBuffer()));
    // 1 500 + 2 000 + 0 + 900 = 4 400 (1000 kr) in L6; every row but 6 as it was.
    expect(after.get('6')).toContain('<c r="L6" s="4"><f t="shared" si="0"/><v>4400</v></c>');
    const changed = [...before].filter(([r, xml]) => after.get(r) !== xml).map(([r]) => r);
    expect(changed).toEqual(['6']);
  });
});
