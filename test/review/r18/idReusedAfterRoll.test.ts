/**
 * Review r18 (§4 «ID … never reused»; §11 roll; §14 compare matches by ID): after a roll takes a finished Engangs
 * measure with the highest number out of the tables, the next measure added gets that measure's ID again.
 *
 * SPEC §4: «ID | unique across both tables; generated `D-001`, `D-002` …; never reused». §11: «An `Engangs` measure
 * with no cost left in the new period leaves the tables (it stays on the archive sheet)». §14: «Measures are matched
 * by ID» — so an archive (every archive is a version) and the rolled plan compare D-011 with D-011.
 *
 * The example (2027–2030, 1000 kr) with D-011 made Engangs with its cost in 2027 only (200; Helårsvirkning 0), then
 * `roll --out`: «Engangstiltaket D-011 har ingen kostnad i den nye perioden og er tatt ut av tabellene (det står på
 * arket «Arkiv 2027–2030»).» What the product does: nextMeasureId (the add form's «next free ID», SPEC §11) is the
 * highest number left in the tables + 1 (src/domain/measureEdits/add.ts): D-011 — the archived measure's ID. The
 * pane's form fills it in; comparing the archive with the rolled plan then reports a changed D-011 (another Tiltak
 * text, other amounts) instead of D-011 removed and a new measure added, and a Ref D-011 still in finance's economy
 * plan would be matched to the new measure.
 *
 * By hand: D-001 … D-011 have been handed out (all eleven are on «Arkiv 2027–2030»); the next free ID is D-012.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { nextMeasureId } from '../../../src/domain/measureEdits/add';
import { readPlan } from '../../../src/domain/read/plan';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { testIo } from '../../cli/testIo';

async function rolled(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const d = wb.getWorksheet('Tiltak drift')!;
  const cells = ['A12', 'F1', 'H12', 'I12', 'K12', 'M1', 'M12'].map((c) => d.getCell(c).value);
  expect(cells).toEqual(['D-011', 'Type', 200, 200, 200, 'Helårsvirkning', 200]);
  d.getCell('F12').value = 'Engangs';
  ['I12', 'J12', 'K12'].forEach((c) => (d.getCell(c).value = null));
  d.getCell('M12').value = 0; // financing: Nye midler 200 = Sum periode 200
  await wb.xlsx.writeFile(file);
  const roll = testIo({ cwd: io.cwd });
  expect(await main(['roll', 'plan.xlsx', '--out', 'rolled.xlsx'], roll)).toBe(0);
  expect(roll.out()).toContain('Engangstiltaket D-011 har ingen kostnad i den nye perioden');
  return path.join(io.cwd, 'rolled.xlsx');
}

test('the next operating ID after D-011 went to the archive is D-012, not D-011 again', async () => {
  const file = await rolled();
  const archive = new ExcelJS.Workbook();
  await archive.xlsx.readFile(file);
  const ids: string[] = [];
  archive.getWorksheet('Arkiv 2027–2030')!.eachRow((r) => r.eachCell((c) => void ids.push(String(c.value))));
  expect(ids).toContain('D-011');
  const snapshot = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  const plan = readPlan(snapshot, { defaultStartYear: 2028 }).plan;
  expect(plan.operating.map((m) => m.id)).not.toContain('D-011');
  // The product: 'D-011' (highest in the tables, D-010, + 1).
  expect(nextMeasureId(plan, 'operating')).toBe('D-012');
});
