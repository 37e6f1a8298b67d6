/**
 * A fill, font or border the user gave a cell of Status or Kommentar in tblAvstemming (the product's columns she
 * types in) is treated as one on a cell of her own column: it stays at its address, and check --write names it
 * when another item takes its row. Before, the write emptied the product's columns whole, looks too, silently.
 *
 * By hand, from `new --example --start 2027` and a first `check --write` (as avstemmingUserLooks.test.ts): the
 * items of D-001 on rows 2–5, D-003 on rows 6–9, D-005 on rows 10–13, D-009 on rows 14–17; O is Status, P Kommentar.
 * She fills O2 (D-001 2027's Status) red, types «sjekk» in P14 (D-009 2027's Kommentar) and fills it red. Then
 * D-003 is set «Må utredes» (Tiltak drift G4): its four items go, every item below moves up four rows, D-009 2027
 * from row 14 to row 10 with its Kommentar; D-001 2027 stays on row 2.
 * So O2 stays red and is not named; P14 stays red beside another item and is named (Avstemming!P14); P10, where
 * «sjekk» went, is not red.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { appendFilledXf, solidFill } from '../fixtures/make/asExcel/xfs';
import { testIo } from './testIo';

const REF = 3; // D Ref, G År, P Kommentar (index 15)
const YEAR = 6;
const P = 15;

const avstemming = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find((s) => s.sheet === 'Avstemming')
    ?.values ?? [];

/** O2 filled red, «sjekk» typed in P14 and filled red, as Excel saves them (a fill and an xf appended). */
function redStatusAndComment(file: string): void {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const xf = appendFilledXf(pkg, 'FFFF0000');
  pkg.edit(pkg.sheetPart('Avstemming'), (x) => {
    const o2 = /<c r="O2" t="inlineStr">/.exec(x)?.[0] ?? '';
    expect(o2).not.toBe('');
    expect(x).not.toContain('<c r="P14"');
    return x
      .replace(o2, `<c r="O2" t="inlineStr" s="${xf}">`)
      .replace(/(<row r="14"[^>]*>.*?)<\/row>/, `$1<c r="P14" s="${xf}" t="inlineStr"><is><t>sjekk</t></is></c></row>`);
  });
  writeFileSync(file, pkg.bytes());
}

/** Whether cell `ref` of Avstemming in `file` is filled red. */
function isRed(file: string, ref: string): boolean {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const styles = pkg.text('xl/styles.xml');
  const fills = [...(/<fills[^>]*>(.*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>.*?<\/fill>/g)];
  const red = fills.findIndex((f) => f[0] === solidFill('FFFF0000'));
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)];
  const s = new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(pkg.text(pkg.sheetPart('Avstemming')))?.[1];
  return red >= 0 && s !== undefined && (xfs[Number(s)]?.[0] ?? '').includes(` fillId="${red}"`);
}

const lookLine = (cell: string) => cliText('anchorLeft.look', 'nb', { file: 'plan.xlsx', cell });

it('keeps her red Status and Kommentar cells at their address and names the one another item took', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const first = await avstemming(file);
  expect([first[1]?.[REF], first[1]?.[YEAR], first[13]?.[REF], first[13]?.[YEAR]]).toEqual([
    'D-001',
    2027,
    'D-009',
    2027,
  ]);
  redStatusAndComment(file);
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'G4', values: [['Må utredes']] }]);
  writeFileSync(file, await wb.toBuffer());
  expect([isRed(file, 'O2'), isRed(file, 'P14')]).toEqual([true, true]);

  const second = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], second)).toBe(1);
  const after = await avstemming(file);
  expect([after[9]?.[REF], after[9]?.[YEAR], after[9]?.[P]]).toEqual(['D-009', 2027, 'sjekk']);
  expect([after[1]?.[REF], after[1]?.[YEAR]]).toEqual(['D-001', 2027]);
  expect([isRed(file, 'O2'), isRed(file, 'P14'), isRed(file, 'P10')]).toEqual([true, true, false]);
  expect(second.err()).toContain(lookLine('Avstemming!P14'));
  expect(second.err()).not.toContain(lookLine('Avstemming!O2'));
});
