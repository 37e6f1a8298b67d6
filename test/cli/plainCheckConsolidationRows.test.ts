/**
 * A plan's own Avstemming checked on its own (check PLAN --write, SPEC §10, §15) after a consolidation wrote it: a row
 * the user accepted for an item only the consolidation makes (its economy plan workbook lacks the plan's line, or has a
 * line for the plan that the plan's own Økonomiplan sheet does not) is not told that no item has its key any more and
 * to delete it — the next consolidation makes the item again and gives her Status back to it. The row names the file
 * it was compared against in «Celle økonomiplan» (the consolidation writes «op.xlsx: Økonomiplan!C6», and on an item
 * without a cell there the sheet its line belongs on, «op.xlsx: Økonomiplan»); the plain check keeps that cell and
 * says where the row is compared.
 *
 * `new plan.xlsx --example` and `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr), op.xlsx's D-003 line
 * (row 6: 250, 500, 500, 400) given the Ref D-099 and the Plan «Boligsosial handlingsplan». By hand, the consolidation
 * makes on the plan's Avstemming:
 * - «Tiltak mangler i økonomiplanen» D-003 (no År): the plan's D-003 has 250 + 500 + 500 + 500 = 1 750, op.xlsx no line;
 * - «Økonomiplanlinje uten tiltak» D-099 (no År): 0 − (250 + 500 + 500 + 400) = −1 650, at op.xlsx: Økonomiplan!C6.
 * The plan's own sheet has the line D-003 and no D-099: a plain check makes neither (56 items), so both rows are kept
 * below them (58 rows), Status «Akseptert».
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { testIo } from './testIo';
import { avstemmingRows } from '../helpers/avstemming';

/** Avstemming of `file`: its rows with a Kode, and the cells of the row with Ref `ref` and no År. */
async function avstemming(file: string) {
  const { wb, rows, cell, row } = await avstemmingRows(file);
  const find = (ref: string) => {
    const at = row(ref);
    return (h: string) => at(h).value;
  };
  return { wb, rows, find, cell };
}

const PLAIN = ['check', 'plan.xlsx', '--write', '--in-place'];
const CONSOLIDATE = ['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--write', '--in-place'];

