/**
 * The file path brings a per-row sum's stored result up to date in the rows it writes (write/rowSums.ts), as Excel's
 * recalculation would: editing a measure's year writes the year cell only (Sum periode is a formula, never written
 * by an edit), and the check that reads the written file must read the new Sum periode, not the one saved before.
 */
import { checkSnapshot, exampleContent, planUpdateMeasure, planWorkbook } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';

const check = async (wb: XlsxWorkbook) =>
  checkSnapshot(await wb.read('check'), { file: 'plan.xlsx', defaultStartYear: 2027, render: () => '' });

describe('a per-row sum in a row the file path writes', () => {
  it("reads back with the row's new sum after a year of the measure is edited", async () => {
    const made = XlsxWorkbook.empty();
    await made.apply(planWorkbook(exampleContent({ startYear: 2027 })));
    const wb = await XlsxWorkbook.fromBuffer(await made.toBuffer());
    const { plan } = await check(wb);
    // D-001: 600 + 1 200 + 1 800 + 2 400 = 6 000 (1000 kr) = 6 000 000 kr.
    expect(plan.settings.unit).toBe('1000 kr');
    expect(plan.operating.find((m) => m.id === 'D-001')?.periodSum).toBe(6_000_000);

    const edits = planUpdateMeasure(plan, 'D-001', { values: {}, years: [1000, 1200, 1800, 2400] }, await wb.read());
    // Only the 2027 cell changes; Sum periode is not among the cells written.
    expect(edits.map((e) => e.kind === 'setCells' && e.origin)).toEqual(['H2']);
    await wb.apply(edits);

    // 1 000 + 1 200 + 1 800 + 2 400 = 6 400 (1000 kr) = 6 400 000 kr, in the file as written.
    const after = await check(await XlsxWorkbook.fromBuffer(await wb.toBuffer()));
    expect(after.plan.operating.find((m) => m.id === 'D-001')?.periodSum).toBe(6_400_000);
  });
});
