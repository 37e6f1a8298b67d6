/**
 * Review r25 (high, file path and Excel path): in a plan whose Sammendrag carries its name omrSammendrag (every plan
 * the product wrote lately), a note she typed in an empty cell of the rectangle the name records (A1:L65 in the
 * example) is emptied by check --write without a word, though on the sheet it stands beside a row of the product's:
 * «fra rådmannen» in C5 beside «Økonomiplanversjon | Vedtatt K-sak 112/2026», «sjekk» in L10 beside a row of Drift
 * per seksjon (A10:K10), «Merk: foreløpig» in A7 (the empty row above Drift per seksjon), «se sak» in C49 beside
 * «Ingen kostnad | 1», «notat» in B8 beside the title «Drift per seksjon».
 *
 * Why wrong: SPEC §11 — a cell typed by the user next to a product table is never overwritten: written around, or
 * refused naming the cell. summaryOwned.ts takes the whole named rectangle for the product's; the r22 as-built
 * sentence says so, but the rectangle is nothing she can see (columns C–L of rows 1–6 are empty on the sheet).
 *
 * By hand: as without the name (summaryNotesBesideBlock.test.ts): the head is A1:B6, Drift per seksjon A8:K12
 * (title A8 alone), the status counts A46:B52; row 7 is empty in what the product writes. Each note stays where she
 * typed it, or the run refuses naming that cell and writes nothing.
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
  ['B9', 9, 1, 'notat'],
];

test.each(NOTES)(
  'Sammendrag with omrSammendrag: her note in %s, inside the named rectangle, stays',
  async (ref, row, col, text) => {
    const io = testIo();
    expect(await main(['new', 'plan.xlsx', '--example', '--start', '2027'], io)).toBe(0);
    expect(await main(['check', 'plan.xlsx', '--write', '--in-place'], testIo({ cwd: io.cwd }))).toBe(1);
    const pkg = new FixturePkg(new Uint8Array(readFileSync(path.join(io.cwd, 'plan.xlsx'))));
    expect(pkg.text('xl/workbook.xml')).toContain(
      '<definedName name="omrSammendrag">Sammendrag!$A$1:$L$66</definedName>',
    );
    pkg.edit(pkg.sheetPart('Sammendrag'), (x) => withNote(x, ref, row, text));
    writeFileSync(path.join(io.cwd, 'plan.xlsx'), pkg.bytes());
    const run = testIo({ cwd: io.cwd });
    await main(['check', 'plan.xlsx', '--write', '--out', 'ut.xlsx'], run);
    const out = path.join(io.cwd, 'ut.xlsx');
    if (!existsSync(out)) {
      expect(run.out() + run.err()).toContain(`Sammendrag!${ref}`);
      return;
    }
    const sheet = (await (await XlsxWorkbook.fromBuffer(readFileSync(out))).read()).sheets.find(
      (s) => s.sheet === 'Sammendrag',
    );
    expect(sheet?.values[row - 1]?.[col]).toBe(text);
  },
);
