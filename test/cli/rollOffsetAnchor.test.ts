/**
 * `tiltaksplan roll` of a workbook whose formulas use OFFSET from a cell of a rolled table (docs/spec.md §11: each
 * formula that uses OFFSET from a rolled table's sheet is listed once as not checked). OFFSET's first argument is
 * where it starts counting, not a cell it reads: `SUM(OFFSET('Tiltak drift'!H1,1,0,11,1))` sums H2:H12, and the roll
 * cannot tell that from its text. It was named twice: as not checked, and as a formula that «reads» H1 (2027 → 2028)
 * or E5 (D-004's row → D-005's), which it does not. A cell the formula reads outside OFFSET's first argument is
 * read as any reference is, and named for what it reads.
 * On the "as Excel saves it" plan (start 2027): tblTiltakDrift A1:U12 on «Tiltak drift», Tiltak in E, 2027…2030 in
 * H…K; rows 2…12 hold D-001…D-011, and the roll takes the finished D-002 (row 3) and D-009 (row 10) out, so row 5
 * holds D-005 afterwards (D-004 moved up from row 5 to row 4) and H holds 2028.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { cliText } from '../../src/i18n/cliCommand';
import { FixturePkg } from '../fixtures/make/asExcel/pkg';
import { testIo } from './testIo';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'as-excel', 'plan-as-excel.xlsx');

/** The plan with `formulas` typed into Diagram!B30, B31 …, as Excel stores them (no "=", a cached 0). */
function withFormulas(formulas: readonly string[]): Uint8Array {
  const pkg = new FixturePkg(new Uint8Array(readFileSync(FIXTURE)));
  const rows = formulas.map((f, i) => `<row r="${30 + i}"><c r="B${30 + i}"><f>${f}</f><v>0</v></c></row>`);
  pkg.edit(pkg.sheetPart('Diagram'), (x) => x.replace('<sheetData/>', `<sheetData>${rows.join('')}</sheetData>`));
  return pkg.bytes();
}

async function rolled(formulas: readonly string[]): Promise<string[]> {
  const io = testIo();
  writeFileSync(path.join(io.cwd, 'plan.xlsx'), withFormulas(formulas));
  const code = await main(['roll', 'plan.xlsx', '--out', 'rullert.xlsx'], { ...io, today: '2027-01-15' });
  expect({ code, err: io.err() }).toEqual({ code: 0, err: '' });
  return io.out().split('\n');
}

describe('roll: a formula using OFFSET from a rolled table', () => {
  it('is named once, as not checked, not as reading the cell OFFSET counts from', async () => {
    const lines = await rolled([
      "SUM(OFFSET('Tiltak drift'!H1,1,0,11,1))", // B30: counts from the header 2027 (→ 2028)
      "OFFSET('Tiltak drift'!$E$5,0,3)", // B31: counts from D-004's Tiltak (row 5 → D-005's)
      'SUM(OFFSET(Pivot!A1,1,0,2,1))+OFFSET(Diagram!A1,0,0)', // B32: from sheets the roll leaves: neither
    ]);
    expect(lines).toContain(cliText('rollUnchecked', 'nb', { count: 2, where: 'Diagram!B30; Diagram!B31' }));
    expect(lines.filter((l) => l.includes('Diagram!B3'))).toHaveLength(1);
  });

  it('names what such a formula reads outside OFFSET, and what OFFSET reads as its other arguments', async () => {
    const lines = await rolled([
      // B30: counts from A1 (not checked), and reads H2 itself: D-001's 2027 → 2028.
      "SUM(OFFSET('Tiltak drift'!A1,1,7,11,1))+'Tiltak drift'!H2",
      // B31: counts from Pivot!A1 (another sheet: nothing to say of it) as many rows as D-001's 2027 (H2): H2 is read.
      "OFFSET(Pivot!A1,'Tiltak drift'!H2,0)",
      // B32: a range that grows with the table, as dynamic names are made: counts from H2 (not checked), as many
      // rows as column H holds values, less its header — column H, 2027's before and 2028's after, is read.
      "SUM(OFFSET('Tiltak drift'!$H$2,0,0,COUNTA('Tiltak drift'!$H:$H)-1,1))",
    ]);
    const read = (cell: string) =>
      cliText('rollStaleCell', 'nb', { cell, ref: "'Tiltak drift'!H2", before: '2027', after: '2028' });
    expect(lines).toEqual(
      expect.arrayContaining([
        read('Diagram!B30'),
        read('Diagram!B31'),
        cliText('rollStaleCell', 'nb', {
          cell: 'Diagram!B32',
          ref: "'Tiltak drift'!$H:$H",
          before: '2027',
          after: '2028',
        }),
        cliText('rollUnchecked', 'nb', { count: 2, where: 'Diagram!B30; Diagram!B32' }),
      ]),
    );
    expect(lines.filter((l) => l.includes('Diagram!B3'))).toHaveLength(4);
  });
});
