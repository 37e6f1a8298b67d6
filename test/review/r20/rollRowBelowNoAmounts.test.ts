/**
 * Review r20 (minor, text): the roll's message for a line left under a table says its amounts now stand under the
 * wrong years when the line has no amounts at all.
 *
 * What she did: the example (tblTiltakDrift A1:U12); right under it, row 13, a proposal without figures:
 * D-012 | Samfunn og tjenester | 5 | | «Parkert forslag: leksehjelp» | Varig | Må utredes (no year, no Helårsvirkning,
 * no financing). `roll plan.xlsx --out rullert.xlsx`.
 *
 * What she sees (src/i18n/cli.nb.ts rollRowBelow): «Rad 13 under tabellen over driftstiltak (Tiltak drift!A13) lå
 * utenfor tabellen og er ikke rullert: beløpene er ikke flyttet til de nye årene, og årstallene over dem er nå ett år
 * senere, så hvert beløp står under året etter sitt. … Utvid ikke tabellen over raden i den rullerte planen: da leses
 * beløpene ett år for sent.» The row has no amounts: nothing stands under a wrong year, and taking it into the rolled
 * table reads nothing late. Cause: rollover/rowsBelow.ts names every row-below-table row alike (sheet, cell, row,
 * table), without whether it holds an amount in a year column, and the message always speaks of its amounts.
 *
 * Why it is wrong: a budget officer reads «hvert beløp står under året etter sitt» as a warning about figures; here
 * it sends her looking for figures that are not there, and forbids a harmless repair.
 *
 * By hand: for a row without any amount, the roll names the row without claiming its amounts moved a year
 * (no «hvert beløp står under året etter sitt»).
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const LINE = ['D-012', 'Samfunn og tjenester', 5, null, 'Parkert forslag: leksehjelp', 'Varig', 'Må utredes'];

async function rollOutput(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(io.cwd, 'plan.xlsx'));
  const ws = wb.getWorksheet('Tiltak drift')!;
  expect([ws.getCell('A12').value, ws.getCell('A13').value]).toEqual(['D-011', null]);
  LINE.forEach((v, i) => (ws.getCell(13, i + 1).value = v));
  await wb.xlsx.writeFile(path.join(io.cwd, 'plan.xlsx'));
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], roll)).toBe(0);
  return roll.out() + roll.err();
}

describe('roll with a line without amounts right under tblTiltakDrift', () => {
  test('control: the roll names the row', async () => {
    expect(await rollOutput()).toContain('Rad 13 under tabellen over driftstiltak (Tiltak drift!A13)');
  });

  test('the roll does not say the amounts of a row without amounts stand under the wrong year', async () => {
    const line = (await rollOutput()).split('\n').find((l) => l.includes('Tiltak drift!A13')) ?? '';
    // Seen: «… så hvert beløp står under året etter sitt …».
    expect(line).not.toContain('hvert beløp står under året etter sitt');
  });
});
