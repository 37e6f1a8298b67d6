/**
 * A formula of a user's calculated column that reads its own row only: what is one (so a roll may keep it a formula),
 * and its value where the product computes it (plain arithmetic, as Excel computes it), by hand.
 */
import { evaluateThisRow, parseThisRowFormula, thisRowFormulaText } from '../../../src/domain/sheets/thisRowFormula';

const T = 'tblTiltakDrift';
const ref = (column: string) => `${T}[[#This Row],[${column}]]`;

describe('parseThisRowFormula', () => {
  test('this-row references to its own table, numbers, operators and functions are one; the columns named once', () => {
    expect(parseThisRowFormula(`=${ref('Sum periode')}/4`, T)?.columns).toEqual(['Sum periode']);
    expect(parseThisRowFormula(`=ROUND(${ref('2028')}+${ref('2028')}*0.5, 0)`, 'TBLTILTAKDRIFT')?.columns).toEqual([
      '2028',
    ]);
    // An escaped name ('[ before a bracket in a header) is read as the header.
    expect(parseThisRowFormula(`=${T}[[#This Row],[Merknad '[1']]]*2`, T)?.columns).toEqual(['Merknad [1]']);
  });

  test.each([
    ['an A1 reference', `=${ref('Sum periode')}/$X$1`],
    ['a relative A1 reference', `=L2/4`],
    ['another sheet', `=${ref('Sum periode')}/Innstillinger!B2`],
    ['a name', `=${ref('Sum periode')}/Antall`],
    ['another table', `=tblTiltakInvestering[[#This Row],[Sum periode]]/4`],
    ['a whole column', `=SUM(${T}[Sum periode])`],
    ['a span of columns', `=SUM(${T}[[#This Row],[2028]:[2031]])`],
    ['INDIRECT', `=INDIRECT("L"&ROW())+${ref('Sum periode')}`],
    ['OFFSET', `=OFFSET(${ref('Sum periode')},0,1)`],
    ['no reference at all', '=40+2'],
    ['no formula', '42'],
  ])('%s makes it none', (_, formula) => {
    expect(parseThisRowFormula(formula, T)).toBeNull();
  });

  test('written again for a table named otherwise, each column renamed as asked', () => {
    const f = parseThisRowFormula(`=${ref('Merknad')}&" kr"`, T);
    if (!f) throw new Error('not read');
    expect(thisRowFormulaText(f, 'tblDrift', () => 'Merknad2')).toBe('=tblDrift[[#This Row],[Merknad2]]&" kr"');
  });

  test('its spaces as typed: between two references a space is the intersection, not nothing', () => {
    const f = parseThisRowFormula(`= ${ref('2028')} ${ref('2029')}\n+ 1`, T);
    if (!f) throw new Error('not read');
    expect(thisRowFormulaText(f, 'tblDrift', (c) => c)).toBe(
      '= tblDrift[[#This Row],[2028]] tblDrift[[#This Row],[2029]]\n+ 1',
    );
    // An intersection of two cells is no arithmetic the product computes (Excel: #NULL!).
    expect(evaluateThisRow(f, () => 1)).toBeUndefined();
  });
});

describe('evaluateThisRow', () => {
  const value = (formula: string, cells: Record<string, string | number | null>) => {
    const f = parseThisRowFormula(formula, T);
    if (!f) throw new Error(`not read: ${formula}`);
    return evaluateThisRow(f, (c) => cells[c]);
  };

  test('arithmetic as Excel computes it', () => {
    expect(value(`=${ref('Sum periode')}/4`, { 'Sum periode': 4_000_000 })).toBe(1_000_000);
    expect(value(`=${ref('A')}+${ref('B')}*3`, { A: 1, B: 2 })).toBe(7);
    expect(value(`=(${ref('A')}+${ref('B')})*3`, { A: 1, B: 2 })).toBe(9);
    // Excel negates before it raises: -2^2 is 4; and 2^-1 is 0.5.
    expect(value(`=-${ref('A')}^2`, { A: 2 })).toBe(4);
    expect(value(`=${ref('A')}^-1`, { A: 2 })).toBe(0.5);
    // 0.1 + 0.2 to Excel's 15 digits.
    expect(value(`=${ref('A')}+0.2`, { A: 0.1 })).toBe(0.3);
    // An empty cell is 0 in arithmetic.
    expect(value(`=${ref('A')}+5`, { A: null })).toBe(5);
  });

  test('left to Excel: a function, a text read, a division by zero, a comparison', () => {
    expect(value(`=ROUND(${ref('A')}/3,0)`, { A: 10 })).toBeUndefined();
    expect(value(`=${ref('A')}/4`, { A: '?' })).toBeUndefined();
    expect(value(`=${ref('A')}/${ref('B')}`, { A: 4, B: 0 })).toBeUndefined();
    expect(value(`=${ref('A')}>4`, { A: 5 })).toBeUndefined();
    expect(value(`=${ref('A')}*10%`, { A: 5 })).toBeUndefined();
  });

  test("Excel's 0 for a last + or − that cancels but for binary error; only there", () => {
    // Microsoft's examples: =1.333+1.225-1.333-1.225 and =(0.5-0.4-0.1) are 0 in Excel 97 and later.
    expect(value(`=${ref('A')}+${ref('B')}-${ref('A')}-${ref('B')}`, { A: 1.333, B: 1.225 })).toBe(0);
    expect(value(`=(${ref('A')}-0.4-0.1)`, { A: 0.5 })).toBe(0);
    // …while =1*(0.5-0.4-0.1) is -2.78E-17 (to 15 digits -2.77555756156289E-17): the last operation is *.
    expect(value(`=1*(${ref('A')}-0.4-0.1)`, { A: 0.5 })).toBe(-2.77555756156289e-17);
    // 196 + 2,91 − 196 − 2,91 leaves 3.6E-15, 16 units of 2,91's last binary digit: whether Excel makes it 0 is
    // not told, so Excel computes it; as for a sign before a sum that cancels.
    expect(value(`=${ref('A')}+${ref('B')}-${ref('A')}-${ref('B')}`, { A: 196, B: 2.91 })).toBeUndefined();
    expect(value(`=-(${ref('A')}-0.4-0.1)`, { A: 0.5 })).toBeUndefined();
    // A difference that is one: 1,8 − 1,2 is 0,6.
    expect(value(`=${ref('A')}-1.2`, { A: 1.8 })).toBe(0.6);
  });

  test("Excel's errors give no value: 0^0, 0^-1 under another operation, a number too large", () => {
    expect(value(`=${ref('A')}^0`, { A: 0 })).toBeUndefined();
    expect(value(`=1/(${ref('A')}^-1)`, { A: 0 })).toBeUndefined();
    expect(value(`=1/${ref('A')}^400`, { A: 10 })).toBeUndefined();
    expect(value(`=${ref('A')}^0`, { A: 5 })).toBe(1);
  });
});
