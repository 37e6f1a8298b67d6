/** Damage Excel lets her do to the settings, done to a workbook's package (the tests of what refuses to read it). */
import type { FixturePkg } from '../fixtures/make/asExcel/pkg';

/** The Innstillinger sheet deleted (Excel: Delete Sheet), with the list names over it. */
export function deleteSettingsSheet(pkg: FixturePkg): void {
  const rid = /<sheet [^>]*name="Innstillinger"[^>]*r:id="([^"]+)"/.exec(pkg.text('xl/workbook.xml'))?.[1] ?? '';
  pkg.edit('xl/workbook.xml', (x) =>
    x
      .replace(/<sheet [^>]*name="Innstillinger"[^>]*\/>/, '')
      .replace(/<definedName name="lst[^"]*">[^<]*<\/definedName>/g, ''),
  );
  pkg.edit('xl/_rels/workbook.xml.rels', (x) => x.replace(new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`), ''));
}

/** The Verdi header of tblInnstillinger retyped «Verdi 2027» (the cell and the table's column name, as Excel does). */
export function retypeValueHeader(pkg: FixturePkg): void {
  pkg.edit(pkg.sheetPart('Innstillinger'), (x) => x.replace('<t>Verdi</t>', '<t>Verdi 2027</t>'));
  const table = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && n.endsWith('.xml') && pkg.text(n).includes('name="tblInnstillinger"'),
  );
  if (!table) throw new Error('no tblInnstillinger');
  pkg.edit(table, (x) => x.replace('name="Verdi"', 'name="Verdi 2027"'));
}
