/**
 * The file path never goes around the workbook's protection (SPEC §11, "Writing into a user's workbook"): a write
 * that would add a sheet to a workbook whose structure is locked, or write into a protected sheet, is refused by
 * XlsxWorkbook.apply before any edit is applied, naming the sheets; the package stays as it was. The pane's repair
 * and *Nytt tiltak* on a file go through that apply (browser pane, then download).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  checkSnapshot,
  exampleContent,
  planAddMeasure,
  planRepair,
  planWorkbook,
  type Edit,
} from '../../../../src/domain';
import { WorkbookProtectedError } from '../../../../src/workbook/port';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { sheetProtected, structureLocked } from '../../../../src/workbook/xlsx/write/protection';
import { FixturePkg } from '../../../fixtures/make/asExcel/pkg';
import { protectSheet, protectWorkbook } from '../../../fixtures/make/asExcel/protection';
import { diffPackages } from '../preserve/compare';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');
const fixture = (): FixturePkg => new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));

/** The conflict `apply(edits)` was refused with, or null when it applied them. */
async function refusal(wb: XlsxWorkbook, edits: readonly Edit[]): Promise<unknown> {
  try {
    await wb.apply(edits);
    return null;
  } catch (e) {
    if (e instanceof WorkbookProtectedError) return e.conflict;
    throw e;
  }
}

describe('protection as the package states it', () => {
  it.each([
    ['<workbookProtection lockStructure="1"/>', true],
    ['<workbookProtection lockStructure="true" lockWindows="0"/>', true],
    ['<x:workbookProtection lockStructure="1"/>', true],
    ['<workbookProtection lockWindows="1"/>', false],
    ['<workbookProtection lockStructure="0" lockWindows="1"/>', false],
    // LibreOffice writes an empty one into every workbook it saves (test/fixtures/libreoffice/): nothing locked.
    ['<workbookProtection/>', false],
    ['<bookViews/>', false],
  ])('structure locked in %s: %s', (xml, locked) => {
    expect(structureLocked(`<workbook>${xml}<sheets/></workbook>`)).toBe(locked);
  });

  it.each([
    ['<sheetProtection sheet="1" objects="1" scenarios="1"/>', true],
    ['<sheetProtection password="CC3D" sheet="true"/>', true],
    ['<sheetProtection sheet="0" objects="1"/>', false],
    ['<sheetProtection objects="1"/>', false],
    // POI's 47889.xlsx: the options of a protection that is turned off.
    ['<sheetProtection formatCells="0" formatColumns="0" selectLockedCells="1" selectUnlockedCells="1"/>', false],
    ['<protectedRanges/>', false],
  ])('sheet protected by %s: %s', (xml, on) => {
    expect(sheetProtected(`<worksheet><sheetData/>${xml}</worksheet>`)).toBe(on);
  });
});

