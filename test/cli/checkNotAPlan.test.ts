/**
 * `check` of a workbook with neither measure table (the wrong file, an old plan typed by hand): the report
 * is given as before (sheet-missing, exit 1), stderr says it is no plan and how an old plan comes in
 * (`import`), and --write writes nothing into it — a plan checked beside it is still written. An economy plan
 * workbook (`new --economy-plan`: tblOkonomiplan, no measure table) is no plan either, but is pointed to
 * `check PLAN.xlsx --economy-plan`, not to `import`, which would find no measures in it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo, type TestIo } from './testIo';

async function withOtherWorkbook(): Promise<TestIo> {
  const io = testIo();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.addRow(['Budsjett', 2027]);
  ws.addRow(['Lønn', 1200]);
  writeFileSync(path.join(io.cwd, 'annet.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(0);
  return io;
}

describe('check of a workbook that is no plan', () => {
  it('says so on stderr with the way in for an old plan; the report is still given, exit 1', async () => {
    const io = await withOtherWorkbook();
    expect(await main(['check', 'annet.xlsx'], io)).toBe(1);
    expect(io.err()).toContain(
      'annet.xlsx: fant verken tabellen over driftstiltak eller tabellen over investeringstiltak',
    );
    expect(io.err()).toContain('tiltaksplan import annet.xlsx --out NY.xlsx');
    expect(io.out()).toContain('Fant ikke tabellen over driftstiltak');
  });

  it.each([
    ['nb', 'oppgavepanelet'],
    ['nn', 'oppgåvepanelet'],
    ['en', 'task pane'],
  ])('its sheet-missing (%s) names what the command line offers, not the task pane', async (lang, pane) => {
    const io = await withOtherWorkbook();
    expect(await main(['check', 'annet.xlsx', '--lang', lang], io)).toBe(1);
    expect(io.out()).not.toContain(pane);
    expect(io.out()).toContain('tiltaksplan new');
    const json = testIo({ cwd: io.cwd });
    await main(['check', 'annet.xlsx', '--format', 'json', '--lang', lang], json);
    const issues = (JSON.parse(json.out()) as { issues: { code: string; message: string }[] }).issues;
    // SPEC §12: the codes stay; only the message is the command line's.
    expect(issues.filter((i) => i.code === 'sheet-missing').length).toBeGreaterThanOrEqual(2);
    expect(issues.filter((i) => i.message.includes(pane))).toEqual([]);
  });

  it.each(['nb', 'nn', 'en'])(
    "finance's economy plan workbook (%s): told to check the plans against it, not to import it",
    async (lang) => {
      const io = testIo();
      expect(
        await main(['new', 'okonomiplan.xlsx', '--economy-plan', '--start', '2027'], testIo({ cwd: io.cwd })),
      ).toBe(0);
      expect(await main(['check', 'okonomiplan.xlsx', '--lang', lang], io)).toBe(1);
      expect(io.err()).toContain('tiltaksplan check PLAN.xlsx --economy-plan okonomiplan.xlsx');
      expect(io.err()).not.toContain('tiltaksplan import');
      const write = testIo({ cwd: io.cwd });
      expect(await main(['check', 'okonomiplan.xlsx', '--write', '--lang', lang], write)).toBe(1);
      expect(write.files()).toEqual(['okonomiplan.xlsx']);
      expect(write.err()).toContain('tiltaksplan check PLAN.xlsx --economy-plan okonomiplan.xlsx');
      expect(write.err()).not.toContain('tiltaksplan import');
    },
  );

  it('a plan says nothing of the kind', async () => {
    const io = await withOtherWorkbook();
    await main(['check', 'plan.xlsx'], io);
    expect(io.err()).not.toContain('tiltaksplan import');
  });

  it('--write writes nothing into it, and says so', async () => {
    const io = await withOtherWorkbook();
    expect(await main(['check', 'annet.xlsx', '--write'], io)).toBe(1);
    expect(io.files()).toEqual(['annet.xlsx', 'plan.xlsx']);
    expect(io.err()).toContain('annet.xlsx: ingenting er skrevet i filen');
    expect(io.err()).not.toContain('Skrev Sammendrag');
  });

  it('--write with a plan beside it: the plan is written, the other file not', async () => {
    const io = await withOtherWorkbook();
    // The example has reconciliation errors: exit 1, as for the plan alone.
    expect(await main(['check', 'plan.xlsx', 'annet.xlsx', '--write', '--lang', 'en'], io)).toBe(1);
    expect(io.files()).toEqual(['annet.xlsx', 'plan-kontrollert.xlsx', 'plan.xlsx']);
    expect(io.err()).toContain('Wrote Sammendrag and Avstemming to plan-kontrollert.xlsx.');
    expect(io.err()).toContain('annet.xlsx: nothing written to the file');
  });

  it('an economy plan workbook is pointed to --economy-plan, not to import', async () => {
    const io = testIo();
    expect(await main(['new', 'okonomiplan.xlsx', '--economy-plan', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(
      0,
    );
    expect(await main(['check', 'okonomiplan.xlsx'], io)).toBe(1);
    expect(io.err()).toContain('okonomiplan.xlsx: er en økonomiplan');
    expect(io.err()).toContain('«tiltaksplan check PLAN.xlsx --economy-plan okonomiplan.xlsx»');
    expect(io.err()).not.toContain('tiltaksplan import');
  });

  it('--write writes nothing into an economy plan workbook, and names the way that does', async () => {
    const io = testIo();
    expect(await main(['new', 'okonomiplan.xlsx', '--economy-plan', '--start', '2027'], testIo({ cwd: io.cwd }))).toBe(
      0,
    );
    expect(await main(['check', 'okonomiplan.xlsx', '--write', '--lang', 'en'], io)).toBe(1);
    expect(io.files()).toEqual(['okonomiplan.xlsx']);
    expect(io.err()).toContain('okonomiplan.xlsx: nothing written to the file: it is an economy plan');
    expect(io.err()).toContain('"tiltaksplan check PLAN.xlsx --economy-plan okonomiplan.xlsx --write"');
    expect(io.err()).not.toContain('tiltaksplan import');
  });
});
