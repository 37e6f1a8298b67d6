/**
 * A workbook given as a plan that is none (SPEC §15 with §12): the economy plan passed as a plan by mistake,
 * or an unrelated workbook. It opens, so it is no bad usage (exit 2 is for a file that cannot be read); as in
 * a plain check of it (sheet-missing, exit 1), it is a finding: one `not-a-plan` error naming the file, the
 * plan left out — not a Plannavn, period or Toleranse item about a plan it never was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { kt } from '../../src/i18n/consolidation';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import type { ConsolidatedJson } from '../../src/report/consolidationJson';
import { writeScenario } from './consolidatedScenario';
import { testIo, type TestIo } from './testIo';

async function scenario(): Promise<TestIo> {
  const io = testIo();
  await writeScenario(io.cwd);
  // A workbook of someone else's: one sheet of figures, no Innstillinger (so no Toleranse, no Plannavn).
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.addRow(['Budsjett', 2027]);
  ws.addRow(['Lønn', 1200]);
  writeFileSync(path.join(io.cwd, 'annet.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  return io;
}

const run = async (io: TestIo, plans: string[]) => {
  const status = await main(['check', ...plans, '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
  return { status, doc: JSON.parse(io.out()) as ConsolidatedJson };
};

describe('check --economy-plan with a workbook that is not a plan', () => {
  it.each([
    ['the economy plan itself', 'okonomiplan.xlsx'],
    ['an unrelated workbook', 'annet.xlsx'],
  ])(
    '%s: one not-a-plan error naming it, left out; exit 1',
    async (_what, file) => {
      const io = await scenario();
      const { status, doc } = await run(io, ['rus.xlsx', file]);
      expect(status).toBe(1);
      const c = doc.consolidation;
      const about = c.items.filter((i) => i.ref === file);
      // Not plan-name-missing (it has no Plannavn), nor tolerance-differs (its Toleranse 0 is only the default,
      // against the economy plan's 1 000 kr), nor period-mismatch: the only thing to say is that it is no plan.
      expect(about.map((i) => [i.code, i.severity])).toEqual([['not-a-plan', 'error']]);
      expect(c.plans.map((p) => [p.file, p.compared])).toEqual([
        ['rus.xlsx', true],
        [file, false],
      ]);
      // Its own report still says what a plain check of it says: the measure tables are missing.
      const own = doc.reports[1]?.issues.filter((i) => i.code === 'sheet-missing').map((i) => i.sheet);
      expect(own).toEqual(expect.arrayContaining(['Tiltak drift', 'Tiltak investering']));
    },
    60_000,
  );

  it('the text report says what it is, in the items table and in the plans table', async () => {
    const io = await scenario();
    expect(await main(['check', 'rus.xlsx', 'annet.xlsx', '--economy-plan', 'okonomiplan.xlsx'], io)).toBe(1);
    const out = io.out();
    expect(out).toContain('Ikke en tiltaksplan');
    expect(out).toContain(
      'annet.xlsx har verken arket «Tiltak drift» eller «Tiltak investering» med tiltakstabellen, så filen er ' +
        'ikke en tiltaksplan og er holdt utenfor den samlede avstemmingen.',
    );
    expect(out).not.toContain('Ulik toleranse');
    expect(out).not.toContain('Plannavn mangler');
  }, 60_000);

  it('--write writes nothing into a workbook that is no plan: not a Sammendrag into a copy of it', async () => {
    const io = await scenario();
    expect(await main(['check', 'rus.xlsx', 'annet.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write'], io)).toBe(
      1,
    );
    // The plan and the economy plan are written; the unrelated workbook is not (no annet-kontrollert.xlsx).
    expect(io.files().filter((f) => f.includes('kontrollert'))).toEqual([
      'okonomiplan-kontrollert.xlsx',
      'rus-kontrollert.xlsx',
    ]);
    expect(io.err()).toContain('annet.xlsx er ikke en tiltaksplan: ingenting er skrevet i filen.');
  }, 60_000);

  it('--write --in-place leaves a workbook that is no plan byte for byte as it was', async () => {
    const io = await scenario();
    const before = readFileSync(`${io.cwd}/annet.xlsx`);
    const args = ['check', 'rus.xlsx', 'annet.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write', '--in-place'];
    expect(await main(args, io)).toBe(1);
    expect(readFileSync(`${io.cwd}/annet.xlsx`).equals(before)).toBe(true);
    const sheets = (await (await XlsxWorkbook.fromBuffer(readFileSync(`${io.cwd}/rus.xlsx`))).read()).sheets;
    expect(sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(['Sammendrag', 'Avstemming']));
  }, 60_000);

  it('--write with the economy plan passed as a plan too: the economy plan gets «Avstemming planer», once', async () => {
    const io = await scenario();
    const args = ['check', 'rus.xlsx', 'okonomiplan.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--write'];
    // Before: refused as one file written twice (exit 2), or a Sammendrag over the economy plan's copy.
    expect(await main(args, io)).toBe(1);
    const copy = await (await XlsxWorkbook.fromBuffer(readFileSync(`${io.cwd}/okonomiplan-kontrollert.xlsx`))).read();
    const names = copy.sheets.map((s) => s.sheet);
    expect(names).toContain('Avstemming planer');
    expect(names).not.toContain('Sammendrag');
    expect(io.err()).toContain(kt('nb', 'notAPlanNotWritten', { file: 'okonomiplan.xlsx' }));
  }, 60_000);
});
