/**
 * Review r11: a consolidation's «Ulik toleranse» warning gives a mill kr plan's own Toleranse in the economy plan's
 * unit and then tells her to type «samme Toleranse» in the plan (SPEC §3: Toleranse is an amount in Beløpsenhet;
 * §15: plans may differ in unit, converted).
 *
 * examples/kommune: helse.xlsx is in mill kr, okonomiplan.xlsx in 1000 kr. Helse's Toleranse is typed 0,005
 * (mill kr = 5 000 kr); the economy plan's is 2 (1000 kr = 2 000 kr). By hand: they differ (5 000 kr vs 2 000 kr),
 * so the warning is right to come; what she must type in helse.xlsx to agree is 0,002 (mill kr).
 *
 * What she sees: «"Helse og omsorg" har Toleranse 5, økonomiplanen 2 (beløp i 1000 kr). … Skriv samme Toleranse i
 * planen og i økonomiplanen om de skal gi samme svar.» Her cell Innstillinger!B7 shows 0,005, not 5; typing the
 * «same» 2 there makes the plan's tolerance 2 mill kr, a thousand times the economy plan's. The explanation of a
 * measure whose line is ambiguous was already moved to the unit of the plan's own columns (71cc326); this one
 * was not.
 *
 * Expected: the plan's own Toleranse in its own unit (0,005 mill kr), or the advice naming what to type in that
 * plan (0,002), never a bare «5» and «samme Toleranse» for a plan in another unit.
 *
 * Fixed both ways (i18n/consolidation.ts toleranceText; the item carries the plan's `unit` when it is not the
 * economy plan's): each Toleranse in its own workbook's unit, and what to type in the plan (0,002) or in the economy
 * plan (5) for one answer. Failed before the fix.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const KOMMUNE = path.join(__dirname, '..', '..', '..', 'examples', 'kommune');

async function typed(dir: string, file: string, cell: string, value: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(KOMMUNE, file));
  const sheet = wb.getWorksheet('Innstillinger')!;
  expect(sheet.getCell('A7').value).toBe('Toleranse');
  sheet.getCell(cell).value = value;
  await wb.xlsx.writeFile(path.join(dir, file));
}

describe('Ulik toleranse for a plan in another unit than the economy plan (SPEC §3, §15)', () => {
  test('gives the plan’s Toleranse in the unit she types it in, not 5 for her 0,005 mill kr', async () => {
    const io = testIo();
    for (const f of ['boligsosial.xlsx', 'oppvekst.xlsx']) copyFileSync(path.join(KOMMUNE, f), path.join(io.cwd, f));
    await typed(io.cwd, 'helse.xlsx', 'B7', 0.005);
    await typed(io.cwd, 'okonomiplan.xlsx', 'B7', 2);

    const args = ['check', 'boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    await main([...args, '--format', 'json'], io);
    const out = JSON.parse(io.out()) as {
      consolidation: { items: { code: string; plan?: string; measures: number; economyPlan: number }[] };
    };
    const helse = out.consolidation.items.filter((i) => i.code === 'tolerance-differs' && i.plan === 'Helse og omsorg');
    // In kroner: 0,005 mill = 5 000 kr against 2 × 1 000 = 2 000 kr. The figures are right.
    expect(helse.map((i) => [i.measures, i.economyPlan])).toEqual([[5_000, 2_000]]);

    const text = testIo({ cwd: io.cwd });
    await main(args, text);
    const line = text
      .out()
      .split('\n')
      .find((l) => l.includes('Ulik toleranse') && l.includes('«Helse og omsorg» har'));
    expect(line).toBeDefined();
    // What she must find in her own cell: 0,005 (mill kr), and the economy plan's 2 000 kr as 0,002 in her unit.
    expect(line).toMatch(/Toleranse 0,005/);
    expect(line).toContain(
      '«Helse og omsorg» har Toleranse 0,005 i helse.xlsx: Innstillinger!B7 (beløp i mill kr), økonomiplanen 2 i ' +
        'okonomiplan.xlsx: Innstillinger!B7 (beløp i 1000 kr).',
    );
    expect(line).toContain(
      'skriv Toleranse 0,002 i planen (økonomiplanens 2 i 1000 kr regnet om til mill kr), eller 5 i',
    );
    expect(line).not.toContain('Skriv samme Toleranse');

    // JSON: the plan's unit with the item, since its own Toleranse is typed in it.
    const json = out.consolidation.items.find((i) => i.code === 'tolerance-differs' && i.plan === 'Helse og omsorg');
    expect(json).toMatchObject({ unit: 'mill kr' });

    for (const [lang, told] of [
      ['nn', 'skriv Toleranse 0,002 i planen (2 i 1000 kr frå økonomiplanen rekna om til mill kr), eller 5 i'],
      ['en', 'set Toleranse 0,002 in the plan (the economy plan’s 2 in 1000 kr, converted to mill kr), or 5 in'],
    ] as const) {
      const other = testIo({ cwd: io.cwd });
      await main([...args, '--lang', lang], other);
      const found = other
        .out()
        .split('\n')
        .find((l) => l.includes('Toleranse 0,005 ') && l.includes('Helse og omsorg'));
      expect(found?.replace(/'/g, '’')).toContain(told);
    }
  });

  test('a plan in the economy plan’s unit keeps «samme Toleranse»', async () => {
    const io = testIo();
    await typed(io.cwd, 'okonomiplan.xlsx', 'B7', 2);
    for (const f of ['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx'])
      copyFileSync(path.join(KOMMUNE, f), path.join(io.cwd, f));
    const args = ['check', 'boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    await main(args, io);
    const lines = io
      .out()
      .split('\n')
      .filter((l) => l.includes('Ulik toleranse'));
    // Every plan's own Toleranse differs from 2 000 kr here; oppvekst.xlsx is in 1000 kr as the economy plan is.
    const oppvekst = lines.find((l) => l.includes('«Oppvekstplan» har'));
    expect(oppvekst).toContain('økonomiplanen 2 i okonomiplan.xlsx: Innstillinger!B7 (beløp i 1000 kr).');
    expect(oppvekst).toContain('Skriv samme Toleranse i planen og i økonomiplanen');
  });
});
