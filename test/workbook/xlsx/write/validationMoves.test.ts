/**
 * moveValidation (a rolled table's drop-downs follow its columns): on a skeleton with a table block A1:D12 (header
 * row 1, body 2–12) written anew as A1:D10 (body 2–10), the columns B and C staying where they are, D moving to C
 * and C to D (a column of the user's that stood between two of the product's goes after them), A leaving.
 */
import { moveValidation } from '../../../../src/workbook/xlsx/write/validationMoves';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

const rule = (sqref: string, f: string) =>
  `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>${f}</formula1></dataValidation>`;

const sheet = (rules: string[], x14 = '') =>
  `<worksheet xmlns="${MAIN}"><sheetData/><dataValidations count="${rules.length}">${rules.join('')}</dataValidations>` +
  `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${x14}</worksheet>`;

const BLOCK = { top: 1, left: 1, bottom: 12, right: 4 };
const MOVES = [
  { from: 'A2:A12', to: null },
  { from: 'B2:B12', to: 'B2:B10' },
  { from: 'C2:C12', to: 'D2:D10' },
  { from: 'D2:D12', to: 'C2:C10' },
];

/** The rules as "formula sqref". */
const rulesOf = (xml: string): string[] =>
  [...xml.matchAll(/sqref="([^"]*)"><formula1>([^<]*)</g)].map((m) => `${m[2] ?? ''} ${m[1] ?? ''}`);

describe('moveValidation', () => {
  it('names, does not move, a rule whose formula names a cell relatively (C2>=0 would check D after the move)', () => {
    // C moves to D: a custom «C2>=0» on C2:C12 put on D2:D10 would read C2 from D2, the neighbour. Named, and gone
    // from the block; an absolute reference ($C$2, a list's Innstillinger!$A$2:$A$9) or a name moves as before.
    const custom = (sqref: string, f: string) =>
      `<dataValidation type="custom" allowBlank="1" sqref="${sqref}"><formula1>${f}</formula1></dataValidation>`;
    const relative = moveValidation(sheet([custom('C2:C12', 'C2&gt;=0')]), BLOCK, MOVES);
    expect(rulesOf(relative.xml)).toEqual([]);
    expect(relative.named).toEqual([{ top: 2, left: 3, bottom: 12, right: 3 }]);
    // Reaching below the table (C2:C500), its rest C13:C500 would read C2 from C13: it goes whole, named.
    const below = moveValidation(sheet([custom('C2:C500', 'C2&gt;=0')]), BLOCK, MOVES);
    expect(rulesOf(below.xml)).toEqual([]);
    expect(below.named).toEqual([
      { top: 2, left: 3, bottom: 12, right: 3 },
      { top: 13, left: 3, bottom: 500, right: 3 },
    ]);
    const mixed = moveValidation(sheet([custom('C2:C12', 'AND($C2&gt;=0,"B2"&lt;&gt;"")')]), BLOCK, MOVES);
    expect(mixed.named).toHaveLength(1);
    const absolute = moveValidation(
      sheet([
        custom('C2:C12', '$C$2&gt;=0'),
        rule('B2:B12', 'Innstillinger!$A$2:$A$9'),
        rule('D2:D12', 'lstSeksjoner'),
      ]),
      BLOCK,
      MOVES,
    );
    expect(rulesOf(absolute.xml)).toEqual([
      '$C$2&gt;=0 D2:D10',
      'Innstillinger!$A$2:$A$9 B2:B10',
      'lstSeksjoner C2:C10',
    ]);
    expect(absolute.named).toEqual([]);
  });

  it('keeps a relative rule on a column that stays, its first cell first: B2&gt;=0 on B2:B500 → B2:B12 B13:B500', () => {
    const custom = `<dataValidation type="custom" sqref="B2:B500"><formula1>B2&gt;=0</formula1></dataValidation>`;
    const { xml, named } = moveValidation(sheet([custom]), BLOCK, MOVES);
    expect(rulesOf(xml)).toEqual(['B2&gt;=0 B2:B12 B13:B500']);
    expect(named).toEqual([]);
  });

  it('puts a whole-body rule on the new body of its column, following a column that moved', () => {
    const { xml, named } = moveValidation(sheet([rule('B2:B12', '"x"'), rule('C2:C12', '"y"')]), BLOCK, MOVES);
    expect(rulesOf(xml)).toEqual(['"x" B2:B10', '"y" D2:D10']);
    expect(named).toEqual([]);
  });

  it('a rule that went on below the table keeps its rest and reaches it again: B2:B500 → B2:B12 and B13:B500', () => {
    // The new body B2:B10, down to the old block's row 12 (rows 11–12 are empty now, still under the rule).
    const { xml } = moveValidation(sheet([rule('B2:B500', '"x"')]), BLOCK, MOVES);
    expect(rulesOf(xml)).toEqual(['"x" B13:B500 B2:B12']);
  });

  it('a whole column (B:B) loses only the header cell B1, which the roll writes anew', () => {
    const { xml } = moveValidation(sheet([rule('B1:B1048576', '"x"')]), BLOCK, MOVES);
    expect(rulesOf(xml)).toEqual(['"x" B13:B1048576 B2:B12']);
  });

  it('names the cells of a rule on part of a body and of one on the column that leaves; they go', () => {
    const { xml, named } = moveValidation(sheet([rule('B3:B5', '"x"'), rule('A2:A12', '"y"')]), BLOCK, MOVES);
    expect(rulesOf(xml)).toEqual([]);
    expect(named).toEqual([
      { top: 3, left: 2, bottom: 5, right: 2 },
      { top: 2, left: 1, bottom: 12, right: 1 },
    ]);
  });

  it('one rule over two columns covers both new bodies; over B and part of C it moves B and names C', () => {
    const both = moveValidation(sheet([rule('B2:C12', '"x"')]), BLOCK, MOVES);
    expect(rulesOf(both.xml)).toEqual(['"x" B2:B10 D2:D10']);
    const part = moveValidation(sheet([rule('B2:B12 C2:C4', '"x"')]), BLOCK, MOVES);
    expect(rulesOf(part.xml)).toEqual(['"x" B2:B10']);
    expect(part.named).toEqual([{ top: 2, left: 3, bottom: 4, right: 3 }]);
  });

  it('moves x14 rules too; a rule outside the block stays as it was', () => {
    const x14 =
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
      '<x14:dataValidation type="list"><x14:formula1><xm:f>Ark2!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>C2:C12</xm:sqref></x14:dataValidation>' +
      '</x14:dataValidations></ext></extLst>';
    const { xml } = moveValidation(sheet([rule('F1:F3', '"z"')], x14), BLOCK, MOVES);
    expect(rulesOf(xml)).toEqual(['"z" F1:F3']);
    expect(/<xm:sqref>([^<]*)<\/xm:sqref>/.exec(xml)?.[1]).toBe('D2:D10');
  });
});
