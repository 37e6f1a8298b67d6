/**
 * check --economy-plan end to end on plans typed by hand (consolidatedScenario.ts), every figure worked out by
 * hand (SPEC §4 new money, §10 frames and tolerance, §12 exit status, §15 consolidation). Amounts in kroner.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import type { ConsolidatedJson } from '../../src/report/consolidationJson';
import { writeScenario } from './consolidatedScenario';
import { testIo, type TestIo } from './testIo';

const PLANS = ['rus.xlsx', 'helse.xlsx', 'oppvekst.xlsx', 'kultur.xlsx'];

async function scenario(): Promise<TestIo> {
  const io = testIo();
  await writeScenario(io.cwd);
  return io;
}

describe('check --economy-plan on four plans typed by hand (SPEC §15)', () => {
  let io: TestIo;
  let doc: ConsolidatedJson;
  let status: number;
  beforeAll(async () => {
    io = await scenario();
    status = await main(['check', ...PLANS, '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
    doc = JSON.parse(io.out()) as ConsolidatedJson;
  }, 60_000);
  const c = () => doc.consolidation;
  const plan = (name: string) => c().plans.find((p) => p.name === name);

  it('exits 1: the consolidation has errors (SPEC §12, §15: the worst of all)', () => {
    expect(status).toBe(1);
    expect(doc.reports.map((r) => r.file)).toEqual(PLANS);
  });

  it('Rusplan in kr: new money rounds to the krone', () => {
    // D-001: 100 000 / 100 000 / 150 000 / 150 000, all Nye midler. D-002: 10 000 / 20 000 / 30 000 / 30 000
    // × 20 000 / 30 000 = 6 666,67 / 13 333,33 / 20 000 / 20 000 → 6 667 / 13 333 / 20 000 / 20 000 (total 60 000).
    // Lines: D-001 (Plan Rusplan) 100 / 100 / 150 / 150 and «8» (D-002's Ref., no Plan) 7 / 13 / 20 / 20 thousand.
    expect(plan('Rusplan')?.newMoney).toEqual({
      measures: { 2027: 106_667, 2028: 113_333, 2029: 170_000, 2030: 170_000 },
      economyPlan: { 2027: 107_000, 2028: 113_000, 2029: 170_000, 2030: 170_000 },
    });
    // D-002 against «8»: −333 and +333 kr are within the economy plan's Toleranse 1 (1 000 kr): rounding.
    const d2 = doc.reports[0]?.reconciliation.filter((i) => i.measureId === 'D-002' || i.ref === 'D-002');
    expect(d2?.map((i) => [i.year, i.class, i.difference])).toEqual([
      [2027, 'rounding', -333],
      [2028, 'rounding', 333],
      [2029, 'match', 0],
      [2030, 'match', 0],
    ]);
  });

  it('Helseplan in mill kr: new money rounds to 1 000 kr (SPEC §4), largest remainder', () => {
    // D-002: 0,1 / 0,2 / 0,2 / 0,2 mill × 0,2 / 0,3 = 66,67 / 133,33 / 133,33 / 133,33 thousand; total 466,67
    // → 467. Floors 66 + 133 + 133 + 133 = 465; the 2 left go to the largest remainders: 0,67 (2027), then
    // 0,33 three times, the earlier year first (2028): 67 / 134 / 133 / 133. D-001: 500 / 1 000 / 1 000 / 1 000.
    expect(plan('Helseplan')?.newMoney.measures).toEqual({
      2027: 567_000,
      2028: 1_134_000,
      2029: 1_133_000,
      2030: 1_133_000,
    });
    expect(plan('Helseplan')?.unit).toBe('mill kr');
  });

  it('Oppvekstplan with findings: its measures count everywhere (SPEC §4)', () => {
    // D-001: 100 / 200 / 300 / 300 × 250 / 300 (financing 250 ≠ 300: financing-sum) = 83,33 / 166,67 / 250 / 250
    // → total 750; floors 83 + 166 + 250 + 250 = 749, the 1 left to 0,67 (2028): 83 / 167 / 250 / 250.
    // D-002 (no Rammeområde: frame-missing): 10 a year. Its one line «2» (D-001's Ref.): 100 / 200 / 250 / 250.
    expect(plan('Oppvekstplan')?.newMoney).toEqual({
      measures: { 2027: 93_000, 2028: 177_000, 2029: 260_000, 2030: 260_000 },
      economyPlan: { 2027: 100_000, 2028: 200_000, 2029: 250_000, 2030: 250_000 },
    });
    const own = doc.reports[2]?.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell]);
    expect(own).toEqual([
      ['financing-sum', 'M2'],
      ['frame-missing', 'T3'],
    ]);
  });

  it('Kulturplan (2028–2031) is not compared; the total leaves it and the lines of plans not compared out', () => {
    expect(plan('Kulturplan')?.compared).toBe(false);
    // Measures: 106 667 + 567 000 + 93 000 = 766 667; 113 333 + 1 134 000 + 177 000 = 1 424 333;
    // 170 000 + 1 133 000 + 260 000 = 1 563 000 (2029 and 2030).
    // Economy plan: the plans' lines 107 + 567 + 100 = 774, the ambiguous D-001 (5) and X-9 (50) = 829;
    // 113 + 1 134 + 200 + 5 + 50 = 1 502; 170 + 1 133 + 250 + 5 + 50 = 1 608 (2029 and 2030). Not the lines
    // of Kulturplan (10) and «Ukjent plan» (30).
    expect(c().total).toEqual({
      measures: { 2027: 766_667, 2028: 1_424_333, 2029: 1_563_000, 2030: 1_563_000 },
      economyPlan: { 2027: 829_000, 2028: 1_502_000, 2029: 1_608_000, 2030: 1_608_000 },
    });
  });

  it('frames across plans against Ramme lines: a year over is a mismatch, never timing; tolerance 1 000 kr', () => {
    const frame = (ref: string) =>
      c()
        .items.filter((i) => i.code === 'frame-total' && i.ref === ref)
        .map((i) => [i.year, i.class, i.measures, i.economyPlan]);
    // R3: Rusplan D-002 + Helseplan D-001 = 506 667 / 1 013 333 / 1 020 000 / 1 020 000 against the Ramme line
    // 600 / 1 200 / 1 019 / 1 000 thousand: within, within, +1 000 (= Toleranse: rounding), +20 000 (mismatch).
    expect(frame('R3')).toEqual([
      [2027, 'match', 506_667, 600_000],
      [2028, 'match', 1_013_333, 1_200_000],
      [2029, 'rounding', 1_020_000, 1_019_000],
      [2030, 'mismatch', 1_020_000, 1_000_000],
    ]);
    // R2 has no Ramme line: Rusplan D-001 + Helseplan D-002 = 167 / 234 / 283 / 283 thousand against its
    // Tiltak lines 100 + 67 + 5 (the ambiguous D-001) = 172; 100 + 134 + 5 = 239; 150 + 133 + 5 = 288 (twice).
    expect(frame('R2')).toEqual([
      [2027, 'mismatch', 167_000, 172_000],
      [2028, 'mismatch', 234_000, 239_000],
      [2029, 'mismatch', 283_000, 288_000],
      [2030, 'mismatch', 283_000, 288_000],
    ]);
    // R5: only X-9 (50 a year); Kulturplan's measure and line and «Ukjent plan»'s line are left out.
    expect(frame('R5')).toEqual([2027, 2028, 2029, 2030].map((y) => [y, 'mismatch', 0, 50_000]));
    // R1: Oppvekstplan D-001 (with its financing error) 83 / 167 / 250 / 250 within the Ramme 100 / 200 / 300 / 300.
    const r1 = c().items.filter((i) => i.code === 'frame-total' && i.ref === 'R1');
    expect(r1.map((i) => i.class)).toEqual(['match', 'match', 'match', 'match']);
    expect(r1[0]?.rowErrors).toEqual([{ plan: 'Oppvekstplan', measureId: 'D-001' }]);
  });

  it('the lines no plan claims, listed once; the line every plan names by its ID is ambiguous', () => {
    const rest = c().items.filter((i) => i.code !== 'frame-total');
    // D-001 without Plan: 5 × 4 = 20 thousand; X-9: 50 × 4 = 200; Kulturplan's D-001: 10 × 4 = 40;
    // «Ukjent plan»'s D-007: 30 × 4 = 120. Oppvekstplan's Toleranse 0 against the economy plan's 1 000 kr.
    expect(rest.map((i) => [i.code, i.severity, i.ref, i.plan, i.economyPlan])).toEqual([
      ['period-mismatch', 'error', 'kultur.xlsx', 'Kulturplan', 0],
      ['tolerance-differs', 'warning', 'oppvekst.xlsx', 'Oppvekstplan', 1_000],
      ['economy-plan-line-ambiguous', 'error', 'D-001', undefined, 20_000],
      ['economy-plan-line-unmatched', 'warning', 'X-9', undefined, 200_000],
      ['economy-plan-line-unmatched', 'warning', 'D-001', 'Kulturplan', 40_000],
      ['economy-plan-line-unmatched', 'warning', 'D-007', 'Ukjent plan', 120_000],
    ]);
    // Errors: period-mismatch, ambiguous, R2 × 4, R3 2030, R5 × 4 = 11. Warnings 4. Infos: R1 × 4, R3 2027–2029 = 7.
    expect(c().summary).toEqual({ errors: 11, warnings: 4, infos: 7 });
  });
});

describe('check --economy-plan: files and exit status (SPEC §12)', () => {
  it('a plan file that is not a workbook: exit 2, one line naming it, nothing printed', async () => {
    const io = await scenario();
    writeFileSync(path.join(io.cwd, 'skadet.xlsx'), 'ikke en arbeidsbok');
    expect(await main(['check', 'rus.xlsx', 'skadet.xlsx', '--economy-plan', 'okonomiplan.xlsx'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err().trim().split('\n')).toEqual([expect.stringMatching(/^skadet\.xlsx: kan ikke leses: /)]);
  });

  it('the same file twice with --write: exit 2, refused before anything is written', async () => {
    const io = await scenario();
    const before = io.files();
    expect(await main(['check', 'rus.xlsx', 'rus.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write'], io)).toBe(2);
    expect(io.files()).toEqual(before);
  });

  it('the HTML page: Norwegian, headings, column headers with scope, no resource from outside', async () => {
    const io = await scenario();
    await main(['check', ...PLANS, '--economy-plan', 'okonomiplan.xlsx', '--format', 'html', '--out', 'r.html'], io);
    const html = readFileSync(path.join(io.cwd, 'r.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nb">/);
    expect(html).toContain('<h1>Samlet avstemming mot økonomiplanen — okonomiplan.xlsx</h1>');
    expect(html).toContain('<th scope="col">Rammeområde</th>');
    // 1 013 333 kr in 1000 kr, grouped with a no-break space and a decimal comma, as the plans' reports.
    expect(html).toContain('<td class="num">1\u00a0013,333</td>');
    expect(html).not.toMatch(/\b(src|href)=/);
  });
});
