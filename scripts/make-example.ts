/**
 * Writes examples/eksempel.xlsx: the built-in example plan (what `tiltaksplan new --example` makes) with
 * its Sammendrag and Avstemming sheets already written, for a fixed first plan year so that the committed
 * file does not change with the calendar. Run: npx tsx scripts/make-example.ts
 */
import path from 'node:path';
import { applyCheckSheets, checkWorkbook } from '../src/cli/commands/check';
import { buildNewWorkbook, newContent } from '../src/cli/commands/new';
import type { PlanContent } from '../src/domain';
import { saveXlsxFile } from '../src/workbook/xlsx/nodeFile';
import type { XlsxWorkbook } from '../src/workbook/xlsx';

export const EXAMPLE_START_YEAR = 2027;

/**
 * Writes `content` as examples/`name` with its Sammendrag and Avstemming sheets, checked as in the year before
 * `startYear` (so that the committed file does not change with the calendar). Returns the file written.
 */
export async function writeCheckedExample(content: PlanContent, name: string, startYear: number): Promise<string> {
  const file = path.join(__dirname, '..', 'examples', name);
  await saveXlsxFile(await checkedExample(content, name, startYear), file, 'new-or-replace');
  return file;
}

/** The workbook writeCheckedExample saves (test/examples.test.ts holds the committed files to it). */
export async function checkedExample(content: PlanContent, name: string, startYear: number): Promise<XlsxWorkbook> {
  const wb = await buildNewWorkbook(content);
  const snapshot = await wb.read();
  const result = checkWorkbook(snapshot, name, 'nb', startYear - 1);
  await applyCheckSheets(wb, snapshot, result, 'nb');
  return wb;
}

/** The built-in example's content, as `tiltaksplan new --example` makes it for EXAMPLE_START_YEAR. */
export const exampleContent = (): PlanContent =>
  newContent({ startYear: EXAMPLE_START_YEAR, yearCount: 4, unit: '1000 kr', example: true });

const makeExample = (): Promise<string> => writeCheckedExample(exampleContent(), 'eksempel.xlsx', EXAMPLE_START_YEAR);

if (require.main === module) void makeExample().then((file) => console.log(`wrote ${file}`));
