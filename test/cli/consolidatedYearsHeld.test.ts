/**
 * A consolidation beside a table whose year headers are not the period (docs/spec.md §15, consolidate/unreadYears.ts):
 * the report says what waits for the headers, and never «none» of what it left out.
 *
 * `new plan.xlsx --example` and `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr), op.xlsx's Økonomiplan!J1
 * «2030» typed 2031. By hand: the frames R1–R3 are all compared against the economy plan's lines, so all wait; the
 * line ØP23-117 (no measure, 300 a year) would be listed as no plan's, and waits too; 2030 of the economy plan is
 * not read.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

async function typed(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const file = path.join(io.cwd, 'op.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cell = wb.getWorksheet('Økonomiplan')!.getCell('J1');
  expect(String(cell.value)).toBe('2030');
  cell.value = cell.value === 2030 ? 2031 : '2031';
  await wb.xlsx.writeFile(file);
  return io.cwd;
}

describe('a consolidation whose economy plan file has 2030 headed 2031', () => {
  test('the JSON says what waits and gives the unread year as null, not 0', async () => {
    const cwd = await typed();
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--format', 'json'], io);
    const c = (JSON.parse(io.out()) as { consolidation: Record<string, unknown> }).consolidation as {
      heldBack?: unknown;
      total: { economyPlan: Record<string, number | null> };
      items: { code: string }[];
    };
    expect(c.heldBack).toEqual({ frames: true, lines: true });
    expect(c.total.economyPlan['2030']).toBeNull();
    expect(c.items.filter((i) => i.code === 'frame-total' || i.code === 'economy-plan-line-unmatched')).toEqual([]);
  });

  test('the text report says the frames and the lines wait, not that there are none', async () => {
    const cwd = await typed();
    const io = testIo({ cwd });
    await main(['check', 'plan.xlsx', '--economy-plan', 'op.xlsx'], io);
    const text = io.out();
    expect(text).toContain('Rammeområdene som avhenger av en tabell der årskolonnene ikke stemmer med planperioden');
    expect(text).toContain('Linjene i økonomiplanen som ingen plan har, er ikke listet');
    expect(text).not.toContain('Ingen rammeområder med nye midler');
    expect(text).not.toContain('hver linje i økonomiplanen hører til én plan');
    expect(text).toContain('Et år som står som – er ikke lest');
  });
});
