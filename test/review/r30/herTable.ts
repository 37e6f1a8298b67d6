/**
 * Review r30's fixtures: the example plan (`new plan.xlsx --example --start 2027`, tblTiltakDrift A1:U12 on
 * «Tiltak drift», D-001…D-011 in rows 2–12, 1000 kr) as a budget officer leaves it in Excel — columns moved, rows
 * hidden by her filter, rows grouped — edited with regular expressions as Excel would save it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { columnLetter, columnNumber } from '../../../src/domain/model/a1';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

/** The example plan as a package, and the folder it was written in. */
export async function examplePkg(): Promise<{ pkg: FixturePkg; cwd: string }> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  return { pkg: new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx')))), cwd: io.cwd };
}

/** The part of tblTiltakDrift. */
export function operatingTablePart(pkg: FixturePkg): string {
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('name="tblTiltakDrift"'),
  );
  if (!part) throw new Error('no tblTiltakDrift');
  return part;
}

/**
 * Her own column V (`header`, numbers by sheet row) appended to tblTiltakDrift (A1:V12), as Excel adds a column
 * typed right of the table.
 */
export function addOwnColumn(pkg: FixturePkg, header: string, values: Record<number, number | string>): void {
  const table = operatingTablePart(pkg);
  pkg.edit(table, (x) =>
    x
      .replaceAll('ref="A1:U12"', 'ref="A1:V12"')
      .replace('<tableColumns count="21">', '<tableColumns count="22">')
      .replace('</tableColumns>', `<tableColumn id="22" name="${header}"/></tableColumns>`),
  );
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, (row: string, r: string, attrs: string, cells: string) => {
      const n = Number(r);
      const v = n === 1 ? header : values[n];
      if (v === undefined) return row;
      const cell =
        typeof v === 'number' ? `<c r="V${n}"><v>${v}</v></c>` : `<c r="V${n}" t="inlineStr"><is><t>${v}</t></is></c>`;
      return `<row r="${r}"${attrs}>${cells}${cell}</row>`;
    }),
  );
}

/**
 * Moves the columns of tblTiltakDrift as Excel does when she drags a column elsewhere (Shift-drag): `order` lists
 * the old column letters in their new order from A. Cells move with their column (rows' cells kept in column
 * order), the table's columns (and their calculated formulas) are listed in the new order, drop-downs follow;
 * the column widths are dropped.
 */
export function moveColumns(pkg: FixturePkg, order: readonly string[]): void {
  const to = new Map(order.map((old, i) => [old, columnLetter(i + 1)]));
  const letter = (c: string) => to.get(c) ?? c;
  const sheet = pkg.sheetPart('Tiltak drift');
  pkg.edit(sheet, (x) =>
    x
      .replace(/<cols>.*?<\/cols>/, '')
      .replace(
        /sqref="([^"]*)"/g,
        (_m, refs: string) =>
          `sqref="${refs.replace(/([A-Z]+)(\d+)/g, (_r, c: string, n: string) => `${letter(c)}${n}`)}"`,
      )
      .replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, (_row, r: string, attrs: string, body: string) => {
        const cells = body.match(/<c r="[A-Z]+\d+"[^>]*?\/>|<c r="[A-Z]+\d+"[^>]*?>.*?<\/c>/g) ?? [];
        const moved = cells
          .map((c) => {
            const [, col = '', n = ''] = /^<c r="([A-Z]+)(\d+)"/.exec(c) ?? [];
            return { at: columnNumber(letter(col)), xml: c.replace(`r="${col}${n}"`, `r="${letter(col)}${n}"`) };
          })
          .sort((a, b) => a.at - b.at);
        return `<row r="${r}"${attrs}>${moved.map((c) => c.xml).join('')}</row>`;
      }),
  );
  const table = operatingTablePart(pkg);
  pkg.edit(table, (x) => {
    const columns = x.match(/<tableColumn [^>]*?\/>|<tableColumn [^>]*?>.*?<\/tableColumn>/g) ?? [];
    const byLetter = new Map(columns.map((c, i) => [columnLetter(i + 1), c]));
    const list = order.map((old) => byLetter.get(old) ?? '').join('');
    return x.replace(/(<tableColumns[^>]*>).*(<\/tableColumns>)/, `$1${list}$2`);
  });
}

/** The cached value of each Sum periode cell (column `sum`, rows 2–12) set as Excel computes it: Σ of `span`. */
export function recalculateSums(pkg: FixturePkg, sum: string, span: readonly string[]): void {
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, (row: string, r: string, _a: string, body: string) => {
      const value = (c: string) => Number(new RegExp(`<c r="${c}${r}"[^>]*><v>([^<]*)</v>`).exec(body)?.[1] ?? 0);
      const total = span.reduce((a, c) => a + value(c), 0);
      return row.replace(
        new RegExp(`(<c r="${sum}${r}"[^>]*><f>[^<]*</f><v>)[^<]*(</v>)`),
        (_m, open: string, close: string) => `${open}${total}${close}`,
      );
    }),
  );
}
