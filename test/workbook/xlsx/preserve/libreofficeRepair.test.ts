/**
 * LibreOffice 7.4 drops the table of the sheet before a sheet the user deletes: deleting Sammendrag took
 * tblOkonomiplan with it (verdal-mill-kr-libreoffice.xlsx; its cells stay). The check finds the economy
 * plan by its sheet, and repair (Struktur) makes the table again over the same cells, changing nothing else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../../../src/cli/commands/check';
import { planRepair } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';
import { diffPackages } from './compare';
import { ownedCellProblems } from './owned';
import { expectPreserved, sheetParts } from './paths';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const LO = new Uint8Array(
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'libreoffice', 'verdal-mill-kr-libreoffice.xlsx')),
);
const ORIGINAL = new Uint8Array(readFileSync(path.join(ROOT, 'examples', 'verdal-mill-kr.xlsx')));

const read = async (book: Uint8Array) => (await XlsxWorkbook.fromBuffer(book)).read();

describe('repair of the table LibreOffice dropped', () => {
  it('the file has lost tblOkonomiplan, and the original has it at A1:K3', async () => {
    expect((await read(LO)).tables.map((t) => t.name)).not.toContain('tblOkonomiplan');
    expect((await read(ORIGINAL)).tables).toContainEqual({
      name: 'tblOkonomiplan',
      sheet: 'Økonomiplan',
      ref: 'A1:K3',
    });
  });

  it('repair makes it again over the same cells, changes nothing else, and the check keeps the figures', async () => {
    const wb = await XlsxWorkbook.fromBuffer(LO);
    const { changes, edits, blocked } = planRepair(await wb.read('structure'), { defaultStartYear: 2011 });
    expect(blocked).toEqual([]);
    expect(changes).toEqual([{ kind: 'add-table', sheet: 'Økonomiplan', target: 'tblOkonomiplan', detail: 'A1:K3' }]);
    await wb.apply(edits);
    const after = await wb.toBuffer();
    const added = diffPackages(LO, after).added;
    expect(added).toEqual(expect.arrayContaining([expect.stringMatching(/^xl\/tables\/table\d+\.xml$/)]));
    expectPreserved(LO, after, [...sheetParts(after, ['Økonomiplan']), ...added], 'reparert.xlsx');
    expect(await ownedCellProblems(LO, after, ['Økonomiplan'], edits)).toEqual([]);
    const repaired = await read(after);
    expect(repaired.tables).toContainEqual({ name: 'tblOkonomiplan', sheet: 'Økonomiplan', ref: 'A1:K3' });
    const original = checkWorkbook(await read(ORIGINAL), 'o', 'nb', 2026).report;
    const now = checkWorkbook(repaired, 'r', 'nb', 2026).report;
    expect(now.totals).toEqual(original.totals);
    expect(now.reconciliation).toEqual(original.reconciliation);
  });
});
