/**
 * The base64 of the pane's rolled workbook at real sizes (newWorkbook.ts), built as the pane builds it in Excel
 * (index.tsx openInExcel: the roll's edits applied to an empty workbook by the file adapter): at 5 000 measures it
 * opens as a new workbook, under the 4 MB of base64 the pane hands to Excel.createWorkbook; at 10 000 it is over
 * (some 5 MB, over Excel on the web's cap too) and is refused with a message, createWorkbook not called. Measured
 * 2026-12-07: 5 000 measures 1 974 118 bytes, 2 632 160 of base64; 10 000 measures 3 920 834 bytes, 5 227 780.
 */
import { readPlan } from '../../src/domain';
import { planRolledWorkbook } from '../../src/domain/rollover/workbook';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { generateWorkbookEdits } from '../../bench/generate';
import {
  base64Length,
  NEW_WORKBOOK_LIMIT,
  NewWorkbookTooLarge,
  openAsNewWorkbook,
} from '../../src/taskpane/newWorkbook';

/** The rolled workbook of a generated plan of `n` measures, as the pane builds it in Excel. */
async function rolledFile(n: number): Promise<Uint8Array> {
  const source = XlsxWorkbook.empty();
  await source.apply(generateWorkbookEdits(n));
  const snapshot = await source.read('roll');
  const { plan, findings } = readPlan(snapshot, { defaultStartYear: 2027 });
  const rolled = XlsxWorkbook.empty();
  await rolled.apply(planRolledWorkbook(snapshot, plan, { date: '2027-12-15', findings }).edits);
  return rolled.toBuffer();
}

describe('the base64 of the rolled workbook the pane opens in Excel', () => {
  it('is under 4 MB at 5 000 measures: opened', async () => {
    const file = await rolledFile(5000);
    process.stdout.write(`5 000 measures: ${file.length} bytes, ${base64Length(file.length)} of base64\n`);
    const create = jest.fn(async (_base64: string) => undefined);
    await openAsNewWorkbook(file, create);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].length).toBe(base64Length(file.length));
    expect(base64Length(file.length)).toBeLessThanOrEqual(NEW_WORKBOOK_LIMIT);
  }, 600_000);

  it('is over 4 MB at 10 000 measures: refused before createWorkbook', async () => {
    const file = await rolledFile(10000);
    process.stdout.write(`10 000 measures: ${file.length} bytes, ${base64Length(file.length)} of base64\n`);
    const create = jest.fn(async (_base64: string) => undefined);
    await expect(openAsNewWorkbook(file, create)).rejects.toBeInstanceOf(NewWorkbookTooLarge);
    expect(create).not.toHaveBeenCalled();
  }, 600_000);
});