/** The example's plan consolidated against op.xlsx (its D-003 line made D-099 of this plan), both rows accepted. */
async function accepted(): Promise<string> {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
  const op = path.join(io.cwd, 'op.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(op);
  const lines = wb.getWorksheet('Økonomiplan')!;
  expect(lines.getCell('C6').value).toBe('D-003');
  expect(lines.getCell('K1').value).toBe('Plan');
  lines.getCell('C6').value = 'D-099';
  lines.getCell('K6').value = 'Boligsosial handlingsplan';
  await wb.xlsx.writeFile(op);

  await main(CONSOLIDATE, testIo({ cwd: io.cwd }));
  const file = path.join(io.cwd, 'plan.xlsx');
  const made = await avstemming(file);
  expect(made.find('D-003')('Avvik')).toBe(1750);
  expect(made.find('D-003')('Celle økonomiplan')).toBe('op.xlsx: Økonomiplan');
  expect(made.find('D-099')('Avvik')).toBe(-1650);
  expect(made.find('D-099')('Celle økonomiplan')).toBe('op.xlsx: Økonomiplan!C6');
  for (const r of made.rows)
    if (['D-003', 'D-099'].includes(String(made.cell(r, 'Ref').value)) && made.cell(r, 'År').value === null)
      made.cell(r, 'Status').value = 'Akseptert';
  await made.wb.xlsx.writeFile(file);
  return io.cwd;
}

const KEYS = 'Kode, Ref, År og Finansieringskilde';
const FROM = {
  nb:
    'Ikke avstemt i denne kjøringen: raden er fra sammenstillingen mot filen «op.xlsx», og den sammenligningen gjøres der, ' +
    'ikke når planen kontrolleres alene mot sitt eget ark «Økonomiplan». Status og Kommentar er tatt vare på her og ' +
    `følger posten med denne ${KEYS} igjen når planen avstemmes mot «op.xlsx»; la raden stå.`,
  nn:
    'Ikkje avstemt i denne køyringa: rada er frå samanstillinga mot fila «op.xlsx», og den samanlikninga blir gjord der, ' +
    'ikkje når planen blir kontrollert åleine mot sitt eige ark «Økonomiplan». Status og Kommentar er tekne vare på ' +
    'her og følgjer posten med denne Kode, Ref, År og Finansieringskilde igjen når planen blir avstemt mot «op.xlsx»; ' +
    'lat rada stå.',
  en:
    'Not reconciled in this run: the row is from the consolidation against the file "op.xlsx", and that comparison is made ' +
    'there, not when the plan is checked on its own against its own sheet "Økonomiplan". Status and Kommentar are ' +
    'kept here and follow the item with this Kode, Ref, År and Finansieringskilde again when the plan is reconciled ' +
    'against "op.xlsx"; leave the row.',
};

describe('a plain check keeps the rows a consolidation wrote on the plan’s Avstemming', () => {
  test('accepted consolidation rows stay, say where they are compared, never «slett raden»; the consolidation takes them back', async () => {
    const cwd = await accepted();
    const file = path.join(cwd, 'plan.xlsx');
    for (const run of [1, 2]) {
      await main(PLAIN, testIo({ cwd }));
      const own = await avstemming(file);
      expect([run, own.rows.length]).toEqual([run, 56 + 2]);
      const d003 = own.find('D-003');
      expect(d003('Status')).toBe('Akseptert');
      expect(d003('Avvik')).toBeNull();
      expect(d003('Celle økonomiplan')).toBe('op.xlsx: Økonomiplan');
      expect(d003('Forklaring')).toBe(`${FROM.nb} Akseptert ved avvik 1\u00a0750 (1000 kr).`);
      const d099 = own.find('D-099');
      expect(d099('Status')).toBe('Akseptert');
      expect(d099('Celle økonomiplan')).toBe('op.xlsx: Økonomiplan!C6');
      expect(d099('Forklaring')).toBe(`${FROM.nb} Akseptert ved avvik −1\u00a0650 (1000 kr).`);
    }

    // The consolidation again: both items back, her «Akseptert» on them.
    await main(CONSOLIDATE, testIo({ cwd }));
    const again = await avstemming(file);
    expect(again.find('D-003')('Avvik')).toBe(1750);
    expect(again.find('D-003')('Status')).toBe('Akseptert');
    expect(again.find('D-099')('Avvik')).toBe(-1650);
    expect(again.find('D-099')('Status')).toBe('Akseptert');
  });

  test.each(['nn', 'en'] as const)('said in %s', async (lang) => {
    const cwd = await accepted();
    await main([...PLAIN, '--lang', lang], testIo({ cwd }));
    const own = await avstemming(path.join(cwd, 'plan.xlsx'));
    expect(String(own.find('D-003')('Forklaring'))).toMatch(new RegExp(`^${FROM[lang].replace(/[.()"]/g, '\\$&')} `));
  });

  test('a row whose «Celle økonomiplan» names no other workbook is an item gone, as before', async () => {
    const cwd = await accepted();
    // D-003's cell emptied: nothing says the row is a consolidation's, and no item of the plan's own check has its key.
    const file = path.join(cwd, 'plan.xlsx');
    const own = await avstemming(file);
    for (const r of own.rows) if (own.cell(r, 'Ref').value === 'D-003') own.cell(r, 'Celle økonomiplan').value = null;
    await own.wb.xlsx.writeFile(file);
    await main(PLAIN, testIo({ cwd }));
    const after = await avstemming(file);
    expect(String(after.find('D-003')('Forklaring'))).toMatch(/^Ikke avstemt i denne kjøringen: ingen post har lenger/);
    expect(String(after.find('D-099')('Forklaring'))).toMatch(/^Ikke avstemt i denne kjøringen: raden er fra/);
  });
});

describe('a roll does not keep a consolidation’s row for a year gone from the period', () => {
  test('D-005 2027, accepted in the consolidation, is an item gone after the roll to 2028–2031', async () => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
    await main(CONSOLIDATE, testIo({ cwd: io.cwd }));
    const file = path.join(io.cwd, 'plan.xlsx');
    const made = await avstemming(file);
    // D-005 2027: 200 in the plan against 0 on op.xlsx's line (row 7), the period's sums equal.
    const row = made.rows.find((r) => made.cell(r, 'Ref').value === 'D-005' && made.cell(r, 'År').value === 2027);
    expect(made.cell(row!, 'Avvik').value).toBe(200);
    expect(made.cell(row!, 'Celle økonomiplan').value).toBe('op.xlsx: Økonomiplan!G7');
    made.cell(row!, 'Status').value = 'Akseptert';
    await made.wb.xlsx.writeFile(file);

    await main(['roll', 'plan.xlsx', '--out', 'rolled.xlsx'], testIo({ cwd: io.cwd }));
    const rolled = await avstemming(path.join(io.cwd, 'rolled.xlsx'));
    const kept = rolled.rows.find(
      (r) => rolled.cell(r, 'Ref').value === 'D-005' && rolled.cell(r, 'År').value === 2027,
    );
    expect(rolled.cell(kept!, 'Status').value).toBe('Akseptert');
    expect(String(rolled.cell(kept!, 'Forklaring').value)).toMatch(
      /^Ikke avstemt i denne kjøringen: ingen post har lenger denne Kode, Ref, År og Finansieringskilde\./,
    );
  });
});
