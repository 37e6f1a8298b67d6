/**
 * A plan's own Avstemming written by a consolidation (check PLAN --economy-plan OP --write, SPEC §10, §15): a row the
 * user accepted in the plan's own check whose item this run does not make on that sheet is not told that no item
 * has its key any more and that it may be deleted — the plan's own check makes the item again, and the next plain
 * `check --write` gives her Status back to it. It is told where the comparison is made in this run instead.
 *
 * `new plan.xlsx --example` and `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr, the same figures), then
 * `check plan.xlsx --write --in-place` (56 rows, no Kommentar) and the four rows below set to «Akseptert». By hand:
 * - D-003 2030 (Nye midler per tiltak: 500 against 400) and P-4102 Lån (Finansiering per prosjekt: 11 500 against
 *   11 500): op.xlsx has the same lines, so the consolidation's items of the plan take both rows again;
 * - ØP23-117 (Økonomiplanlinje uten tiltak, 1 200) and R3 2027 (Nye midler per rammeområde, 1 000 against 1 000):
 *   op.xlsx's line ØP23-117 has no Plan, and the frames are compared across the plans, so both are compared on
 *   «Avstemming planer» in op.xlsx, not on the plan's sheet: the plan's 43 items (56 less the 12 frame items and
 *   ØP23-117), then the two rows kept below them without amounts, Status «Akseptert», saying so.
 * With op.xlsx's D-003 line (row 6) given another Ref, the plan's D-003 has no line there («Tiltak mangler», no År):
 * its row D-003 2030 is made by the plan's own Økonomiplan sheet only, which this run does not read.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';
import { avstemmingRows } from '../helpers/avstemming';

type Key = { ref: string; year: number | null; source?: string };

/** Avstemming of `file`: its rows' cells by header, and the row of a key (with an Avvik: an item's, or kept: none). */
async function avstemming(file: string) {
  const { wb, rows, cell } = await avstemmingRows(file);
  const find = (k: Key, priced: boolean) => {
    const r = rows.find(
      (r) =>
        cell(r, 'Ref').value === k.ref &&
        (cell(r, 'År').value ?? null) === k.year &&
        (cell(r, 'Finansieringskilde').value ?? null) === (k.source ?? null) &&
        (cell(r, 'Avvik').value !== null) === priced,
    );
    if (r === undefined) throw new Error(`no row ${JSON.stringify(k)} (priced: ${String(priced)})`);
    return (h: string) => cell(r, h);
  };
  return { wb, rows, find };
}

const ACCEPTED: Key[] = [
  { ref: 'D-003', year: 2030 },
  { ref: 'P-4102', year: null, source: 'Lån' },
  { ref: 'ØP23-117', year: null },
  { ref: 'R3', year: 2027 },
];

/** The example's plan checked on its own and written in place, the four rows set to «Akseptert». */
async function accepted(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }));
  const file = path.join(io.cwd, 'plan.xlsx');
  const own = await avstemming(file);
  expect(own.rows).toHaveLength(56);
  for (const k of ACCEPTED) own.find(k, true)('Status').value = 'Akseptert';
  await own.wb.xlsx.writeFile(file);
  return io.cwd;
}

const CONSOLIDATE = ['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--write', '--in-place'];
const KEYS = 'Kode, Ref, År og Finansieringskilde';
const ACROSS =
  'Ikke avstemt her i denne kjøringen: planen er avstemt mot op.xlsx, der denne sammenligningen gjøres for alle ' +
  `planene samlet, på arket «Avstemming planer». Status og Kommentar er tatt vare på her og følger posten med denne ${KEYS} ` +
  'igjen når planen kontrolleres alene; la raden stå.';

