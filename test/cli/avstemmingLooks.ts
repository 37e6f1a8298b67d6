/**
 * Looks given to cells and rows of Avstemming the way Excel saves them (a fill and an xf appended to styles.xml, the
 * cells or the row given it), and how a test reads them back: for the tests of what check --write and roll name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { appendFilledXf, appendXfs, solidFill } from '../fixtures/make/asExcel/xfs';

/** Avstemming's values in `file`, as read. */
export const avstemming = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find((s) => s.sheet === 'Avstemming')
    ?.values ?? [];

/** Sets Tiltak drift!G4 (D-003's Kostnadsstatus in the example) to «Må utredes»: its four items go. */
export async function d003NotCosted(file: string): Promise<void> {
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'G4', values: [['Må utredes']] }]);
  writeFileSync(file, await wb.toBuffer());
}

/**
 * Rows `rows` of Avstemming (or `sheet`) coloured yellow whole, as Excel saves it: the row's s with customFormat, each
 * cell without a style of its own given the yellow xf, each amount cell (s 5, '#,##0') an xf with both.
 */
export function yellowRows(file: string, rows: readonly number[], sheet = 'Avstemming'): void {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const yellow = appendFilledXf(pkg, 'FFFFFF00');
  const fill = Number(/<fills count="(\d+)"/.exec(pkg.text('xl/styles.xml'))?.[1]) - 1; // the yellow one, last
  const amount = appendXfs(
    pkg,
    `<xf numFmtId="3" fontId="0" fillId="${fill}" borderId="0" xfId="0" applyNumberFormat="1" applyFill="1"/>`,
  );
  pkg.edit(pkg.sheetPart(sheet), (x) => {
    let out = x;
    for (const r of rows) {
      const row = new RegExp(`<row r="${r}"[^>]*>.*?</row>`).exec(out)?.[0] ?? '';
      expect(row).not.toBe('');
      const whole = row
        .replace(/^<row r="\d+"/, `<row r="${r}" s="${yellow}" customFormat="1"`)
        .replace(
          /<c r="([A-Z]+\d+)"((?: t="\w+")?)( s="5")?/g,
          (_m, ref: string, t: string, s?: string) => `<c r="${ref}"${t} s="${s ? amount : yellow}"`,
        );
      out = out.replace(row, whole);
    }
    return out;
  });
  writeFileSync(file, pkg.bytes());
}

/** The s of row `r` of Avstemming in `file`, with customFormat, or null. */
export const rowStyleOf = (file: string, r: number): string | null => {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const open = new RegExp(`<row r="${r}"[^>]*>`).exec(pkg.text(pkg.sheetPart('Avstemming')))?.[0] ?? '';
  return open.includes('customFormat="1"') ? (/ s="(\d+)"/.exec(open)?.[1] ?? null) : null;
};

/** Whether cell `ref` of Avstemming (or `sheet`) in `file` is filled red. */
export function isRed(file: string, ref: string, sheet = 'Avstemming'): boolean {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const styles = pkg.text('xl/styles.xml');
  const fills = [...(/<fills[^>]*>(.*?)<\/fills>/.exec(styles)?.[1] ?? '').matchAll(/<fill>.*?<\/fill>/g)];
  const red = fills.findIndex((f) => f[0] === solidFill('FFFF0000'));
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*>/g)];
  const s = new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(pkg.text(pkg.sheetPart(sheet)))?.[1];
  return red >= 0 && s !== undefined && (xfs[Number(s)]?.[0] ?? '').includes(` fillId="${red}"`);
}

/**
 * Cells `refs` of Avstemming (or `sheet`) filled red; `texts` typed in the ones that are empty (ref → text, an inline
 * string).
 */
export function fillRed(
  file: string,
  refs: readonly string[],
  texts: Readonly<Record<string, string>> = {},
  sheet = 'Avstemming',
): void {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(file)));
  const red = appendFilledXf(pkg, 'FFFF0000');
  pkg.edit(pkg.sheetPart(sheet), (x) => {
    let out = x;
    for (const ref of refs) {
      const cell = new RegExp(`<c r="${ref}"((?: t="\\w+")?)(?: s="\\d+")?`).exec(out);
      if (cell) {
        out = out.replace(cell[0], `<c r="${ref}"${cell[1] ?? ''} s="${red}"`);
        continue;
      }
      const r = Number(ref.replace(/^[A-Z]+/, ''));
      const typed = texts[ref];
      const xml =
        typed === undefined
          ? `<c r="${ref}" s="${red}"/>`
          : `<c r="${ref}" s="${red}" t="inlineStr"><is><t>${typed}</t></is></c>`;
      out = out.replace(new RegExp(`(<row r="${r}"[^>]*>.*?)</row>`), `$1${xml}</row>`);
    }
    return out;
  });
  writeFileSync(file, pkg.bytes());
}
