/**
 * Review r13: in a consolidation, a plan whose year headers are not the period (one year column typed 2031) has its
 * unread year counted as 0 in the consolidated figures, with no word there.
 *
 * Files: examples/kommune (boligsosial, helse, oppvekst, okonomiplan). Helse og omsorg (mill kr) has D-001 and
 * D-002 in R3, 1 mill each a year (2 000 in 1000 kr); its Tiltak drift!K1 «2030» is typed 2031.
 *
 * By hand (unchanged sheets): R3 2030 = Boligsosial 2 400 + Helse 2 000 = 4 400 against the Ramme line 4 000:
 * 400 over the frame, an error (the run with the right header says exactly that).
 *
 * What she sees with K1 = 2031: the plan's own check says the header is wrong and leaves its per-year comparisons
 * out (571ae4b), but the «Samlet avstemming» compares R3 2030 as 2 400 («Andeler: Boligsosial 2 400») against
 * 4 000, class Samsvar (−1 600, within the frame): the overrun is hidden and a figure is shown that is not the
 * sheet's. «Nye midler per år mot økonomiplanen» shows Helse og omsorg 2030 as Tiltaksplan 0, Avvik −1 000, and
 * «Alle planer» 2030 3 300 against 5 450 (−2 150), where the plan's own Summer show «–» for that year.
 *
 * Expected: as in one plan's check (docs/spec.md §9 totals «–» for a year not read, §10 comparisons on a table's
 * per-year amounts left out, §15 the consolidation is the plans' items side by side): R3 2030 is not compared as a
 * match with Helse's share left out, and Helse's 2030 is not given as 0 new money.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const KOMMUNE = path.join(__dirname, '..', '..', '..', 'examples', 'kommune');

interface Item {
  code: string;
  class: string;
  ref: string;
  year?: number;
  measures: number;
  economyPlan: number;
}

interface PlanPart {
  name: string;
  newMoney: { measures: Record<string, number | null> };
}

describe('a consolidation with one plan whose year headers are not the period (SPEC §9, §10, §15)', () => {
  test('does not compare the frame with that plan’s unread year as 0', async () => {
    const io = testIo();
    for (const f of ['boligsosial.xlsx', 'oppvekst.xlsx', 'okonomiplan.xlsx'])
      copyFileSync(path.join(KOMMUNE, f), path.join(io.cwd, f));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(KOMMUNE, 'helse.xlsx'));
    const drift = wb.getWorksheet('Tiltak drift')!;
    expect(drift.getCell('K1').value).toBe('2030');
    drift.getCell('K1').value = '2031';
    await wb.xlsx.writeFile(path.join(io.cwd, 'helse.xlsx'));

    const args = ['boligsosial.xlsx', 'helse.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx'];
    await main(['check', ...args, '--format', 'json'], io);
    const c = JSON.parse(io.out()).consolidation as { items: Item[]; plans: PlanPart[] };

    const r3In2030 = c.items.filter((i) => i.code === 'frame-total' && i.ref === 'R3' && i.year === 2030);
    // Before the fix: one item, measures 2 400 000 kr (Boligsosial only), economy plan 4 000 000, class «match».
    for (const item of r3In2030) expect(item.class === 'match' && item.measures === 2_400_000).toBe(false);

    const helse = c.plans.find((p) => p.name === 'Helse og omsorg')!;
    // Before the fix: 0, though Helse's 2030 was never read (its column is headed 2031).
    expect(helse.newMoney.measures['2030']).not.toBe(0);
  });
});