describe('a write into a protected sheet of a file', () => {
  it('refuses a new measure on a protected «Tiltak drift» and leaves every part as it was', async () => {
    // The example workbook: tblTiltakDrift is A1:U12 with nothing under it (addMeasureFormulaRow.test.ts).
    const made = XlsxWorkbook.empty();
    await made.apply(planWorkbook(exampleContent({ startYear: 2027 })));
    const pkg = new FixturePkg(await made.toBuffer());
    protectSheet(pkg, 'Tiltak drift');
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const snapshot = await wb.read('check');
    const { plan } = checkSnapshot(snapshot, { file: 'x.xlsx', defaultStartYear: 2027, render: () => '' });
    const row = { values: { section: 'Organisasjon', measure: 'Nytt tiltak' }, years: [1, 2, 3, 4] };
    const planned = planAddMeasure(plan, 'operating', row, snapshot);
    if (!planned.ok) throw new Error('the new row should be free');
    expect(planned.edits).toContainEqual(expect.objectContaining({ kind: 'resizeTable', ref: 'A1:U13' }));
    // The new row and the grown tblTiltakDrift are both on «Tiltak drift»: that sheet alone is named, with the table
    // it would grow, from A1:U12 over the new row 13.
    expect(await refusal(wb, planned.edits)).toEqual({
      added: [],
      protected: ['Tiltak drift'],
      tables: [{ sheet: 'Tiltak drift', table: 'tblTiltakDrift', range: 'A1:U13', change: 'grow' }],
    });
    expect(diffPackages(before, await wb.toBuffer())).toEqual({ added: [], removed: [], changed: [] });
  });

  it('refuses a repair that writes into a protected «Økonomiplan», naming it and not the unprotected sheets', async () => {
    const pkg = fixture();
    // tblOkonomiplan taken out (its cells stay): repair makes it again on Økonomiplan, and adds Plannavn on
    // Innstillinger, which is not protected (test/workbook/xlsx/preserve/repair.test.ts).
    const sheet = pkg.sheetPart('Økonomiplan');
    const part = Object.keys(pkg.files).find(
      (n) => n.startsWith('xl/tables/') && pkg.text(n).includes('displayName="tblOkonomiplan"'),
    );
    if (!part) throw new Error('no tblOkonomiplan');
    delete pkg.files[part];
    pkg.edit('[Content_Types].xml', (x) => x.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
    delete pkg.files[sheet.replace(/([^/]+)$/, '_rels/$1.rels')];
    pkg.edit(sheet, (x) => x.replace(/<tableParts[\s\S]*?<\/tableParts>/, ''));
    protectSheet(pkg, 'Økonomiplan');
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const { edits } = planRepair(await wb.read(), { defaultStartYear: 2027 });
    expect(edits.some((e) => 'sheet' in e && e.sheet === 'Innstillinger')).toBe(true);
    // The table made again where it stood (A1:J23), with the Plan column repair adds after the years (K).
    expect(await refusal(wb, edits)).toEqual({
      added: [],
      protected: ['Økonomiplan'],
      tables: [{ sheet: 'Økonomiplan', table: 'tblOkonomiplan', range: 'A1:K23', change: 'make' }],
    });
    expect(diffPackages(before, await wb.toBuffer())).toEqual({ added: [], removed: [], changed: [] });
  });

  it('writes a sheet whose sheetProtection does not protect it (sheet="0"), and views and names of a protected one', async () => {
    const pkg = fixture();
    protectSheet(pkg, 'Tiltak drift', '0');
    protectSheet(pkg, 'Innstillinger');
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    const edits: Edit[] = [
      { kind: 'setCells', sheet: 'Tiltak drift', origin: 'Z1', values: [['ok']] },
      { kind: 'select', sheet: 'Innstillinger', cell: 'B2' },
      { kind: 'freezeRows', sheet: 'Innstillinger', rows: 1 },
      { kind: 'defineName', name: 'lstEkstra', ref: 'Innstillinger!$B$2:$B$3' },
    ];
    expect(await refusal(wb, edits)).toBeNull();
    expect(wb.activeCell()).toBe('Innstillinger!B2');
  });
});

describe('a sheet added to a file whose workbook is protected', () => {
  it('refuses it when the structure is locked, and a write into a sheet made by the same edits is the new sheet', async () => {
    const pkg = fixture();
    protectWorkbook(pkg, 'lockStructure="1"');
    const before = pkg.bytes();
    const wb = await XlsxWorkbook.fromBuffer(before);
    const edits: Edit[] = [
      { kind: 'ensureSheet', sheet: 'Notater' },
      { kind: 'setCells', sheet: 'Notater', origin: 'A1', values: [['x']] },
      { kind: 'ensureSheet', sheet: 'Sammendrag' },
    ];
    // Sammendrag exists: ensureSheet adds nothing there. Notater is new, and not protected.
    expect(await refusal(wb, edits)).toEqual({ added: ['Notater'], protected: [] });
    expect(diffPackages(before, await wb.toBuffer())).toEqual({ added: [], removed: [], changed: [] });
    // Cells written into sheets that exist are allowed by a locked structure.
    expect(await refusal(wb, [{ kind: 'setCells', sheet: 'Sammendrag', origin: 'Z1', values: [['x']] }])).toBeNull();
  });

  it('adds it when only the windows are locked (lockWindows)', async () => {
    const pkg = fixture();
    protectWorkbook(pkg, 'lockWindows="1"');
    const wb = await XlsxWorkbook.fromBuffer(pkg.bytes());
    expect(await refusal(wb, [{ kind: 'ensureSheet', sheet: 'Notater' }])).toBeNull();
    expect((await wb.read()).sheets.map((s) => s.sheet)).toContain('Notater');
  });
});
