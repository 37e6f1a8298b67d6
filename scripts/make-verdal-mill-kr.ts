/**
 * Writes examples/verdal-mill-kr.xlsx: Verdal's table 6.1 (seed 003) typed in mill kr, with the economy plan
 * finance typed for it in the same unit (src/domain/example/verdal.ts), and its Sammendrag and Avstemming
 * sheets written. `tiltaksplan check` on it gives the miljøteam 0,6 / 1,2 / 1,8 / 2,4 mill kr, all in samsvar.
 * Run: npx tsx scripts/make-verdal-mill-kr.ts
 */
import path from 'node:path';
import { applyCheckSheets, checkWorkbook } from '../src/cli/commands/check';
import { buildNewWorkbook } from '../src/cli/commands/new';
import { verdalMillKrContent, VERDAL_START_YEAR } from '../src/domain';
import { saveXlsxFile } from '../src/workbook/xlsx/nodeFile';

async function makeVerdalMillKr(): Promise<string> {
  const wb = await buildNewWorkbook(verdalMillKrContent());
  const snapshot = await wb.read();
  const result = checkWorkbook(snapshot, 'verdal-mill-kr.xlsx', 'nb', VERDAL_START_YEAR - 1);
  await applyCheckSheets(wb, snapshot, result, 'nb');
  const file = path.join(__dirname, '..', 'examples', 'verdal-mill-kr.xlsx');
  await saveXlsxFile(wb, file, 'new-or-replace');
  return file;
}

if (require.main === module) void makeVerdalMillKr().then((file) => console.log(`wrote ${file}`));
