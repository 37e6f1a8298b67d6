import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { fileText } from '../../src/i18n/cliFiles';
import type { ConsolidatedJson } from '../../src/report/consolidationJson';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import type { WorkbookSnapshot } from '../../src/domain/model/snapshot';
import { buildEconomyPlanWorkbook } from '../../src/cli/commands/new';
import { OKONOMIPLAN } from '../../scripts/kommune';
import { makeKommune } from '../../scripts/make-kommune';
import { testIo, type TestIo } from './testIo';

const PLANS = ['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx'];
const check = (io: TestIo, ...extra: string[]) =>
  main(['check', ...PLANS, '--economy-plan', 'okonomiplan.xlsx', ...extra], io);

const readFile = async (file: string): Promise<WorkbookSnapshot> =>
  (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();

async function kommune(): Promise<TestIo> {
  const io = testIo();
  await makeKommune(io.cwd);
  return io;
}

describe('check --economy-plan (SPEC §15)', () => {
  it('prints the plans’ reports and the consolidated JSON beside them; errors give exit 1', async () => {
    const io = await kommune();
    expect(await check(io, '--format', 'json')).toBe(1);
    const doc = JSON.parse(io.out()) as ConsolidatedJson;
    expect(doc.reports.map((r) => [r.file, r.plan.unit])).toEqual([
      ['boligsosial.xlsx', '1000 kr'],
      ['helse.xlsx', 'mill kr'],
      ['oppvekst.xlsx', '1000 kr'],
    ]);
    const c = doc.consolidation;
    expect(c.economyPlan).toEqual({ file: 'okonomiplan.xlsx', unit: '1000 kr', lines: 7 });
    // Helse in mill kr: D-001 and D-002 at 1 mill kr a year each, against its one line of 1 000 thousand.
    expect(c.plans[1]?.newMoney).toEqual({
      measures: { 2027: 2_000_000, 2028: 2_000_000, 2029: 2_000_000, 2030: 2_000_000 },
      economyPlan: { 2027: 1_000_000, 2028: 1_000_000, 2029: 1_000_000, 2030: 1_000_000 },
    });
    // R3: 600 + 2 000 ≤ 3 000; 1 200 + 2 000 ≤ 3 500; 1 800 + 2 000 = 3 800 > 3 500; 2 400 + 2 000 = 4 400 > 4 000.
    const r3 = c.items.filter((i) => i.code === 'frame-total' && i.ref === 'R3');
    expect(r3.map((i) => [i.year, i.class, i.difference])).toEqual([
      [2027, 'match', -400_000],
      [2028, 'match', -300_000],
      [2029, 'mismatch', 300_000],
      [2030, 'mismatch', 400_000],
    ]);
    expect(c.items.filter((i) => i.code !== 'frame-total').map((i) => [i.code, i.ref, i.severity])).toEqual([
      ['economy-plan-line-ambiguous', '14', 'error'],
      ['economy-plan-line-unmatched', 'X-17', 'warning'],
    ]);
    // R4 has no Ramme line and no measure: its one Tiltak line, X-17 (no plan claims it), 150 a year, is over
    // the measures' 0 every year, as in the check of one plan (SPEC §10).
    const r4 = c.items.filter((i) => i.code === 'frame-total' && i.ref === 'R4');
    expect(r4.map((i) => [i.year, i.class, i.measures, i.economyPlan])).toEqual(
      [2027, 2028, 2029, 2030].map((year) => [year, 'mismatch', 0, 150_000]),
    );
    expect(c.summary).toEqual({ errors: 7, warnings: 1, infos: 10 });
  });

  it('exits 0 when every plan and the whole agree', async () => {
    const io = await kommune();
    const lines = OKONOMIPLAN.economyPlan.filter((l) => l.values.plan === 'Oppvekstplan');
    const wb = await buildEconomyPlanWorkbook({ ...OKONOMIPLAN, economyPlan: lines });
    await saveXlsxFile(wb, path.join(io.cwd, 'bare.xlsx'), 'new');
    expect(await main(['check', 'oppvekst.xlsx', '--economy-plan', 'bare.xlsx'], io)).toBe(0);
    expect(io.out()).toContain('Ingen feil i den samlede avstemmingen.');
  });

  it('exits 2, writing nothing, when the economy plan cannot be read or has no economy plan table', async () => {
    const io = await kommune();
    writeFileSync(path.join(io.cwd, 'tull.xlsx'), 'not a workbook');
    expect(await main(['check', 'helse.xlsx', '--economy-plan', 'tull.xlsx', '--write'], io)).toBe(2);
    const plain = testIo({ cwd: io.cwd });
    const wb = XlsxWorkbook.empty();
    await wb.apply([{ kind: 'ensureSheet', sheet: 'Ark1' }]);
    await saveXlsxFile(wb, path.join(io.cwd, 'tom.xlsx'), 'new');
    expect(await main(['check', 'helse.xlsx', '--economy-plan', 'tom.xlsx'], plain)).toBe(2);
    expect(plain.err()).toContain('tom.xlsx');
    expect(io.files().filter((f) => f.includes('kontrollert'))).toEqual([]);
  });

  it('refuses --out with --write: two workbooks are written', async () => {
    const io = await kommune();
    expect(
      await main(['check', 'helse.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--out', 'x.xlsx'], io),
    ).toBe(2);
  });

  it('--out with a workbook name: refused, pointing to a report name (--write --out is no way out here)', async () => {
    const io = await kommune();
    expect(await check(io, '--out', 'samlet.xlsx')).toBe(2);
    expect(io.err()).toBe(`${fileText('reportAsWorkbookNoCopy', 'nb', { file: 'samlet.xlsx' })}\n`);
  });

  it('a user cell where Avstemming goes: nothing written, the cell named, and the report still printed (as check does)', async () => {
    const io = await kommune();
    const file = path.join(io.cwd, 'helse.xlsx');
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
    await wb.apply([
      { kind: 'ensureSheet', sheet: 'Avstemming' },
      { kind: 'setCells', sheet: 'Avstemming', origin: 'B2', values: [['Mine notater']] },
    ]);
    await saveXlsxFile(wb, file, 'replace');
    const t = testIo({ cwd: io.cwd });
    expect(await check(t, '--write', '--format', 'json')).toBe(2);
    expect(t.err()).toContain('helse.xlsx: ');
    expect(t.err()).toContain('Avstemming!B2');
    expect(t.files().filter((f) => f.includes('kontrollert'))).toEqual([]);
    expect((JSON.parse(t.out()) as ConsolidatedJson).consolidation.economyPlan.file).toBe('okonomiplan.xlsx');
  });

  it('--write adds «Avstemming planer» to a copy of the economy plan and keeps the user’s Status and Kommentar', async () => {
    const io = await kommune();
    expect(await check(testIo({ cwd: io.cwd }), '--write')).toBe(1);
    const copy = path.join(io.cwd, 'okonomiplan-kontrollert.xlsx');
    const first = await readFile(copy);
    const sheet = first.sheets.find((s) => s.sheet === 'Avstemming planer');
    const header = sheet?.values[0] ?? [];
    const row = sheet?.values.findIndex((r) => r[header.indexOf('Ref')] === '14') ?? -1;
    expect(row).toBeGreaterThan(0);
    expect(first.tables.map((t) => t.name)).toContain('tblAvstemmingPlaner');
    // The user accepts the ambiguous line, then finance runs the check on the copy again.
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(copy));
    const status = String.fromCharCode(65 + header.indexOf('Status'));
    await wb.apply([
      {
        kind: 'setCells',
        sheet: 'Avstemming planer',
        origin: `${status}${row + 1}`,
        values: [['Akseptert', 'Avklares med helse']],
      },
    ]);
    await saveXlsxFile(wb, copy, 'replace');
    const again = ['check', ...PLANS, '--economy-plan', 'okonomiplan-kontrollert.xlsx', '--write', '--in-place'];
    expect(await main(again, testIo({ cwd: io.cwd }))).toBe(1);
    const second = (await readFile(copy)).sheets.find((s) => s.sheet === 'Avstemming planer');
    const kept = second?.values.find((r) => r[header.indexOf('Ref')] === '14');
    expect(kept?.slice(header.indexOf('Status'))).toEqual(['Akseptert', 'Avklares med helse']);
    // Each plan got its own Avstemming as with a plain check, without links to its own (ignored) Økonomiplan: the
    // economy plan cell is named as text with its file. Helse's D-001 line is row 4 of okonomiplan.xlsx, 2027 in G.
    const avstemming = (await readFile(path.join(io.cwd, 'helse-kontrollert.xlsx'))).sheets.find(
      (s) => s.sheet === 'Avstemming',
    );
    const head = avstemming?.values[0] ?? [];
    const body = avstemming?.values.slice(1) ?? [];
    expect(body.map((r) => r[head.indexOf('Ref')])).toContain('D-001');
    const links = (avstemming?.formulas ?? []).map((r) => r[head.indexOf('Celle økonomiplan')] ?? null);
    const d001 = body.find((r) => r[head.indexOf('Ref')] === 'D-001' && r[head.indexOf('År')] === 2027);
    expect(d001?.[head.indexOf('Celle økonomiplan')]).toBe('okonomiplan.xlsx: Økonomiplan!G4');
    expect(links.filter((f) => f !== null && f !== '')).toEqual([]);
    // … while the measure's own cell is still linked.
    expect((avstemming?.formulas ?? []).flat().some((f) => typeof f === 'string' && f.includes('Tiltak drift'))).toBe(
      true,
    );
  });

  it('a plan of another period is not reconciled: its report says so, and its Avstemming stays as it was', async () => {
    const io = await kommune();
    const at = (args: string[]) => main(args, testIo({ cwd: io.cwd }));
    // oppvekst rolled to 2028–2031 and checked on its own: it has no economy plan line, so its Avstemming holds
    // D-001 without a line, and frame R1 (D-001's 700 a year) against nothing in each of the four years.
    const own = ['D-001', 'R1', 'R1', 'R1', 'R1'];
    expect(await at(['roll', 'oppvekst.xlsx', '--out', 'oppvekst-2028.xlsx'])).toBe(0);
    expect(await at(['check', 'oppvekst-2028.xlsx', '--write', '--in-place'])).toBe(1);
    const refs = async () => {
      const sheet = (await readFile(path.join(io.cwd, 'oppvekst-2028.xlsx'))).sheets.find(
        (s) => s.sheet === 'Avstemming',
      );
      const head = sheet?.values[0] ?? [];
      return (sheet?.values.slice(1) ?? []).map((r) => r[head.indexOf('Ref')]);
    };
    expect(await refs()).toEqual(own);
    const t = testIo({ cwd: io.cwd });
    const args = ['check', 'boligsosial.xlsx', 'oppvekst-2028.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    expect(await main([...args, '--write', '--in-place'], t)).toBe(1);
    expect(t.out()).toContain(
      'oppvekst-2028.xlsx er ikke avstemt mot okonomiplan.xlsx (se den samlede avstemmingen): avstemmingen ' +
        'nedenfor er tom av den grunn, ikke fordi alt stemmer.',
    );
    expect(t.err()).toContain(
      'Skrev Sammendrag til oppvekst-2028.xlsx. Avstemming er ikke skrevet: planen er ikke avstemt.',
    );
    expect(await refs()).toEqual(own);
    // Two plans given, one reconciled; finance's line for «Oppvekstplan» (D-001, 700 a year) is claimed by none,
    // and the plan of that name is in the check: the line is not said to name no plan of the check.
    expect(t.out()).toContain('\n1 plan avstemt mot én økonomiplan.\n');
    expect(t.out()).toMatch(
      /Økonomiplanlinjen D-001 \(2\s800\) hører til planen «Oppvekstplan», men ingen plan med det navnet er avstemt/,
    );
  });

  it('a plan of another period with its own Økonomiplan sheet: not said to be reconciled with the economy plan', async () => {
    const io = await kommune();
    expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2028'], testIo({ cwd: io.cwd }))).toBe(0);
    expect(await main(['check', 'eksempel.xlsx', '--economy-plan', 'okonomiplan.xlsx'], io)).toBe(1);
    expect(io.out()).toContain('\n0 planer avstemt mot én økonomiplan.\n');
    expect(io.out()).not.toMatch(/planen er avstemt mot okonomiplan\.xlsx/);
    expect(io.out()).toContain('eksempel.xlsx er ikke avstemt mot okonomiplan.xlsx');
  });

  it('says in the text report that a plan’s own Økonomiplan sheet is not used', async () => {
    const io = await kommune();
    expect(await main(['new', 'eksempel.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
    await main(['check', 'eksempel.xlsx', '--economy-plan', 'okonomiplan.xlsx'], io);
    expect(io.out()).toMatch(/eksempel\.xlsx: arket «Økonomiplan» i planen \(\d+ linjer\) er ikke brukt/);
  });

  it('writes one self-contained HTML page with every plan and the consolidated part', async () => {
    const io = await kommune();
    expect(await check(io, '--format', 'html', '--lang', 'nn')).toBe(1);
    const html = io.out();
    expect(html.match(/<!DOCTYPE html>/g)).toHaveLength(1);
    expect(html.match(/<article>/g)).toHaveLength(4);
    expect(html).toContain('Samla avstemming mot økonomiplanen');
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});
