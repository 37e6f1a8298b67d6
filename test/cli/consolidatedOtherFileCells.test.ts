/**
 * Review (finance officer): `check plan.xlsx --economy-plan op.xlsx` reconciles the plan against op.xlsx (SPEC §15),
 * yet the plan's report cited «Tiltak drift!K4, Økonomiplan!J6» — J6 of op.xlsx, which read as the plan's own
 * Økonomiplan sheet (unused, the report says so, and holding other figures). Its written Avstemming left «Celle
 * økonomiplan» empty, and the advice for a missing line said «Legg inn en linje …» without saying where. A cell of
 * the economy plan workbook is now named with its file, «op.xlsx: Økonomiplan!J6» (the form the economy plan's own
 * findings already had), in the report, the JSON (`cells.economyPlanFile`), Avstemming (plain text: no link into the
 * plan's own sheet) and the advice. Failed before the fix.
 *
 * Worked by hand from `new --example` (2027–2030, 1000 kr): D-003 (Tiltak drift row 4) costs 700 in 2030, of a
 * base of 700 financed with 500 Nye midler, so 500 new money in 2030 (column K); op.xlsx's D-003 line is its row 6
 * with 400 in 2030 (column J; G–J are 2027–2030). D-011 (row 12, Nye midler in column Q) has 200 a year and no line
 * in op.xlsx.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { ConsolidatedJson } from '../../src/report/consolidationJson';
import type { ReportJson } from '../../src/report/json';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { expectValidOoxml } from '../workbook/xlsx/preserve/validOoxml';
import { testIo, type TestIo } from './testIo';

async function example(): Promise<TestIo> {
  const io = testIo();
  const at = (args: string[]) => main(args, testIo({ cwd: io.cwd }));
  expect(await at(['new', 'ex.xlsx', '--example', '--start', '2027'])).toBe(0);
  expect(await at(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'])).toBe(0);
  return io;
}

const CHECK = ['check', 'ex.xlsx', '--economy-plan', 'op.xlsx'];

const itemOf = (r: ReportJson | undefined, ref: string, year?: number) =>
  r?.reconciliation.find((i) => i.ref === ref && i.year === year);

describe('check --economy-plan: the economy plan cells are named with their file', () => {
  it('text report: the D-003 row names op.xlsx, and the missing line is to be added in op.xlsx', async () => {
    const io = await example();
    expect(await main(CHECK, io)).toBe(1);
    const out = io.out();
    expect(out).toContain('Tiltak drift!K4, op.xlsx: Økonomiplan!J6');
    expect(out).not.toContain('Tiltak drift!K4, Økonomiplan!J6');
    expect(out).toContain(
      'Legg inn en linje i op.xlsx med Del Drift, Linjetype Tiltak og Ref D-011, med 200 / 200 / 200 / 200 i ' +
        'kolonnene 2027–2030 (beløp i 1000 kr).',
    );
    // The difference's advice names the file too: «økonomiplanen» alone read as the plan's own sheet.
    expect(out).toContain('(avvik 100). Rett tiltaket eller økonomiplanen i op.xlsx.');
  });

  it.each([
    ['nn', 'Legg inn ei line i op.xlsx med Del Drift', 'Rett tiltaket eller økonomiplanen i op.xlsx.'],
    ['en', 'Add a line in op.xlsx with Del Drift', 'Fix the measure or the economy plan in op.xlsx.'],
  ])('--lang %s: the advice names op.xlsx', async (lang, add, correct) => {
    const io = await example();
    expect(await main([...CHECK, '--lang', lang], io)).toBe(1);
    expect(io.out()).toContain('op.xlsx: Økonomiplan!J6');
    expect(io.out()).toContain(add);
    expect(io.out()).toContain(correct);
  });

  it('HTML report: the same cell with its file', async () => {
    const io = await example();
    expect(await main([...CHECK, '--format', 'html'], io)).toBe(1);
    expect(io.out()).toContain('Tiltak drift!K4, op.xlsx: Økonomiplan!J6');
  });

  it('JSON: cells keep the plain address and say the file beside it (additive)', async () => {
    const io = await example();
    expect(await main([...CHECK, '--format', 'json'], io)).toBe(1);
    const [report] = (JSON.parse(io.out()) as ConsolidatedJson).reports;
    expect(itemOf(report, 'D-003', 2030)?.cells).toEqual({
      measures: 'Tiltak drift!K4',
      economyPlan: 'Økonomiplan!J6',
      economyPlanFile: 'op.xlsx',
    });
    // Without a line the item still says which workbook the line belongs in.
    expect(itemOf(report, 'D-011')?.cells).toEqual({ measures: 'Tiltak drift!Q12', economyPlanFile: 'op.xlsx' });
  });

  it('a plain check of the plan is as before: its own sheet, no file named', async () => {
    const io = await example();
    const json = testIo({ cwd: io.cwd });
    await main(['check', 'ex.xlsx', '--format', 'json'], json);
    const report = JSON.parse(json.out()) as ReportJson;
    const d003 = report.reconciliation.find((i) => i.ref === 'D-003' && i.year === 2030);
    expect(d003?.cells).toEqual({ measures: 'Tiltak drift!K4', economyPlan: 'Økonomiplan!J6' });
    await main(['check', 'ex.xlsx'], io);
    expect(io.out()).toContain('Legg inn en linje med Del Drift, Linjetype Tiltak og Ref D-011');
    expect(io.out()).not.toContain('op.xlsx');
  });

  it('--write: Avstemming names the cell in op.xlsx as text, never a link into the plan’s own sheet', async () => {
    const io = await example();
    expect(await main([...CHECK, '--write'], io)).toBe(1);
    const bytes = readFileSync(path.join(io.cwd, 'ex-kontrollert.xlsx'));
    const sheet = (await (await XlsxWorkbook.fromBuffer(bytes)).read()).sheets.find((s) => s.sheet === 'Avstemming');
    const head = sheet?.values[0] ?? [];
    const col = head.indexOf('Celle økonomiplan');
    const at = (ref: string, year: number | null) =>
      (sheet?.values ?? []).findIndex(
        (r) => r[head.indexOf('Ref')] === ref && (r[head.indexOf('År')] ?? null) === year,
      );
    const d003 = at('D-003', 2030);
    expect(d003).toBeGreaterThan(0);
    expect(sheet?.values[d003]?.[col]).toBe('op.xlsx: Økonomiplan!J6');
    expect(sheet?.values[d003]?.[head.indexOf('Celle tiltak')]).toBe('Tiltak drift!K4');
    const explanation = sheet?.values[at('D-011', null)]?.[head.indexOf('Forklaring')];
    expect(explanation).toContain('Legg inn en linje i op.xlsx med Del Drift');
    // No formula in the column: a HYPERLINK to #'Økonomiplan'!J6 would open the plan's own, unused sheet.
    const formulas = (sheet?.formulas ?? []).map((r) => r?.[col] ?? null).filter((f) => f !== null && f !== '');
    expect(formulas).toEqual([]);
    expectValidOoxml(bytes);
  }, 60_000);
});
