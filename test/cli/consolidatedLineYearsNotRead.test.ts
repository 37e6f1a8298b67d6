/**
 * The consolidation's items about a line, not a comparison (docs/spec.md §8 year-columns, §15), beside an economy plan
 * file whose year headers are not the period: a line in two plans («Linje i flere planer») and a Ramme line with Plan
 * set quote the line's amount, which must not count the year not read as 0 without saying so.
 *
 * `new plan.xlsx --example` twice (the second's Plannavn «Helseplan»: every Ref of the example is in both plans) and
 * `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr), op.xlsx's Økonomiplan!J1 «2030» typed 2031, and the
 * R3 Ramme line's Plan (K2) typed «Helseplan». By hand from the sheet: D-001 600 / 1 200 / 1 800 / 2 400 (6 000), of
 * which 2027–2029, the years read, are 3 600; R3 1 000 / 1 800 / 2 400 / 3 000 (8 200), of which 5 200 read.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

async function edit(file: string, sheet: string, cells: Record<string, string | number>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet)!;
  for (const [at, value] of Object.entries(cells)) ws.getCell(at).value = value;
  await wb.xlsx.writeFile(file);
}

async function files(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'helse.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  await edit(path.join(io.cwd, 'helse.xlsx'), 'Innstillinger', { B8: 'Helseplan' });
  await edit(path.join(io.cwd, 'op.xlsx'), 'Økonomiplan', { J1: 2031, K2: 'Helseplan' });
  return io.cwd;
}

interface Item {
  code: string;
  ref: string;
  economyPlan: number;
  yearsNotRead?: number[];
}

describe('a consolidation item quoting a line of an economy plan file whose 2030 is headed 2031', () => {
  test('JSON: the amount is the years read, and the year not read is named', async () => {
    const cwd = await files();
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', 'helse.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json'], io);
    const items = (JSON.parse(io.out()) as { consolidation: { items: Item[] } }).consolidation.items;
    const d001 = items.find((i) => i.code === 'economy-plan-line-ambiguous' && i.ref === 'D-001');
    expect(d001).toMatchObject({ economyPlan: 3_600_000, yearsNotRead: [2030] });
    const r3 = items.find((i) => i.code === 'frame-line-plan' && i.ref === 'R3');
    expect(r3).toMatchObject({ economyPlan: 5_200_000, yearsNotRead: [2030] });
  });

  test('text: «Linje i flere planer» and the Ramme line say their amount leaves 2030 out', async () => {
    const cwd = await files();
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', 'helse.xlsx', '--economy-plan', 'op.xlsx'], io);
    const text = io.out();
    expect(text).toContain('Økonomiplanlinjen D-001 (3\u00a0600 i årene som er lest; 2030 er ikke lest) passer til');
    expect(text).toContain('Ramme-linjen for R3 (5\u00a0200 i årene som er lest; 2030 er ikke lest) har «Helseplan»');
    // Before: «Økonomiplanlinjen D-001 (3 600) passer til …», as if the line were 3 600 in all.
    expect(text).not.toContain('Økonomiplanlinjen D-001 (3\u00a0600) passer');
  });

  test('with the headers right, the whole line is quoted and nothing is said of years', async () => {
    const cwd = await files();
    await edit(path.join(cwd, 'op.xlsx'), 'Økonomiplan', { J1: 2030 });
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', 'helse.xlsx', '--economy-plan', 'op.xlsx'], io);
    expect(io.out()).toContain('Økonomiplanlinjen D-001 (6\u00a0000) passer til');
    expect(io.out()).not.toContain('i årene som er lest');
  });
});
