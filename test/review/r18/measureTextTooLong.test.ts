/**
 * Review r18 (§4 «Tiltak | text ≤ 250»): a Tiltak of 251 characters, typed or pasted in the workbook, passes the check
 * without a word; only the pane's form limits it (MeasureFields' maxLength), and the canonical workbook sets no
 * text-length validation on the column.
 *
 * SPEC §4: «Tiltak | measure | text ≤ 250 | required»; §13: «Excel's own data validation is skipped by paste and by
 * code, so the product's own checker is the authority». §8 names no code for it, but a rule of §4 that the checker
 * never tells is a rule no one enforces outside the form.
 *
 * The example (2027–2030, 1000 kr), Tiltak drift!E2 (D-001's Tiltak) typed as 250 and as 251 letters «a». What the
 * product does: for 251, the same findings as for 250 (none on the sheets: «Funn i arkene: 0 feil»).
 *
 * By hand: 250 ≤ 250, no finding; 251 > 250, a finding at Tiltak drift!E2 for D-001.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

type Issue = { code: string; cell: string; sheet: string; measureId?: string };

async function issuesWithTiltak(length: number): Promise<Issue[]> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'plan.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const d = wb.getWorksheet('Tiltak drift')!;
  expect([d.getCell('A2').value, d.getCell('E1').value]).toEqual(['D-001', 'Tiltak']);
  d.getCell('E2').value = 'a'.repeat(length);
  await wb.xlsx.writeFile(file);
  const json = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--format', 'json'], json);
  return (JSON.parse(json.out()) as { issues: Issue[] }).issues;
}

test('control: a Tiltak of exactly 250 characters is no finding', async () => {
  expect(await issuesWithTiltak(250)).toEqual([]);
});

test('a Tiltak of 251 characters is told at Tiltak drift!E2', async () => {
  const issues = await issuesWithTiltak(251);
  // The product: [] (no finding at all).
  expect(issues.filter((i) => i.sheet === 'Tiltak drift' && i.cell === 'E2' && i.measureId === 'D-001')).toHaveLength(
    1,
  );
});
