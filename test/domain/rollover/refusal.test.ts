import { periodDoubts } from '../../../src/domain/read/periodDoubts';
import { readPlan } from '../../../src/domain/read/plan';
import { rollRefusal } from '../../../src/domain/rollover/typed';
import type { CellValue } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot, setCell } from '../../helpers/workbook';
import { operatingRow } from '../../helpers/rows';

// A period setting on two rows: the reader goes by the first row (Første planår B2, Antall planår B3 in the
// canonical table); the extra setting passed to canonicalSnapshot is row 9 (Verdi B9), relabelled here as a second
// row of the setting. A roll computes the new period from the setting, and a comparison reads amounts by it.
const findingsWith = (label: string, value: CellValue) =>
  readPlan(
    setCell(
      canonicalSnapshot({ operating: [operatingRow()], settings: { Ekstra: value } }),
      'Innstillinger',
      'A9',
      label,
    ),
    { defaultStartYear: 2027 },
  ).findings;
const at = (findings: readonly { code: string; cell: string; params: object }[]) =>
  findings.map((f) => [f.code, f.cell, f.params]);

describe('rollRefusal and periodDoubts, a period setting on two rows', () => {
  it('refuses (and compare doubts) Første planår 2027 on B2 and 2028 on B9, with the finding of B9', () => {
    const findings = findingsWith('Første planår', 2028);
    const expected = [
      ['setting-duplicate', 'B9', { setting: 'Første planår', firstCell: 'B2', used: 2027, conflict: 'period' }],
    ];
    expect(at(rollRefusal(findings))).toEqual(expected);
    expect(at(periodDoubts(findings))).toEqual(expected);
  });

  it('refuses Antall planår 4 on B3 and «5» typed as text on B9', () => {
    const findings = findingsWith('Antall planår', '5');
    expect(at(rollRefusal(findings))).toEqual([
      ['setting-duplicate', 'B9', { setting: 'Antall planår', firstCell: 'B3', used: 4, conflict: 'period' }],
    ]);
  });

  it('refuses a second row whose value does not read as a year (it may be what the author meant)', () => {
    expect(rollRefusal(findingsWith('Første planår', 'tjue')).map((f) => f.cell)).toEqual(['B9']);
  });

  it('carries on with the same value twice (2027 as a number and as text «2027»), and with an empty second row', () => {
    for (const value of [2027, '2027', ' 2027 ', null]) {
      const findings = findingsWith('Første planår', value);
      expect(rollRefusal(findings)).toEqual([]);
      expect(periodDoubts(findings)).toEqual([]);
    }
    expect(rollRefusal(findingsWith('Antall planår', 4))).toEqual([]);
  });

  it('carries on with another setting on two rows (Plannavn): the period does not depend on it', () => {
    expect(rollRefusal(findingsWith('Plannavn', 'Annen plan'))).toEqual([]);
  });
});
