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

export const EXAMPLE_START_YEAR = 2027;

/**
 * Writes `content` as examples/`name` with its Sammendrag and Avstemming sheets, checked as in the year before
 * `startYear` (so that the committed file does not change with the calendar). Returns the file written.
 */
export async function writeCheckedExample(content: PlanContent, name: string, startYear: number): Promise<string> {
  const wb = await buildNewWorkbook(content);
  const snapshot = await wb.read();
  const result = checkWorkbook(snapshot, name, 'nb', startYear - 1);
  await applyCheckSheets(wb, snapshot, result, 'nb');
  const file = path.join(__dirname, '..', 'examples', name);
  await saveXlsxFile(wb, file, 'new-or-replace');
  return file;
}

const makeExample = (): Promise<string> =>
  writeCheckedExample(
    newContent({ startYear: EXAMPLE_START_YEAR, yearCount: 4, unit: '1000 kr', example: true }),
    'eksempel.xlsx',
    EXAMPLE_START_YEAR,
  );

if (require.main === module) void makeExample().then((file) => console.log(`wrote ${file}`));
