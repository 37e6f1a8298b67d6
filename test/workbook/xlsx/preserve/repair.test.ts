/**
 * Repair on a workbook as Excel saves it, whose economy plan lost its Excel table (the cells are there):
 * repair makes the table over them again; every other part comes back byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planRepair } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { diffPackages, plumbingProblems } from './compare';
import { expectValidOoxml } from './validOoxml';
import { ownedCellProblems } from './owned';
import { partsOf } from '../parts';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

/** The fixture with tblOkonomiplan's part, relationship, content type and reference taken out. */
function withoutEconomyPlanTable(): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const sheet = pkg.sheetPart('Økonomiplan');
  const part = Object.keys(pkg.files).find(
    (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('displayName="tblOkonomiplan"'),
  );
  if (!part) throw new Error('no tblOkonomiplan');
  delete pkg.files[part];
  pkg.edit('[Content_Types].xml', (x) => x.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
  delete pkg.files[sheet.replace(/([^/]+)$/, '_rels/$1.rels')];
  pkg.edit(sheet, (x) => x.replace(/<tableParts[\s\S]*?<\/tableParts>/, ''));
  return pkg.bytes();
}

/** The table parts of `bytes` that define the table `name`. */
function tablePartsNamed(bytes: Uint8Array, name: string): string[] {
  const parts = partsOf(bytes);
  return Object.keys(parts).filter((p) => p.startsWith('xl/tables/') && (parts[p] ?? '').includes(`name="${name}"`));
}

describe('repair of a workbook as Excel saves it', () => {
  it('makes the lost table again and changes nothing else', async () => {
    const before = withoutEconomyPlanTable();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const { changes, edits } = planRepair(await wb.read(), { defaultStartYear: 2027 });
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'add-table', target: 'tblOkonomiplan' }));
    await wb.apply(edits);
    const after = await wb.toBuffer();
    const diff = diffPackages(before, after);
    const sheets = [...new Set(edits.flatMap((e) => ('sheet' in e ? [e.sheet] : [])))];
    // The fixture predates Plannavn (SPEC §3): repair adds that row to tblInnstillinger too, as to any older plan.
    expect(sheets).toEqual(['Innstillinger', 'Økonomiplan']);
    expect(changes).toContainEqual(expect.objectContaining({ target: 'Plannavn' }));
    const plumbing = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];
    const sheetPart = new FixturePkg(after).sheetPart('Økonomiplan');
    const settingsParts = [
      new FixturePkg(after).sheetPart('Innstillinger'),
      ...tablePartsNamed(after, 'tblInnstillinger'),
    ];
    expect(diff.changed.filter((p) => !plumbing.includes(p) && p !== sheetPart && !settingsParts.includes(p))).toEqual(
      [],
    );
    expect(diff.removed).toEqual([]);
    expect(diff.added.sort()).toEqual(
      [sheetPart.replace(/([^/]+)$/, '_rels/$1.rels'), expect.stringMatching(/^xl\/tables\/table\d+\.xml$/)].sort(),
    );
    expect(plumbingProblems(before, after, [])).toEqual([]);
    expect(await ownedCellProblems(before, after, sheets, edits)).toEqual([]);
    expect((await (await XlsxWorkbook.fromBuffer(after)).read()).tables.map((t) => t.name)).toContain('tblOkonomiplan');
    expectValidOoxml(after);
  });
});
