/**
 * Review r41, fixed, the Excel path of errorKommentar.test.ts: «Skriv avstemming» on the recording fake wrote an error
 * value in Kommentar or Status (a pasted #N/A; her formula showing #DIV/0!) empty, and «Åpen» in Status. Now each
 * comes back as the error's text; her formula as the value it showed, which the pane names (reconciliationFormulaValues).
 *
 * By hand, on the example (2027–2030, 1000 kr) with Avstemming written (A1:P57): row 9 is D-003 2030, row 18 D-011.
 * She pastes #N/A in O9 and P9 and writes =1/0 in P18, and sets D-011's Nye midler (Tiltak drift!Q12) 200 → 0: D-011's
 * row is kept last (57). «Skriv avstemming»: O9 and P9 «#N/A», P57 «#DIV/0!».
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

test('an error value in Kommentar and Status stays through «Skriv avstemming» in Excel', async () => {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  expect([av.get('D9')?.value, av.get('G9')?.value, av.get('D18')?.value]).toEqual(['D-003', 2030, 'D-011']);
  av.set('O9', { value: '#N/A', error: true });
  av.set('P9', { value: '#N/A', error: true });
  av.set('P18', { value: '#DIV/0!', formula: '=1/0', error: true });
  const drift = model.sheets.find((s) => s.name === 'Tiltak drift')!.cells;
  expect(drift.get('Q12')?.value).toBe(200);
  drift.set('Q12', { ...drift.get('Q12')!, value: 0 });
  expect((await writeAvstemming(model)).ok).toBe(true);
  expect(model.tables.find((t) => t.name === 'tblAvstemming')?.ref).toBe('A1:P57');
  expect([av.get('D9')?.value, av.get('O9')?.value, av.get('P9')?.value]).toEqual(['D-003', '#N/A', '#N/A']);
  expect([av.get('D57')?.value, av.get('P57')?.value]).toEqual(['D-011', '#DIV/0!']);
});
