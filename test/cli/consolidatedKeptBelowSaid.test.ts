/**
 * «Avstemming planer» (SPEC §15, written by `check PLAN --economy-plan OP --write`) keeps a row below its items for
 * what she typed on a row no item takes, as Avstemming does (SPEC §10); for a single plan the run names how many such
 * rows and where (review r41, test/review/fixB/keptBelowSaid.test.ts), for «Avstemming planer» it said nothing.
 *
 * By hand: `new plan.xlsx --example` and `new op.xlsx --economy-plan --example` (2027–2030, 1000 kr), the
 * consolidation written in place: «Avstemming planer» holds 13 items on rows 2–14, row 14 ØP23-117 (Økonomiplanlinje
 * uten tiltak). She types «Spør Kari» in its Kommentar (N14), and finance retypes the line's Ref (op.xlsx Økonomiplan!C9)
 * ØP23-118: still 13 items (ØP23-118's in place of ØP23-117's), on rows 2–14, and her row kept below them, row 15.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { saveXlsxFile } from '../../src/workbook/xlsx/nodeFile';
import { testIo } from './testIo';

jest.setTimeout(60_000);

const SAID = {
  nb: 'op.xlsx: Én rad som ikke er avstemt i denne kjøringen, er tatt vare på under postene på arket «Avstemming planer» (rad 15) med Status, Kommentar og det andre du skrev der; Forklaring sier hvorfor. Slett raden når du ikke trenger den.',
  en: 'op.xlsx: One row not reconciled in this run is kept below the items on the sheet "Avstemming planer" (row 15) with the Status, Kommentar and anything else you typed there; Forklaring says why. Delete it when it is no longer needed.',
} as const;

it.each(['nb', 'en'] as const)(
  'check --economy-plan --write names the row kept below the items of «Avstemming planer» (%s)',
  async (lang) => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['new', 'op.xlsx', '--economy-plan', '--example', '--start', '2027'], io)).toBe(0);
    const args = ['check', 'plan.xlsx', '--economy-plan', 'op.xlsx', '--write', '--in-place', '--lang', lang];
    const first = testIo({ cwd: io.cwd });
    await main(args, first);
    expect(first.out() + first.err()).not.toContain('Avstemming planer» (rad');
    const file = path.join(io.cwd, 'op.xlsx');
    const wb = await XlsxWorkbook.fromBuffer(readFileSync(file));
    const read = await wb.read();
    const sheet = read.sheets.find((s) => s.sheet === 'Avstemming planer')!;
    expect(sheet.values).toHaveLength(14);
    expect(sheet.values[13]?.[4]).toBe('ØP23-117');
    expect(read.sheets.find((s) => s.sheet === 'Økonomiplan')!.values[8]?.[2]).toBe('ØP23-117');
    await wb.apply([
      { kind: 'setCells', sheet: 'Avstemming planer', origin: 'N14', values: [['Spør Kari']] },
      { kind: 'setCells', sheet: 'Økonomiplan', origin: 'C9', values: [['ØP23-118']] },
    ]);
    await saveXlsxFile(wb, file, 'replace');
    const second = testIo({ cwd: io.cwd });
    await main(args, second);
    expect((second.out() + second.err()).split('\n')).toContain(SAID[lang]);
    const after = (await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read()).sheets.find(
      (s) => s.sheet === 'Avstemming planer',
    )!;
    expect([after.values[14]?.[4], after.values[14]?.[13]]).toEqual(['ØP23-117', 'Spør Kari']);
  },
);
