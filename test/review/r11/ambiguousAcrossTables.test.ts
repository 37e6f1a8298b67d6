/**
 * Review r11: in a consolidation a Drift Tiltak line is «Linje i flere planer» because an investment project of
 * another plan carries the same Ref. (SPEC §15: a line without Plan «matches by Ref across all plans» and a Ref found
 * in two plans is ambiguous; §6 and §10: a Drift `Tiltak` line is an operating measure's, matched by ID or Ref.; a
 * project is matched by an Investering `Tiltak` or `Finansiering` line with Ref = Prosjektnr).
 *
 * Files: the built-in example («Boligsosial handlingsplan»: I-002 Omsorgsboliger is an investment with Ref. 10, its
 * Prosjektnr P-4102) and examples/kommune/oppvekst.xlsx («Oppvekstplan»: D-001, the only measure with new money,
 * 700 a year in R1) with its Ref. typed 10; the economy plan examples/kommune/okonomiplan.xlsx with its row 6
 * (Drift, Tiltak, R1, 700 a year) given Ref 10 and no Plan.
 *
 * By hand: the line is Del Drift, Linjetype Tiltak; of the two plans' measures with Ref. 10 only Oppvekstplan's
 * D-001 is an operating measure, and an Investering project is never matched by a Drift line (one plan's check does
 * not even try: matchLines.ts). So the line is D-001's: 700 / 700 / 700 / 700 against D-001's 700 a year, a match.
 *
 * What she sees: an error «Økonomiplanlinjen 10 (2 800) passer til I-002 i «Boligsosial handlingsplan» og D-001 i
 * «Oppvekstplan». Skriv planens navn i kolonnen Plan på linjen …», and Oppvekstplan's D-001 reported as a measure
 * whose line is not counted (measure-not-in-economy-plan, error), though no other line can be read as D-001's.
 *
 * Expected: no economy-plan-line-ambiguous for the line; D-001's measure-new-money items match 700 each year.
 *
 * The same root (assign.ts indexes every measure of both tables, costed or not): with Oppvekstplan's D-001 given
 * Ref. 5 and the line Ref 5, the example's D-004 (Ref. 5, «Må utredes», no amounts) makes the line ambiguous too,
 * though one plan's check reads a Ref. as the one costed measure carrying it (matchLines.ts MeasureIndex.find) and
 * a line for a measure not costed would be `not-costed` at best. Second test below.
 */
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { testIo } from '../../cli/testIo';

const ROOT = path.join(__dirname, '..', '..', '..', 'examples');

async function edited(from: string, to: string, sheet: string, cells: Record<string, ExcelJS.CellValue>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.getWorksheet(sheet)!;
  for (const [cell, value] of Object.entries(cells)) ws.getCell(cell).value = value;
  await wb.xlsx.writeFile(to);
  return ws;
}

interface Item {
  code: string;
  ref: string;
  measureId?: string;
  class: string;
  year?: number;
  measures: number;
  economyPlan: number;
}

describe('a Drift Tiltak line whose Ref. an investment project of another plan also carries (SPEC §15, §10)', () => {
  test('belongs to the one operating measure it can match, not «Linje i flere planer»', async () => {
    const io = testIo();
    copyFileSync(path.join(ROOT, 'eksempel.xlsx'), path.join(io.cwd, 'bolig.xlsx'));
    const opp = await edited(
      path.join(ROOT, 'kommune', 'oppvekst.xlsx'),
      path.join(io.cwd, 'oppvekst.xlsx'),
      'Tiltak drift',
      { D2: '10' },
    );
    expect(opp.getCell('A2').value).toBe('D-001');
    const op = await edited(
      path.join(ROOT, 'kommune', 'okonomiplan.xlsx'),
      path.join(io.cwd, 'okonomiplan.xlsx'),
      'Økonomiplan',
      { C6: '10', K6: null },
    );
    expect([op.getCell('A6').value, op.getCell('B6').value, op.getCell('D6').value]).toEqual(['Drift', 'Tiltak', 'R1']);

    await main(['check', 'bolig.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
    const out = JSON.parse(io.out()) as {
      reports: { file: string; reconciliation: Item[] }[];
      consolidation: { items: Item[] };
    };
    const consolidation = out.consolidation;
    const docs = out.reports;
    expect(consolidation.items.filter((i) => i.code === 'economy-plan-line-ambiguous')).toEqual([]);
    const oppvekst = docs.find((d) => d.file.endsWith('oppvekst.xlsx'));
    expect(
      oppvekst?.reconciliation.filter((i) => i.measureId === 'D-001').map((i) => [i.code, i.class, i.economyPlan]),
    ).toEqual([
      ['measure-new-money', 'match', 700_000],
      ['measure-new-money', 'match', 700_000],
      ['measure-new-money', 'match', 700_000],
      ['measure-new-money', 'match', 700_000],
    ]);
  });

  test('is not made ambiguous by a measure of another plan that is not costed (D-004, Må utredes)', async () => {
    const io = testIo();
    copyFileSync(path.join(ROOT, 'eksempel.xlsx'), path.join(io.cwd, 'bolig.xlsx'));
    await edited(path.join(ROOT, 'kommune', 'oppvekst.xlsx'), path.join(io.cwd, 'oppvekst.xlsx'), 'Tiltak drift', {
      D2: '5',
    });
    await edited(path.join(ROOT, 'kommune', 'okonomiplan.xlsx'), path.join(io.cwd, 'okonomiplan.xlsx'), 'Økonomiplan', {
      C6: '5',
      K6: null,
    });
    await main(['check', 'bolig.xlsx', 'oppvekst.xlsx', '--economy-plan', 'okonomiplan.xlsx', '--format', 'json'], io);
    const out = JSON.parse(io.out()) as {
      reports: { file: string; reconciliation: Item[] }[];
      consolidation: { items: Item[] };
    };
    expect(out.consolidation.items.filter((i) => i.code === 'economy-plan-line-ambiguous')).toEqual([]);
    const oppvekst = out.reports.find((d) => d.file.endsWith('oppvekst.xlsx'));
    expect(oppvekst?.reconciliation.filter((i) => i.measureId === 'D-001').map((i) => i.class)).toEqual([
      'match',
      'match',
      'match',
      'match',
    ]);
  });
});