describe("a plan's own Avstemming written by a consolidation keeps her accepted rows truthfully", () => {
  test('rows of items compared on «Avstemming planer» are kept and not told to be deleted; a plain check takes them back', async () => {
    const cwd = await accepted();
    await main(CONSOLIDATE, testIo({ cwd }));
    const file = path.join(cwd, 'plan.xlsx');
    const after = await avstemming(file);
    expect(after.rows).toHaveLength(43 + 2);
    // Items of the plan in this run too: taken again, Status as she left it.
    expect(after.find(ACCEPTED[0]!, true)('Avvik').value).toBe(100);
    expect(after.find(ACCEPTED[0]!, true)('Status').value).toBe('Akseptert');
    expect(after.find(ACCEPTED[1]!, true)('Avvik').value).toBe(0);
    expect(after.find(ACCEPTED[1]!, true)('Status').value).toBe('Akseptert');
    // Compared on «Avstemming planer»: kept below the items, told so and to leave the row.
    const line = after.find(ACCEPTED[2]!, false);
    expect(line('Status').value).toBe('Akseptert');
    expect(line('Forklaring').value).toBe(`${ACROSS} Akseptert ved avvik −1\u00a0200 (1000 kr).`);
    const frame = after.find(ACCEPTED[3]!, false);
    expect(frame('Status').value).toBe('Akseptert');
    expect(frame('Forklaring').value).toBe(`${ACROSS} Akseptert ved avvik 0 (1000 kr).`);

    // The plan checked on its own again: both items back, her «Akseptert» on them, nothing kept below.
    await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd }));
    const own = await avstemming(file);
    expect(own.rows).toHaveLength(56);
    expect(own.find(ACCEPTED[2]!, true)('Avvik').value).toBe(-1200);
    expect(own.find(ACCEPTED[2]!, true)('Status').value).toBe('Akseptert');
    expect(own.find(ACCEPTED[3]!, true)('Status').value).toBe('Akseptert');
  });

  test("a row only the plan's own Økonomiplan sheet makes an item for says so, not «slett raden»", async () => {
    const cwd = await accepted();
    const op = path.join(cwd, 'op.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(op);
    const ref = wb.getWorksheet('Økonomiplan')!.getCell('C6');
    expect(ref.value).toBe('D-003');
    ref.value = 'D-099';
    await wb.xlsx.writeFile(op);

    await main(CONSOLIDATE, testIo({ cwd }));
    const kept = (await avstemming(path.join(cwd, 'plan.xlsx'))).find(ACCEPTED[0]!, false);
    expect(kept('Status').value).toBe('Akseptert');
    expect(kept('Forklaring').value).toBe(
      'Ikke avstemt i denne kjøringen: planen er avstemt mot op.xlsx, ikke mot sitt eget ark «Økonomiplan», som gir ' +
        `en post med denne ${KEYS}. Status og Kommentar er tatt vare på her og følger posten igjen når planen ` +
        'kontrolleres alene; la raden stå. Akseptert ved avvik 100 (1000 kr).',
    );
  });

  test('«Avstemming planer»: a line she accepted there that now belongs to the plan says where it is compared', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
    await main(CONSOLIDATE, testIo({ cwd: io.cwd }));
    // ØP23-117 (row 9 of op.xlsx, no Plan) accepted on «Avstemming planer», then given the plan's Plannavn in K9.
    const op = path.join(io.cwd, 'op.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(op);
    const sheet = wb.getWorksheet('Avstemming planer')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const at = [...Array(sheet.rowCount).keys()].find(
      (r) => sheet.getRow(r + 1).getCell(col('Ref')).value === 'ØP23-117',
    );
    expect(at).toBeDefined();
    sheet.getRow(at! + 1).getCell(col('Status')).value = 'Akseptert';
    wb.getWorksheet('Økonomiplan')!.getCell('K9').value = 'Boligsosial handlingsplan';
    await wb.xlsx.writeFile(op);

    await main(CONSOLIDATE, testIo({ cwd: io.cwd }));
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(op);
    const rows = after.getWorksheet('Avstemming planer')!;
    const kept = [...Array(rows.rowCount).keys()]
      .map((r) => rows.getRow(r + 1))
      .find((r) => r.getCell(col('Ref')).value === 'ØP23-117');
    expect(kept?.getCell(col('Status')).value).toBe('Akseptert');
    expect(kept?.getCell(col('Forklaring')).value).toBe(
      'Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Plan, Ref, År og Finansieringskilde. Status og ' +
        'Kommentar er tatt vare på her; slett raden når den ikke trengs. Linjen hører nå til planen «Boligsosial ' +
        'handlingsplan»: sammenligningen står på arket «Avstemming» i den planen, og Status og Kommentar her er ikke ' +
        'flyttet dit. Akseptert ved avvik −1\u00a0200 (1000 kr).',
    );
    // There, the line is the plan's item, «Åpen»: her acceptance was given on finance's sheet, not carried over.
    const own = (await avstemming(path.join(io.cwd, 'plan.xlsx'))).find({ ref: 'ØP23-117', year: null }, true);
    expect(own('Avvik').value).toBe(-1200);
    expect(own('Status').value).toBe('Åpen');
  });
});
