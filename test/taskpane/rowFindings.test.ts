/**
 * The form's problem list: amount-precision findings of one row are one line naming the fields, in the message
 * for the workbook's unit; findings of other codes, or of another row, keep their own lines.
 */
import { makeFinding } from '../../src/domain/model/finding';
import { kr } from '../../src/domain/model/money';
import { rowLines } from '../../src/taskpane/views/rowFindings';

const SHEET = 'Tiltak drift';
const precision = (cell: string, column: string, value: number, decimals: number, id = 'D-002') =>
  makeFinding('amount-precision', SHEET, cell, { column, value, decimals }, id);

describe('rowLines', () => {
  it('names the fields of a mill kr row once, and keeps a financing-sum error as its own line', () => {
    const findings = [
      precision('H3', '2027', 0.6005, 3),
      makeFinding(
        'financing-sum',
        SHEET,
        'M3',
        { column: 'Helårsvirkning', base: kr(2_400_000), financing: kr(2_400_500), difference: kr(500) },
        'D-002',
      ),
      precision('M3', 'Helårsvirkning', 2.4005, 3),
    ];
    const lines = rowLines(findings, 'nb', 'mill kr');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      severity: 'warning',
      text:
        'Beløpene i 2027 og Helårsvirkning har flere desimaler enn enheten mill kr tillater (3, det vil si hele ' +
        'tusen kroner, som nye midler rundes av til). Rund dem av til 3 desimaler.',
    });
    expect(lines[1]?.severity).toBe('error');
  });

  it('in a kr workbook, in nn', () => {
    const lines = rowLines([precision('H3', '2027', 600.5, 0), precision('I3', '2028', 1200.5, 0)], 'nn', 'kr');
    expect(lines.map((l) => l.text)).toEqual([
      'Beløpa i 2027 og 2028 har desimalar, men i eininga kr blir det ført heile kroner (øre kjem ikkje med). Er ' +
        'dei skrivne i ei anna eining, til dømes 1000 kr eller mill kr? Elles rund dei av til heile kroner.',
    ]);
  });

  it('keeps one line per row when two rows have them (a write that touches another row)', () => {
    const findings = [
      precision('H3', '2027', 2.4, 0),
      precision('H4', '2027', 2.4, 0, 'D-003'),
      precision('I3', '2028', 2.4, 0),
    ];
    expect(rowLines(findings, 'en', '1000 kr').map((l) => l.text)).toEqual([
      'The amounts in 2027 and 2028 have more decimals than the unit 1000 kr allows (0). Were they typed in the ' +
        'wrong unit, such as mill kr?',
      'The amount 2.4 in "2027" has more decimals than the unit 1000 kr allows (0). Was it typed in the wrong ' +
        'unit, such as mill kr?',
    ]);
  });

  it('does not merge two findings of another code (two unknown areas stay two lines)', () => {
    const findings = [
      makeFinding('area-invalid', SHEET, 'S3', { area: 'Skole' }, 'D-002'),
      makeFinding('area-invalid', SHEET, 'S3', { area: 'Barnehage' }, 'D-002'),
    ];
    expect(rowLines(findings, 'nb', '1000 kr')).toHaveLength(2);
  });
});
