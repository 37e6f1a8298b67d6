/**
 * Review r41, fixed: when her words of an item that disappeared are kept on a row below the items (Forklaring «Ikke
 * avstemt i denne kjøringen …»), `check --write` said nothing of it. Now one line names how many rows were kept and
 * where (the sheet and its rows), nb/nn/en; the pane says it with «Skriv avstemming» (ReconcileView).
 *
 * By hand, on the example (2027–2030, 1000 kr), Avstemming written in place (tblAvstemming A1:P57, 56 items on rows
 * 2–57): row 18 is D-011 (measure-not-in-economy-plan). She types «Spør Kari» in P18, and sets D-011's Nye midler
 * (Tiltak drift!Q12) 200 → 0: 55 items on rows 2–56, D-011's row kept below them, row 57. A first run, with nothing of
 * hers to keep, says no such line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { saveXlsxFile } from '../../../src/workbook/xlsx/nodeFile';
import { keptBelowLines } from '../../../src/i18n/keptBelow';
import { testIo } from '../../cli/testIo';

test('check --write names the row kept below the items for a gone item, with its sheet and row', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const first = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], first)).toBe(1);
  expect(first.out() + first.err()).not.toContain('under postene');
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  expect((await wb.read()).sheets.find((s) => s.sheet === 'Avstemming')!.values[17]?.[3]).toBe('D-011');
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P18', values: [['Spør Kari']] },
    { kind: 'setCells', sheet: 'Tiltak drift', origin: 'Q12', values: [[0]] },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const second = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--in-place'], second);
  expect((second.out() + second.err()).split('\n')).toContain(
    'plan.xlsx: Én rad som ikke er avstemt i denne kjøringen, er tatt vare på under postene på arket «Avstemming» (rad 57) med Status, Kommentar og det andre du skrev der; Forklaring sier hvorfor. Slett raden når du ikke trenger den.',
  );
});

test('several rows: counted, their first and last row named, in nn and en', () => {
  const kept = [{ sheet: 'Avstemming', first: 55, last: 57 }];
  expect(keptBelowLines(kept, 'nn')).toEqual([
    '3 rader som ikkje er avstemde i denne køyringa, er tekne vare på under postane på arket «Avstemming» (rad 55–57) med Status, Kommentar og det andre du skreiv der; Forklaring seier kvifor. Slett radene når du ikkje treng dei.',
  ]);
  expect(keptBelowLines(kept, 'en')).toEqual([
    '3 rows not reconciled in this run are kept below the items on the sheet "Avstemming" (rows 55–57) with the Status, Kommentar and anything else you typed there; Forklaring says why. Delete them when they are no longer needed.',
  ]);
});
