/**
 * A new measure added to her table whose year columns are not side by side (review r30 periodSumSpan, file path):
 * «Herav lønn» dragged between 2028 (I) and 2029 (K), Sum periode in M. The product writes the Sum periode that
 * sums exactly the years, one term per run (2027–2028, 2029–2030), with its cached result computed:
 * 150 + 250 + 350 + 450 = 1 200.
 */
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { addOwnColumn, examplePkg, moveColumns, recalculateSums } from '../../../review/r30/herTable';
import { addMeasure, refusal } from './protectedInputRows';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTU'.split('');
const RUNS = 'SUM(tblTiltakDrift[[#This Row],[2027]:[2028]],tblTiltakDrift[[#This Row],[2029]:[2030]])';

test('Sum periode of the new measure sums the two runs of years: 1 200', async () => {
  const { pkg } = await examplePkg();
  addOwnColumn(pkg, 'Herav lønn', { 2: 500 });
  moveColumns(pkg, [...LETTERS.slice(0, 9), 'V', ...LETTERS.slice(9)]);
  recalculateSums(pkg, 'M', ['H', 'I', 'J', 'K', 'L']);
  const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
  const row = {
    values: { section: 'Organisasjon', measure: 'Nytt tiltak', costStatus: 'Beregnet' },
    years: [150, 250, 350, 450],
  };
  expect(await refusal(wb, await addMeasure(wb, row))).toBeNull();
  const out = new FixturePkg(await wb.toBuffer());
  const sheet = out.text(out.sheetPart('Tiltak drift'));
  const row13 = /<row r="13"[^>]*>[\s\S]*?<\/row>/.exec(sheet)?.[0] ?? '';
  expect(/<c r="M13"[^>]*><f>([^<]*)<\/f><v>([^<]*)<\/v>/.exec(row13)?.slice(1)).toEqual([RUNS, '1200']);
});
