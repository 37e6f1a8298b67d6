/**
 * Review r25 (high, file path): Sammendrag without its name omrSammendrag (an older plan) — a note she typed right
 * beside one of the product's rows, or in the empty row between two blocks, is emptied by check --write without a
 * word («Skrev Sammendrag og Avstemming til ut.xlsx.»).
 *
 * What she did: the example with Sammendrag written (A1:L65), the name omrSammendrag gone (as r22), then one note:
 * «fra rådmannen» in C5 (beside «Økonomiplanversjon | Vedtatt K-sak 112/2026», A5:B5), «sjekk» in L10 (beside the
 * row «Samfunn og tjenester» of Drift per seksjon, A10:K10), «Merk: foreløpig» in A7 (the empty row between the
 * head rows 1–6 and Drift per seksjon at row 8), «se sak» in C49 (beside «Ingen kostnad | 1», A49:B49).
 *
 * Why wrong: SPEC §11 — a cell typed by the user next to or below a product block is never overwritten: written
 * around, or refused naming the cell. summaryOwned.ts laidOutBlocks runs a block's width from A as far as any of its
 * rows is filled without a gap, and a block on while column A is filled, so her note becomes part of the block.
 *
 * By hand: the product's rows are 1–6 two columns wide at most (A–B), 9–12 eleven wide (A–K), 47–52 two (A–B);
 * row 7 is empty in what it writes. C5, L10, A7 and C49 are outside every product cell: each note stays where she
 * typed it (or the run refuses, naming that cell, and writes nothing).
 */
/*
 * Since review r27 the head names the plan (Plannavn in row 2): every row from the period down is one further, the
 * block A1:L66, and the notes below sit in the same places one row down (C6, L11, A8, C50, B9).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { XlsxWorkbook } from '../../../src/workbook/xlsx';
import { FixturePkg } from '../../fixtures/make/asExcel/pkg';
import { testIo } from '../../cli/testIo';

/** `xml` with an inline string `text` in `ref` (row `row`, column index `col` 0-based), cells kept in order. */
function withNote(xml: string, ref: string, row: number, text: string): string {
  const cell = `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const rowRe = new RegExp(`(<row r="${row}"[^>]*>)(.*?)</row>`);
  if (rowRe.test(xml)) return xml.replace(rowRe, (_m, open: string, body: string) => `${open}${body}${cell}</row>`);
  return xml.replace(`<row r="${row + 1}"`, `<row r="${row}">${cell}</row><row r="${row + 1}"`);
}

const NOTES: readonly [string, number, number, string][] = [
  ['C6', 6, 2, 'fra rådmannen'],
  ['L11', 11, 11, 'sjekk'],
  ['A8', 8, 0, 'Merk: foreløpig'],
  ['C50', 50, 2, 'se sak'],
];

test.each(NOTES)('Sammendrag without omrSammendrag: her note in %s stays', async (ref, row, col, text) => {
  const io = testIo();
  expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
  expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
  const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
  pkg.edit('xl/workbook.xml', (x) => {
    const name = '<definedName name="omrSammendrag">Sammendrag!$A$1:$L$66</definedName>';
    if (!x.includes(name)) throw new Error('no omrSammendrag A1:L66');
    return x.replace(name, '');
  });
  pkg.edit(pkg.sheetPart('Sammendrag'), (x) => withNote(x, ref, row, text));
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
  const run = testIo({ cwd: io.cwd });
  await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run);
  const out = path.join(io.cwd, 'ut.xlsx');
  if (!existsSync(out)) {
    expect(run.out()).toContain(`Sammendrag!${ref}`);
    return;
  }
  const sheet = (await (await XlsxWorkbook.fromBuffer(readFileSync(out))).read()).sheets.find(
    (s) => s.sheet === 'Sammendrag',
  );
  expect(sheet?.values[row - 1]?.[col]).toBe(text);
});
