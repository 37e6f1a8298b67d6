/**
 * Review r12: «Avstemming planer» (SPEC §15, the consolidation's table in the economy plan workbook) keeps a row's
 * «Akseptert» silently when the Avvik under it changes, where Avstemming (§10) now says so in Forklaring.
 *
 * docs/spec.md §10 (the product's choice): «Akseptert was given to one Avvik. When a new run finds another Avvik
 * under the same key, the Status is kept, but the item's Forklaring starts with what was accepted and what is there
 * now». §15 / docs/spec.md: «Avstemming planer» keeps Status and Kommentar «by the rule of §10»; the finance officer
 * who consolidates every plan uses this table month after month as the plan's officer uses Avstemming.
 *
 * The consolidation scenario of test/cli/consolidatedScenario.ts (economy plan in 1000 kr). R3 in 2030, by hand:
 * Rusplan's D-002 (R3) new money 30 000 kr × 20 000 / 30 000 = 20 000 kr, Helseplan's D-001 (R3) 1 mill kr × 1/1 =
 * 1 000 000 kr; together 1 020 against the Ramme line R3 (Økonomiplan!J7) 1 000: Avvik 20 (over the frame). She
 * marks that row «Akseptert» (Kommentar «20 ok»). Next month finance cuts the R3 Ramme line in 2030 to 900: the
 * measures are now over it by 1 020 − 900 = 120.
 *
 * What she sees: the row keeps «Akseptert», Avvik 120, and a Forklaring that says nothing of the 20 she accepted —
 * the acceptance of 20 silently covers 120. Expected (as on Avstemming): the Forklaring starts «Akseptert ved avvik
 * 20; avviket er nå 120 — vurder på nytt.»
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { writeScenario } from '../../cli/consolidatedScenario';
import { testIo } from '../../cli/testIo';

const ARGS = ['check', 'rus.xlsx', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];

/** The R3 2030 frame row of «Avstemming planer»: its row number and Avvik, Forklaring, Status, Kommentar. */
async function r3In2030(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('Avstemming planer')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const col = (h: string) => header.indexOf(h) + 1;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const at = (h: string) => sheet.getRow(r).getCell(col(h)).value;
    if (at('Ref') === 'R3' && at('År') === 2030)
      return {
        row: r,
        statusCell: sheet.getRow(r).getCell(col('Status')).address,
        commentCell: sheet.getRow(r).getCell(col('Kommentar')).address,
        avvik: at('Avvik'),
        forklaring: String(at('Forklaring')),
        status: at('Status'),
        kommentar: at('Kommentar'),
      };
  }
  throw new Error('no R3 2030 row');
}

async function edit(file: string, sheetName: string, cells: Record<string, ExcelJS.CellValue>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet(sheetName)!;
  for (const [a, v] of Object.entries(cells)) sheet.getCell(a).value = v;
  await wb.xlsx.writeFile(file);
}

describe('«Avstemming planer»: a kept «Akseptert» whose Avvik changed (SPEC §15 by the rule of §10)', () => {
  test('says in Forklaring what was accepted and what the Avvik is now, as Avstemming does', async () => {
    const io = testIo();
    await writeScenario(io.cwd);
    const economy = path.join(io.cwd, 'okonomiplan.xlsx');
    expect(await main(ARGS, io)).toBe(1);

    const first = await r3In2030(economy);
    expect(first.avvik).toBe(20);
    await edit(economy, 'Avstemming planer', { [first.statusCell]: 'Akseptert', [first.commentCell]: '20 ok' });

    // Finance cuts the R3 Ramme line in 2030 from 1 000 to 900.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(economy);
    const lines = wb.getWorksheet('Økonomiplan')!;
    expect([lines.getCell('B7').value, lines.getCell('D7').value, lines.getCell('J7').value]).toEqual([
      'Ramme',
      'R3',
      1000,
    ]);
    await edit(economy, 'Økonomiplan', { J7: 900 });

    expect(await main(ARGS, testIo({ cwd: io.cwd }))).toBe(1);
    const now = await r3In2030(economy);
    expect([now.avvik, now.status, now.kommentar]).toEqual([120, 'Akseptert', '20 ok']);
    expect(now.forklaring.startsWith('Akseptert ved avvik 20; avviket er nå 120 — vurder på nytt.')).toBe(true);
  });
});
