/**
 * Review (r10) of 2423090: a costed measure without Rammeområde counts in the frame its matched economy plan
 * lines name (measureFrames), but a line of that measure without Rammeområde still takes the measure's frame as
 * typed (frames.ts lineFrame: '' here), so it is left out of the frame the measure was placed in. The frame then
 * compares the measure's whole new money with only part of its lines.
 *
 * The built-in example (1000 kr), as a user edits it: D-003 (Bostøttekontakt i NAV) loses its Rammeområde (T4
 * emptied); finance has split D-003 over two Drift Tiltak lines: Økonomiplan row 6 with Rammeområde R4 and
 * 150 / 300 / 300 / 300, and row 3 (R4's Ramme line before, now a Tiltak line for D-003 without Rammeområde)
 * with 100 / 200 / 200 / 200. R4 has no Ramme line any more, so R4 is compared with its Tiltak lines.
 *
 * By hand: D-003 new money = (350, 700, 700, 700) × 500 / 700 = 250 / 500 / 500 / 500; its two lines add up to
 * 250 / 500 / 500 / 500 (measure-new-money: match every year, which the check agrees with). R4 holds D-003 only,
 * placed there by its line; its Tiltak lines are D-003's two lines (row 3 takes its measure's frame, R4, as the
 * note «Skriv rammeområdet på tiltaket» would make it): 250 / 500 / 500 / 500, so R4 matches every year.
 * The check says R4 is an error (mismatch) every year: tiltaksplanen 250, økonomiplanen 150 (avvik 100), and
 * 500 / 300 / 200 after — a difference no line or measure explains, while typing R4 on D-003, as advised, makes
 * it vanish with no figure changed.
 *
 * Reproduce: tiltaksplan new p.xlsx --example; empty 'Tiltak drift'!T4; Økonomiplan!B3 = Tiltak, C3 = D-003,
 * D3 empty, G3:J3 = 100, 200, 200, 200; D6 = R4, G6:J6 = 150, 300, 300, 300; tiltaksplan check p.xlsx --format json.
 *
 * Fixed (w107): a line without Rammeområde takes the frame its measure is placed in (frames.ts lineFrame uses
 * measureFrames), in one plan's check and the consolidation alike.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { exampleTyped, typeCells } from './exampleTyped';
import { testIo } from './testIo';

interface Item {
  readonly code: string;
  readonly ref: string;
  readonly year?: number;
  readonly class: string;
  readonly measures: number;
  readonly economyPlan: number;
}
const KOMMUNE = path.join(__dirname, '..', '..', 'examples', 'kommune');

describe('a measure without Rammeområde placed in its line’s frame (SPEC §4, §10)', () => {
  test('its other line without Rammeområde counts in that frame too', async () => {
    const io = testIo();
    await exampleTyped(io.cwd, (wb) => {
      typeCells(wb.getWorksheet('Tiltak drift')!, { T4: null });
      typeCells(wb.getWorksheet('Økonomiplan')!, {
        B3: 'Tiltak',
        C3: 'D-003',
        D3: null,
        F3: 'Bostøttekontakt, del 2',
        G3: 100,
        H3: 200,
        I3: 200,
        J3: 200,
        D6: 'R4',
        G6: 150,
        H6: 300,
        I6: 300,
        J6: 300,
      });
    });

    await main(['check', 'plan.xlsx', '--format', 'json'], io);
    const report = JSON.parse(io.out()) as { reconciliation: Item[] };
    const own = report.reconciliation.filter((i) => i.code === 'measure-new-money' && i.ref === 'D-003');
    // The premise: D-003's two lines are its new money (both matched to it).
    expect(own.map((i) => [i.year, i.measures, i.economyPlan, i.class])).toEqual([
      [2027, 250_000, 250_000, 'match'],
      [2028, 500_000, 500_000, 'match'],
      [2029, 500_000, 500_000, 'match'],
      [2030, 500_000, 500_000, 'match'],
    ]);
    const r4 = report.reconciliation.filter((i) => i.code === 'frame-total' && i.ref === 'R4');
    expect(r4.map((i) => [i.year, i.measures, i.economyPlan, i.class])).toEqual([
      [2027, 250_000, 250_000, 'match'],
      [2028, 500_000, 500_000, 'match'],
      [2029, 500_000, 500_000, 'match'],
      [2030, 500_000, 500_000, 'match'],
    ]);
  });

  /*
   * The same in the consolidation (SPEC §15), examples/kommune (1000 kr): Boligsosial handlingsplan's D-002 (new
   * money 200 a year, R2) loses its Rammeområde ('Tiltak drift'!T3 emptied); finance's line for it (Ref 3, R2,
   * okonomiplan.xlsx row 3) is split: row 3 keeps R2 with 120 a year, row 8 (X-17 before) becomes Ref 3 for the
   * plan «Boligsosial handlingsplan» without Rammeområde, 80 a year. By hand: D-002's lines 120 + 80 = 200 = its
   * new money (measure-new-money: match); R2 holds D-002 only and its Tiltak lines are those two: 200 / 200 /
   * 200 / 200 against 200, match. The consolidation says R2 mismatch 200 against 120 every year.
   */
  test('in the consolidation too', async () => {
    const io = testIo();
    for (const f of ['boligsosial', 'helse', 'oppvekst', 'okonomiplan'])
      copyFileSync(path.join(KOMMUNE, `${f}.xlsx`), path.join(io.cwd, `${f}.xlsx`));
    const plan = new ExcelJS.Workbook();
    await plan.xlsx.readFile(path.join(io.cwd, 'boligsosial.xlsx'));
    expect(plan.getWorksheet('Tiltak drift')!.getCell('A3').value).toBe('D-002');
    plan.getWorksheet('Tiltak drift')!.getCell('T3').value = null;
    await plan.xlsx.writeFile(path.join(io.cwd, 'boligsosial.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(io.cwd, 'okonomiplan.xlsx'));
    const ep = wb.getWorksheet('Økonomiplan')!;
    expect([ep.getCell('C3').value, ep.getCell('D3').value]).toEqual(['3', 'R2']);
    const edits: Record<string, string | number | null> = {
      G3: 120,
      H3: 120,
      I3: 120,
      J3: 120,
      C8: '3',
      D8: null,
      F8: 'Bostøtte unge, del 2',
      G8: 80,
      H8: 80,
      I8: 80,
      J8: 80,
      K8: 'Boligsosial handlingsplan',
    };
    for (const [cell, value] of Object.entries(edits)) ep.getCell(cell).value = value;
    await wb.xlsx.writeFile(path.join(io.cwd, 'okonomiplan.xlsx'));

    const args = ['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    await main(['check', ...args, '--format', 'json'], io);
    const report = JSON.parse(io.out()) as {
      reports: { file: string; reconciliation: Item[] }[];
      consolidation: { items: Item[] };
    };
    const own = report.reports
      .find((r) => r.file.includes('boligsosial'))!
      .reconciliation.filter((i) => i.code === 'measure-new-money' && i.ref === 'D-002');
    expect(own.map((i) => [i.measures, i.economyPlan, i.class])).toEqual(Array(4).fill([200_000, 200_000, 'match']));
    const r2 = report.consolidation.items.filter((i) => i.code === 'frame-total' && i.ref === 'R2');
    expect(r2.map((i) => [i.year, i.measures, i.economyPlan, i.class])).toEqual([
      [2027, 200_000, 200_000, 'match'],
      [2028, 200_000, 200_000, 'match'],
      [2029, 200_000, 200_000, 'match'],
      [2030, 200_000, 200_000, 'match'],
    ]);
  });
});
