import fc from 'fast-check';
import { readPlan } from '../../../src/domain/read/plan';
import { SHEETS, TABLES } from '../../../src/domain/model/schema';
import type { CellValue, WorkbookSnapshot } from '../../../src/domain/model/snapshot';
import { canonicalSnapshot } from '../../helpers/workbook';

const HEADERISH = [
  'ID',
  'Seksjon',
  'Prioritet',
  'Tiltak',
  'Nye midler',
  'Sum periode',
  'Innstilling',
  'Verdi',
  'Første planår',
  '2027',
  'Ansvarleg',
  'Kode',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(...HEADERISH, '----', '2,4', '1 000', '−5', '?', 'Må utredes', 'Mill kr.'),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: 1990, max: 2110 }),
  fc.boolean(),
  fc.constantFrom({ error: '#REF!' }, { error: '#VALUE!' }),
);

const grid = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 14 });
const origin = fc.constantFrom('A1', 'B3', 'C10', '$A$1', 'bad');
const sheetName = fc.constantFrom(...Object.values(SHEETS), 'Ark1');
const ref = fc.constantFrom('A1:L14', 'A1', 'B2:D3', 'Z9:A1', 'nonsense', 'A1:XFD1048576');

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  sheets: fc
    .array(
      fc.record({
        sheet: sheetName,
        origin,
        values: grid,
        formulas: fc.option(fc.array(fc.array(fc.option(fc.string())))),
      }),
      { maxLength: 6 },
    )
    .map((sheets) => sheets.map(({ formulas, ...s }) => (formulas ? { ...s, formulas } : s))),
  tables: fc.array(
    fc.record({ name: fc.constantFrom(...Object.values(TABLES), 'tblSeksjoner'), sheet: sheetName, ref }),
    {
      maxLength: 6,
    },
  ),
});

describe('readPlan never throws', () => {
  it('on random grids', () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        const { plan, findings } = readPlan(wb, { defaultStartYear: 2027 });
        expect(plan.years.length).toBeGreaterThanOrEqual(4);
        for (const f of findings) expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      }),
      { seed: 1234, numRuns: 400 },
    );
  });

  it('on canonical workbooks with random rows', () => {
    const row = fc.dictionary(
      fc.constantFrom(
        'ID',
        'Prioritet',
        '2027',
        '2028',
        'Helårsvirkning',
        'Nye midler',
        'Sum periode',
        'Berørte planområder',
      ),
      cell,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.array(row, { maxLength: 3 }), (operating, economyPlan) => {
        const { plan } = readPlan(canonicalSnapshot({ operating, economyPlan }), { defaultStartYear: 2027 });
        for (const m of plan.operating)
          for (const y of m.years) expect(y === null || Number.isSafeInteger(y)).toBe(true);
      }),
      { seed: 99, numRuns: 300 },
    );
  });
});
