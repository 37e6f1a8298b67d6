/**
 * Review r16 (b: consolidation against a separate economy plan file; plans may differ in unit, SPEC §15): a plan in
 * mill kr checked against finance's economy plan in 1000 kr. The report is in mill kr («Beløp i mill kr»), D-011's row
 * shows Tiltaksplan 0,8 and Avvik 0,8, and D-003's explanation says «tiltaksplanen har 0,5, økonomiplanen 0,4» — the
 * plan's unit throughout. But D-011's explanation says «D-011 har nye midler i tiltaksplanen (200 i 2027, 200 i 2028,
 * 200 i 2029, 200 i 2030; 800 i alt), men ingen linje i økonomiplanen» — the plan's figures in the economy plan's unit,
 * no unit named, beside the 0,8 on the same row. Reading by hand, the plan's D-011 is 0,2 a year (Tiltak drift!H12–K12
 * in mill kr), not 200.
 *
 * Files: `new plan.xlsx --example --unit "mill kr"` and `new op.xlsx --economy-plan --example` (1000 kr), both
 * 2027–2030. By hand: D-011 costs 0,2 mill kr a year, all Nye midler (0,2 = Helårsvirkning), so new money 0,2 a year,
 * 0,8 in all (800 000 kr). Expected: the plan's figures in the report's unit, «(0,2 i 2027, 0,2 i 2028, 0,2 i 2029,
 * 0,2 i 2030; 0,8 i alt)», and the line to type in op.xlsx in its own unit, «200 / 200 / 200 / 200 … (beløp i 1000
 * kr)», as today.
 */
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

test('a plan in mill kr against a 1000 kr economy plan: D-011’s own figures are said in mill kr', async () => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027', '--unit', 'mill kr'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const text = testIo({ cwd: io.cwd });
  expect(await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], text)).toBe(1);
  const line = text
    .out()
    .split('\n')
    .find((l) => l.includes('Tiltak mangler i økonomiplanen') && l.includes(' D-011 '));
  expect(line).toMatch(/ 0,8 +0 +0,8 /);
  expect(line).toContain('med 200 / 200 / 200 / 200 i kolonnene 2027–2030 (beløp i 1000 kr)');
  // Before the fix (found by review r16): «D-011 har nye midler i tiltaksplanen (200 i 2027, 200 i 2028, 200 i 2029, 200 i 2030; 800 i alt)».
  expect(line).toContain(
    'D-011 har nye midler i tiltaksplanen (0,2 i 2027, 0,2 i 2028, 0,2 i 2029, 0,2 i 2030; 0,8 i alt)',
  );
  // The sentence holds two units, so it names both: the plan's figures' and the line's.
  expect(line).toContain('0,8 i alt) i mill kr, men ingen linje i økonomiplanen');
});
