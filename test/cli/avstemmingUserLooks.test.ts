/**
 * A fill, font or border the user gave a cell of her own column of tblAvstemming stays at its address when
 * check --write puts another item on that row (her column's values and number formats go with their item; the
 * look does not): it is named for her to move, never left silently beside the wrong item. A look on a cell whose
 * item stays on its row is not named.
 *
 * By hand, from `new --example --start 2027` and a first `check --write`: tblAvstemming A1:P57, the items of D-001
 * on rows 2–5 (2027–2030), D-003 on rows 6–9, D-005 on rows 10–13, D-009 on rows 14–17. She adds «Saksbehandler» in
 * Q, types «Kari» in Q2 (D-001 2027) and «Ola» in Q14 (D-009 2027), and fills both red. Then she sets D-003's
 * Kostnadsstatus to «Må utredes» (Tiltak drift G4): D-003 is no longer costed, so its four new-money items go and
 * every item below moves up four rows: D-009 2027 from row 14 to row 10, D-005 2027 (was row 10) to row 6, and
 * row 14 now holds the item that was on row 18. D-001 2027 stays on row 2.
 * So the red fill of Q14 stays beside another item and is named (Avstemming!Q14); Q2's is not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { appendFilledXf, solidFill } from '../fixtures/make/asExcel/xfs';
import { testIo } from './testIo';

const RED_FILL = solidFill('FFFF0000');
const REF = 3; // D Ref and G År in tblAvstemming; Q (her column) is index 16.
const YEAR = 6;
const Q = 16;

const avstemming = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find((s) => s.sheet === 'Avstemming')
    ?.values ?? [];

/** Fills the cells `refs` of Avstemming red (a new fill and xf appended to styles.xml, as Excel does). */
function fillRed(pkg: FixturePkg, refs: readonly string[]): void {
  const xf = appendFilledXf(pkg, 'FFFF0000');
  pkg.edit(pkg.sheetPart('Avstemming'), (x) => {
    let out = x;
    for (const ref of refs) {
      const cell = new RegExp(`<c r="${ref}"( t="\\w+")?(?: s="\\d+")?`).exec(out)?.[0];
      expect(cell).toBeDefined();
      out = out.replace(cell ?? '', `${(cell ?? '').replace(/ s="\d+"/, '')} s="${xf}"`);
    }
    return out;
  });
}

/** The example checked and written once, her column Q with two red cells, and D-003 no longer costed. */
async function planWithRedCells(costChange: boolean) {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  // 1: the example's deliberate differences are errors (D-011 without its economy plan line); it is written all the same.
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const first = await avstemming(file);
  expect([first[1]?.[REF], first[1]?.[YEAR], first[13]?.[REF], first[13]?.[YEAR]]).toEqual([
    'D-001',
    2027,
    'D-009',
    2027,
  ]);
  expect([first[5]?.[REF], first[9]?.[REF]]).toEqual(['D-003', 'D-005']);
  const rows = first.length;
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'deleteOwnedTable', name: 'tblAvstemming' },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Saksbehandler']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q2', values: [['Kari']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q14', values: [['Ola']] },
    { kind: 'createTable', sheet: 'Avstemming', name: 'tblAvstemming', ref: `A1:Q${rows}` },
    ...(costChange
      ? [{ kind: 'setCells' as const, sheet: 'Tiltak drift', origin: 'G4', values: [['Må utredes']] }]
      : []),
  ]);
  await saveXlsxFile(wb, file, 'replace');
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  fillRed(pkg, ['Q2', 'Q14']);
  writeFileSync(file, pkg.bytes());
  return { cwd: io.cwd, file };
}

/** Whether cell `ref` of Avstemming in `file` is filled red (its xf's fill is the red one). */
function isRed(file: string, ref: string): boolean {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const styles = pkg.text('xl/styles.xml');
  const fills = [...(/<fills[^>]*>(.*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>.*?<\/fill>/g)];
  const red = fills.findIndex((f) => f[0] === RED_FILL);
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)];
  const s = new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(pkg.text(pkg.sheetPart('Avstemming')))?.[1];
  return red >= 0 && s !== undefined && (xfs[Number(s)]?.[0] ?? '').includes(` fillId="${red}"`);
}

const lookLine = (cell: string) => cliText('anchorLeft.look', 'nb', { file: 'plan.xlsx', cell });

it('names the red fill left on Q14 when its item moves up, not the one on Q2 whose item stays', async () => {
  const { cwd, file } = await planWithRedCells(true);
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(1);
  const after = await avstemming(file);
  // D-009 2027 and «Ola» on row 10 now, D-001 2027 and «Kari» still on row 2.
  expect([after[9]?.[REF], after[9]?.[YEAR], after[9]?.[Q]]).toEqual(['D-009', 2027, 'Ola']);
  expect([after[1]?.[REF], after[1]?.[YEAR], after[1]?.[Q]]).toEqual(['D-001', 2027, 'Kari']);
  expect(after[13]?.[REF]).not.toBe('D-009');
  // The looks stayed at their addresses: Q14 is red beside another item (what the line names), Q10 is not.
  expect([isRed(file, 'Q2'), isRed(file, 'Q14'), isRed(file, 'Q10')]).toEqual([true, true, false]);
  const lines = io.err().split('\n');
  const written = lines.findIndex((l) => l === cliText('checkWritten', 'nb', { file: 'plan.xlsx' }));
  expect(written).toBeGreaterThanOrEqual(0);
  expect(lines.slice(written + 1)).toContain(lookLine('Avstemming!Q14'));
  expect(io.err()).not.toContain(lookLine('Avstemming!Q2'));
});

it('names no look when every item keeps its row', async () => {
  const { cwd, file } = await planWithRedCells(false);
  expect([isRed(file, 'Q2'), isRed(file, 'Q14')]).toEqual([true, true]);
  const io = testIo({ cwd });
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(1);
  expect(io.err()).not.toContain(lookLine('Avstemming!Q14'));
  expect(io.err()).not.toContain(lookLine('Avstemming!Q2'));
});
