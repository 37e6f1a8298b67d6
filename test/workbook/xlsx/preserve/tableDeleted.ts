/**
 * plan-as-excel.xlsx (made by the product, saved by Excel) after she deleted tblTiltakInvestering with its cells
 * and typed a note in A1 of «Tiltak investering»: what repair makes the table anew beside (at C1). Its <cols> and
 * pane stay as `new` made them unless a test gives her own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
export const SHEET = 'Tiltak investering';

/** The package with the table, its part's relationships and its cells gone, and «Notat» in A1. */
export function investmentTableDeleted(): FixturePkg {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('displayName="tblTiltakInvestering"'),
  );
  if (!part) throw new Error('no tblTiltakInvestering');
  delete pkg.files[part];
  pkg.edit('[Content_Types].xml', (x) => x.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
  const sheet = pkg.sheetPart(SHEET);
  delete pkg.files[sheet.replace(/([^/]+)$/, '_rels/$1.rels')];
  const note = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Notat</t></is></c></row></sheetData>';
  pkg.edit(sheet, (x) =>
    x.replace(/<tableParts[\s\S]*?<\/tableParts>/, '').replace(/<sheetData>[\s\S]*<\/sheetData>/, note),
  );
  return pkg;
}

/** Each column's width on the sheet, by column number, as written in its <cols>. */
export function widths(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of xml.matchAll(/<col [^>]*>/g)) {
    const min = Number(/min="(\d+)"/.exec(m[0])?.[1]);
    const max = Number(/max="(\d+)"/.exec(m[0])?.[1]);
    for (let c = min; c <= max; c++) out.set(c, Number(/width="([\d.]+)"/.exec(m[0])?.[1]));
  }
  return out;
}
