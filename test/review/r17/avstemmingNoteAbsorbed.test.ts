/**
 * Review r17 (Excel, a note typed right under Avstemming): Excel takes a row typed right under a table into the table
 * (AutoCorrect → «Ta med nye rader og kolonner i tabellen», on by default), so her note becomes a row of
 * tblAvstemming, and the next «Skriv avstemming» deletes it without a word.
 *
 * The example (2027–2030, 1000 kr) in Excel; Avstemming written: tblAvstemming A1:P57. In A58, the row right under
 * the table, she types «Merknad: D-003 avklares med økonomi 15.1». Excel grows the table over it: A1:P58 (a row of the
 * table's body holding only her text in Alvor). She presses «Skriv avstemming»: the planner clears the old table's
 * product columns A1:N58 and writes the items in A1:P57 — her note is gone, and the pane says the sheet was written.
 * Typed one row lower (A59, the table not grown), the same note stays (control); typed in Kommentar (P58) it is kept
 * as a row below the items (reconciliationKept.ts); typed in any of the product's columns A–N (Alvor, Tiltak E58,
 * Forklaring L58: tried, all lost) it is cleared. The file path (check --write on the
 * workbook Excel saved, where the table's ref is A1:P58) plans with the same planner.
 *
 * Why wrong: SPEC §11 — «A cell typed by the user next to or below a product table is never overwritten: the product
 * writes around it or refuses with a message naming the cell»; docs/architecture.md (data flow, 4): «no edit deletes a
 * user's data». A body row of tblAvstemming that is no item the product wrote (no Kode, no Ref, no År, only text in one
 * cell) is her row, as a measure table's row typed under it is (row-below-table).
 *
 * By hand: after «Skriv avstemming», the text «Merknad: D-003 avklares med økonomi 15.1» is still on Avstemming (the
 * items fill rows 2–57, so below them), or nothing is written and the refusal names Avstemming!A58.
 */
import { exampleModel } from '../../workbook/excel/exampleModel';
import { writeAvstemming } from '../../helpers/writeAvstemming';

const NOTE = 'Merknad: D-003 avklares med økonomi 15.1';

/** Avstemming written, then `NOTE` typed in A`row`; `grown`: Excel took the row into tblAvstemming. */
async function typedUnder(row: number, grown: boolean) {
  const model = await exampleModel();
  expect((await writeAvstemming(model)).ok).toBe(true);
  const table = model.tables.find((t) => t.name === 'tblAvstemming')!;
  expect(table.ref).toBe('A1:P57');
  const av = model.sheets.find((s) => s.name === 'Avstemming')!.cells;
  av.set(`A${row}`, { value: NOTE });
  if (grown) table.ref = `A1:P${row}`;
  const planned = await writeAvstemming(model);
  const kept = [...av].filter(([, c]) => c.value === NOTE).map(([a1]) => a1);
  const refusedAt = planned.ok ? [] : planned.blocked.map((b) => `${b.sheet}!${b.cell}`);
  return { kept, refusedAt };
}

describe('a note typed under Avstemming in Excel, and «Skriv avstemming» again', () => {
  test('control: typed one row below the table (A59, the table not grown), the note stays', async () => {
    expect(await typedUnder(59, false)).toEqual({ kept: ['A59'], refusedAt: [] });
  });

  test('typed right under it (A58, taken into the table by Excel): kept, or the write refused naming it', async () => {
    const { kept, refusedAt } = await typedUnder(58, true);
    expect(kept.length > 0 || refusedAt.includes('Avstemming!A58')).toBe(true);
  });
});
