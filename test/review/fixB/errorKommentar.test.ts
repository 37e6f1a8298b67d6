/**
 * Review r41, fixed: an error value in Kommentar or Status of tblAvstemming (a pasted #N/A, or her formula there
 * showing #DIV/0!) was written empty by the next `check --write` (keptUserColumns kept text, numbers and logicals
 * only), and «Åpen» in Status. Now it is written as the error's text, as her own columns carry one (plainValue); her
 * formula goes in as the value it showed and the run's output names it with its formula (reconciliationFormulaValues).
 *
 * By hand, on the example (2027–2030, 1000 kr), Avstemming written in place (tblAvstemming A1:P57): row 9 is D-003
 * 2030, row 18 D-011 (measure-not-in-economy-plan). She pastes #N/A in P9 and in O9 (Status), and writes =1/0 in P18
 * (#DIV/0!). D-011's Nye midler (Tiltak drift!Q12) 200 → 0: its item is gone, its row kept last (57). After the next
 * run: O9 and P9 hold «#N/A», P57 «#DIV/0!», and the output names Avstemming!P18 with «=1/0».
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';
import { testIo } from '../../cli/testIo';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';

/** Replaces cell `a1` of Avstemming's XML by `cell` (the whole <c> element). */
function setCell(xml: string, a1: string, cell: string): string {
  const re = new RegExp(`<c r="${a1}"[^>]*?(/>|>.*?</c>)`);
  expect(re.test(xml)).toBe(true);
  return xml.replace(re, cell);
}

test('an error value in Kommentar and Status, pasted or shown by her formula, comes back on the next run', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  const before = (await wb.read()).sheets.find((s) => s.sheet === 'Avstemming')!.values;
  expect([before[8]?.[3], before[8]?.[6], before[17]?.[3]]).toEqual(['D-003', 2030, 'D-011']);
  // Placeholders first, so that each cell has a <c> to replace with the error.
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'O9', values: [['x', 'x']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P18', values: [['x']] },
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'Q12', values: [[0]] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const pkg = new FixturePkg(readFileSync(file));
  pkg.edit(pkg.sheetPart('Avstemming'), (xml) =>
    setCell(
      setCell(setCell(xml, 'O9', '<c r="O9" t="e"><v>#N/A</v></c>'), 'P9', '<c r="P9" t="e"><v>#N/A</v></c>'),
      'P18',
      '<c r="P18" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    ),
  );
  writeFileSync(file, pkg.bytes());
  const second = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], second);
  const after = (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find(
    (s) => s.sheet === 'Avstemming',
  )!.values;
  expect([after[8]?.[3], after[8]?.[6], after[8]?.[14], after[8]?.[15]]).toEqual(['D-003', 2030, '#N/A', '#N/A']);
  expect([after[56]?.[3], after[56]?.[15]]).toEqual(['D-011', '#DIV/0!']);
  expect(second.out() + second.err()).toMatch(/Avstemming!P18[^\n]*=1\/0/);
});
