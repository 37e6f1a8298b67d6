/**
 * jest.spyOn on a namespace import (`import * as rowXml`) must see the calls the product makes, or a test that
 * bounds them (sharedFormula.test.ts: «at most 22 joins») passes whatever the product does. Under test/transform.cjs
 * esbuild compiles `import * as` to __toESM(require(…)), a copy of the module's exports: the spy replaces the copy's
 * getter, while sheetDoc.ts calls the module's own export, so the spy counts 0 and the bound cannot fail (ts-jest's
 * namespace import was the module's exports object itself: the spy counted the joins).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Edit } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import * as rowXml from '../../../../src/workbook/xlsx/write/rowXml';

const FIXTURE = join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

it('a spy on rowXml.joinRow counts the rows an apply joins', async () => {
  // H…K of rows 2–12 of «Tiltak drift» set to 2: 11 rows changed, each joined at least once when the sheet part
  // is written (sheetDoc.ts), so at least 11 calls (and at most 22, sharedFormula.test.ts).
  const edits: Edit[] = [];
  for (let r = 2; r <= 12; r++)
    for (const c of 'HIJK') edits.push({ kind: 'setCells', sheet: 'Tiltak drift', origin: `${c}${r}`, values: [[2]] });
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(FIXTURE));
  const joins = jest.spyOn(rowXml, 'joinRow');
  await wb.apply(edits);
  await wb.toBuffer();
  const calls = joins.mock.calls.length;
  joins.mockRestore();
  expect(calls).toBeGreaterThanOrEqual(11);
});
