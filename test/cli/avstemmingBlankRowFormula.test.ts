/**
 * A blank row at the end of tblAvstemming (she dragged the table's corner one row down, or cleared a row's contents)
 * in a table with her calculated column Q «=[@Avvik]*2»: Excel fills Q on that row too, and it shows 0. The row
 * holds nothing she typed — no Kode, Kommentar or Status, and Q is her formula's result — so it goes (docs/spec.md
 * §10: «a row holding nothing of the user's still goes»). Before the fix holdsExtra counted the formula's 0 as hers:
 * the row was kept below the items, and from then on its Q was a typed 0, kept on every run.
 * Worked by hand on clean-plan.xlsx: the first run writes A1:P16, header + 15 items; Q1 «Dobbelt avvik» and a blank
 * row make it A1:Q17 (15 item rows + 1 blank); the second run writes header + the same 15 items = A1:Q16.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'clean-plan.xlsx');
const ref = async (file: string) =>
  (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).tables.find((t) => t.name === 'tblAvstemming')
    ?.ref;

it('a blank row whose only cell is her calculated column showing 0 is not kept as hers', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  expect(await ref(file)).toBe('A1:P16');
  const rows = 16;
  const calc = () => ({ formula: 'tblAvstemming[[#This Row],[Avvik]]*2', value: 0 }); // Avvik 0 on a clean plan
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Dobbelt avvik']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q2', values: Array.from({ length: rows }, () => [calc()]) },
    { kind: 'resizeTable', name: 'tblAvstemming', ref: `A1:Q${rows + 1}` }, // one blank row below the items
  ]);
  await saveXlsxFile(wb, file, 'replace');
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
  // Header + the same 15 items as before, the blank row gone.
  expect(await ref(file)).toBe('A1:Q16');
});

/*
 * The other side: the same blank row 17, but she typed «Sjekk» in its Kommentar (P17). That is hers, so the row is
 * kept below the 15 items (A1:Q17 again), Kode empty, Kommentar «Sjekk», and its Forklaring (L17) says it has no Kode
 * — not «ingen post har lenger denne Kode, Ref, År og Finansieringskilde», a key it never had.
 */
it('a blank row holding her typed Kommentar is kept, its Forklaring saying it has no Kode', async () => {
  const io = testIo();
  const file = path.join(io.cwd, 'plan.xlsx');
  copyFileSync(FIXTURE, file);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], io)).toBe(0);
  const calc = () => ({ formula: 'tblAvstemming[[#This Row],[Avvik]]*2', value: 0 });
  const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
  await wb.apply([
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q1', values: [['Dobbelt avvik']] },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'Q2', values: Array.from({ length: 16 }, () => [calc()]) },
    { kind: 'setCells', sheet: 'Avstemming', origin: 'P17', values: [['Sjekk']] },
    { kind: 'resizeTable', name: 'tblAvstemming', ref: 'A1:Q17' },
  ]);
  await saveXlsxFile(wb, file, 'replace');
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(0);
  expect(await ref(file)).toBe('A1:Q17');
  const snap = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read();
  const row = snap.sheets.find((s) => s.sheet === 'Avstemming')?.values[16] ?? [];
  expect(row[1] ?? null).toBeNull(); // B17: no Kode
  expect(row[15]).toBe('Sjekk'); // P17
  expect(row[11]).toBe(
    'Ikke avstemt i denne kjøringen: raden har ingen Kode og hører ikke til noen post. ' +
      'Det du skrev på raden er tatt vare på her; slett raden når den ikke trengs.',
  );
});
