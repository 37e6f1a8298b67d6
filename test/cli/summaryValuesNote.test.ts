/**
 * Review (r7): Sammendrag (SPEC §9) says on top, in A7, «Summene gjelder tiltak med kostnadsstatus «Beregnet» og
 * oppdateres av formlene når tabellene endres.» When a cell of a section holds an amount stored as text (SPEC §7,
 * warning amount-text: "Excel's own SUM and SUMIFS skip text"), check --write puts that section's row and the
 * «Alle seksjoner» row of «Drift per seksjon» in as plain numbers (the core's totals, so the sheet agrees with the
 * report), every column of them. Nothing on the sheet says so: a budget officer who then changes an amount of that
 * section in Excel sees the row stay as it was, under a note that promises it follows the tables. (The block
 * «Nye midler per år», also numbers, has its own caption: «… ved siste kontroll …; ikke formler.»)
 *
 * The built-in example (1000 kr) with 'Tiltak drift'!H4 (D-003, 2027, section «Samfunn og tjenester») typed as
 * the text «350», the same amount: Sammendrag B11 (Samfunn og tjenester, 2027) becomes the number 1 650 (600 +
 * 300 + 350 + 400, D-001, D-002, D-003, D-005) instead of its SUMIFS formula.
 *
 * Reproduce: tiltaksplan new plan.xlsx --example; retype 'Tiltak drift'!H4 as text 350; tiltaksplan check
 * plan.xlsx --write; open plan-kontrollert.xlsx, Sammendrag rows 11 and 13 (10 and 12 before the head named the plan,
 * review r27).
 *
 * Fixed: A7 no longer promises that those rows follow the tables; it names them (block and labels) as values
 * from this check and says why. The blocks written as values on every run (new money per frame, measures not
 * costed, checks) carry a caption of their own.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { exampleTyped } from './exampleTyped';
import { testIo } from './testIo';

/** Writes Sammendrag for a copy of the example (edited by `edit`) and returns that sheet. */
async function written(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Worksheet> {
  const io = testIo();
  await exampleTyped(io.cwd, edit, `${name}.xlsx`);
  await main(['check', `${name}.xlsx`, '--write', '--out', `${name}-k.xlsx`], io);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(path.join(io.cwd, `${name}-k.xlsx`));
  return out.getWorksheet('Sammendrag')!;
}

/** Every text cell of a sheet. */
function texts(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && out.add(c.value))));
  return out;
}

const isFormula = (c: ExcelJS.Cell) => typeof c.value === 'object' && c.value !== null && 'formula' in c.value;

describe('Sammendrag rows written as numbers, not formulas, are marked as such (SPEC §9, §7)', () => {
  test('a text amount in a section: A7 names the rows that are values from this check, not formulas', async () => {
    const clean = await written('clean', () => undefined);
    const typed = await written('typed', (wb) => {
      wb.getWorksheet('Tiltak drift')!.getCell('H4').value = '350';
    });
    expect(clean.getCell('A11').value).toBe('Samfunn og tjenester');
    expect(typed.getCell('A11').value).toBe('Samfunn og tjenester');
    expect(isFormula(clean.getCell('B11'))).toBe(true);
    const b11 = typed.getCell('B11');
    expect(isFormula(b11)).toBe(false);
    // 600 (D-001) + 300 (D-002) + 350 (D-003, the text) + 400 (D-005) thousand.
    expect(b11.value).toBe(1650);
    expect(clean.getCell('A7').value).toBe(
      'Summene gjelder tiltak med kostnadsstatus «Beregnet» og oppdateres av formlene når tabellene endres.',
    );
    const note = String(typed.getCell('A7').value);
    expect(note).not.toContain('oppdateres av formlene når tabellene endres.');
    expect(note).toContain('verdier fra denne kontrollen');
    expect(note).toContain('Drift per seksjon (Samfunn og tjenester, Alle seksjoner)');
    const added = [...texts(typed)].filter((t) => !texts(clean).has(t));
    expect(added).toEqual([note]);
  });

  test('the blocks that are values on every run say so beside their title', async () => {
    const clean = await written('clean', () => undefined);
    const caption = 'Verdier fra siste kontroll, ikke formler: kjør kontrollen på nytt etter endringer.';
    const beside = (title: string) => {
      let at = 0;
      clean.eachRow((row, r) => void (row.getCell(1).value === title && (at = r)));
      return at > 0 ? clean.getCell(at, 2).value : null;
    };
    expect(beside('Nye midler per rammeområde')).toBe(caption);
    expect(beside('Tiltak som ikke er beregnet')).toBe(caption);
    expect(beside('Kontroller')).toBe(caption);
  });
});
