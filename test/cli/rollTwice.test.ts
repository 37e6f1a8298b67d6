/**
 * Review (finance officer): rolled twice (2027–2030 → 2028–2031 → 2029–2032) without typing the economy plan's 2031
 * in between, both 2031 and 2032 are empty on every economy plan line. The second roll named only 2032 («ingen beløp
 * for 2032 ennå»), though 2031 waits too; and the check's lists of years read «for 2031, 2032» where Norwegian
 * reads «2031 og 2032». By hand, the example's economy plan lines: 2029 and 2030 typed (from the old 2029–2030),
 * 2031 (the first roll's new year) and 2032 (the second's) empty.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

async function rolledTwice(lang = 'nb') {
  const io = testIo();
  expect(await main(['new', 'ex.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['roll', 'ex.xlsx', '--out', 'r1.xlsx'], io)).toBe(0);
  const second = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'r1.xlsx', '--out', 'r2.xlsx', '--lang', lang], second)).toBe(0);
  return { cwd: io.cwd, roll: second.out() };
}

describe('the example rolled twice, 2031 not typed in between', () => {
  it.each([
    [
      'nb',
      'Økonomiplanen har ingen beløp for 2031 og 2032 ennå: kontrollen avstemmer ikke 2031 og 2032 før tallene fra ' +
        'den nye økonomiplanen er lagt inn.',
    ],
    [
      'nn',
      'Økonomiplanen har ingen beløp for 2031 og 2032 enno: kontrollen avstemmer ikkje 2031 og 2032 før tala frå ' +
        'den nye økonomiplanen er lagde inn.',
    ],
    [
      'en',
      'The economy plan has no amounts for 2031 and 2032 yet: the check does not reconcile 2031 and 2032 until the ' +
        'figures of the new economy plan are entered.',
    ],
  ])('%s: the second roll names both empty years', async (lang, text) => {
    const { roll } = await rolledTwice(lang);
    expect(roll).toContain(text);
  });

  it('the check says no comparison of 2031 and 2032 was made, the years joined with «og»', async () => {
    const { cwd } = await rolledTwice();
    const io = testIo({ cwd });
    expect(await main(['check', 'r2.xlsx'], io)).toBe(1);
    expect(io.out()).toContain(
      'Sammenligningene for 2031 og 2032 er ikke gjort: de gjøres når økonomiplanen har beløp for 2031 og 2032 ' +
        '(se funnene).',
    );
  });

  it('Sammendrag’s note on top joins the years with «og»', async () => {
    const { cwd } = await rolledTwice();
    expect(await main(['check', 'r2.xlsx', '--write', '--in-place'], testIo({ cwd }))).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(cwd, 'r2.xlsx'));
    expect(String(wb.getWorksheet('Sammendrag')!.getCell('A7').value)).toMatch(
      / Økonomiplanen har ingen beløp for 2031 og 2032 ennå \(se kontrollen\): tiltakene i 2031 og 2032 avstemmes når tallene er lagt inn\.$/,
    );
  });
});
