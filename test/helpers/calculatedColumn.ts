import { FixturePkg } from '../fixtures/make/asExcel/pkg';

/**
 * Give the example's tblTiltakDrift (A1:U12, on «Tiltak drift») a 22nd column V of hers named `header`, calculated by
 * `formula` (the file's spelling, e.g. `tblTiltakDrift[[#This Row],[Sum periode]]/4`) as Excel saves it: the
 * table's calculatedColumnFormula, and each body cell the formula with the cached value `cached(row)` (0 unless said).
 */
export function addCalculatedColumn(
  pkg: FixturePkg,
  header: string,
  formula: string,
  cached: (row: number) => number = () => 0,
): void {
  const table = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('name="tblTiltakDrift"'),
  );
  if (!table) throw new Error('no tblTiltakDrift');
  pkg.edit(table, (x) =>
    x
      .replaceAll('ref="A1:U12"', 'ref="A1:V12"')
      .replace('<tableColumns count="21">', '<tableColumns count="22">')
      .replace(
        '</tableColumns>',
        `<tableColumn id="22" name="${header}"><calculatedColumnFormula>${formula}</calculatedColumnFormula></tableColumn></tableColumns>`,
      ),
  );
  pkg.edit(pkg.sheetPart('Tiltak drift'), (x) =>
    x.replace(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g, (row: string, r: string, attrs: string, cells: string) => {
      const n = Number(r);
      if (n > 12) return row;
      const v =
        n === 1
          ? `<c r="V1" t="inlineStr"><is><t>${header}</t></is></c>`
          : `<c r="V${n}"><f>${formula}</f><v>${cached(n)}</v></c>`;
      return `<row r="${r}"${attrs}>${cells}${v}</row>`;
    }),
  );
}
