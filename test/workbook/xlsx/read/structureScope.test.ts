/**
 * What a structure read (repair, the pane's Struktur) sees on the file path: Innstillinger whole, since repair
 * adds missing settings rows under tblInnstillinger. The as-Excel fixture has no Plannavn row (it predates the
 * setting), so repair adds one in the row under the table: a note typed there must stop it, as in Excel.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planRepair } from '../../../../src/domain';
import { XlsxWorkbook } from '../../../../src/workbook/xlsx';

const FILE = path.join(__dirname, '..', '..', '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

async function withNoteAt(cell: string): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(FILE)));
  await wb.apply([{ kind: 'setCells', sheet: 'Innstillinger', origin: cell, values: [['Notat: ikke slett']] }]);
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

describe('a structure read of a workbook as Excel saves it', () => {
  it('without a note, repair adds Plannavn in the row under tblInnstillinger (A8)', async () => {
    const wb = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(FILE)));
    const repair = planRepair(await wb.read('structure'), { defaultStartYear: 2027 });
    expect(repair.blocked).toEqual([]);
    expect(repair.changes.filter((c) => c.kind === 'add-setting').map((c) => c.detail)).toEqual(['A8']);
  });

  it('sees a note typed under tblInnstillinger, and repair refuses instead of writing over it', async () => {
    const wb = await withNoteAt('A8');
    const repair = planRepair(await wb.read('structure'), { defaultStartYear: 2027 });
    expect(repair.blocked).toEqual([{ sheet: 'Innstillinger', cell: 'A8' }]);
    // The other repairs (a missing Plan column on Økonomiplan) stand; nothing is written on Innstillinger.
    expect(repair.edits.filter((e) => 'sheet' in e && e.sheet === 'Innstillinger')).toEqual([]);
  });
});
