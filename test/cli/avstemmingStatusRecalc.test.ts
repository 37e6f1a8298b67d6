/**
 * Review of 73e2ea9: Status and Kommentar of tblAvstemming are now written value by value (typedColumns.ts), as
 * cells the product does not generate, and writeCell asks Excel to recalculate on open (fullCalcOnLoad) when such a
 * cell is not written as it was — compared as XML. A file Excel saved keeps Status as a shared string
 * (`<c r="O2" t="s"><v>143</v>`) and the write puts the same text back as an inline string
 * (`<c r="O2" t="inlineStr">…`): not «as it was» by XML, so every check --write of an Excel-saved plan now sets
 * fullCalcOnLoad="1", though no value changed (every Status there is the same text before and after). Before
 * 73e2ea9 (94c011e) the same run left calcPr as it was: `<calcPr calcId="191029"/>`. The product's own rule
 * (test/cli/check.test.ts: "writes every formula with its cached value, so Excel opens the copy without
 * recalculating") is broken on the files users actually have: Excel then recalculates the whole workbook on each
 * open and asks to save on close.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

it('check --write of the Excel-saved plan does not ask Excel to recalculate (Status as shared strings)', async () => {
  const source = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  expect(source.text('xl/workbook.xml')).toContain('<calcPr calcId="191029"/>');
  expect(source.text(source.sheetPart('Avstemming'))).toMatch(/<c r="O2" t="s">/);
  const io = testIo();
  expect(await main(['check', FIXTURE, '--write', '--out', path.join(io.cwd, 'ut.xlsx')], io)).toBe(1);
  const out = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'ut.xlsx'))));
  expect(out.text('xl/workbook.xml')).not.toContain('fullCalcOnLoad');
});
